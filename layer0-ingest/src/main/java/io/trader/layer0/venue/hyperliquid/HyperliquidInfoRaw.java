package io.trader.layer0.venue.hyperliquid;

import io.trader.core.port.TimeSource;
import io.trader.layer0.core.hyperliquid.HlWeightBudget;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * The raw {@code POST /info} call: JSON text in, JSON text out, behind the venue's weight budget and the retry
 * policy of {@link InfoClientConfig} (429, 5xx, timeouts and connection errors are retried with exponential
 * backoff and jitter; other failures are final). Futures complete on the caller's Vert.x context when there is
 * one. Thread-safe.
 */
public final class HyperliquidInfoRaw implements AutoCloseable {

    private final Vertx vertx;
    private final WebClient web;
    private final InfoClientConfig config;
    private final HlWeightBudget budget;
    private final TimeSource clock;
    private final DoubleSupplier random;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final CappedBody capped = new CappedBody(MAX_BODY_BYTES);

    /**
     * Largest response body read: 2 MiB. The biggest recorded {@code /info} bodies are {@code userFills} (500 rows,
     * 129 KB; 2000 rows would be ~520 KB) and {@code fundingHistory} (500 rows, 44 KB); candle pages hold at most
     * 500 rows (~72 KB). A longer body fails the request unparsed ({@code MALFORMED_RESPONSE}, not retried).
     */
    public static final int MAX_BODY_BYTES = 2 << 20;

    /**
     * @param clock  wall clock for the weight budget
     * @param random numbers in [0, 1) for the backoff jitter
     */
    public HyperliquidInfoRaw(Vertx vertx, InfoClientConfig config, TimeSource clock, DoubleSupplier random) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.budget = new HlWeightBudget(config.weightPerMinute(), 60_000L);
        this.web = WebClient.create(vertx, new WebClientOptions().setUserAgent("trader-layer0")
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.requestTimeout().toMillis())));
    }

    /** Posts {@code body} (weight {@code weight}); the response body of the first 200, or a {@link HyperliquidException}. */
    public Future<String> post(String body, int weight) {
        Promise<String> result = Promise.promise();
        attempt(body, weight, 1, result);
        return result.future();
    }

    private void attempt(String body, int weight, int attempt, Promise<String> result) {
        long wait = budget.reserve(weight, clock.millis());
        if (wait > 0) {
            throttled.incrementAndGet();
            vertx.setTimer(wait, id -> send(body, weight, attempt, result));
        } else {
            send(body, weight, attempt, result);
        }
    }

    private void send(String body, int weight, int attempt, Promise<String> result) {
        requests.incrementAndGet();
        web.postAbs(config.endpoint().infoUrl())
                .timeout(config.requestTimeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .as(capped)
                .sendBuffer(Buffer.buffer(body))
                .onComplete(ar -> {
                    if (ar.failed() && ar.cause() instanceof CappedBody.TooLarge big) {
                        tooLarge.incrementAndGet();
                        result.fail(new HyperliquidException(HyperliquidException.Kind.MALFORMED_RESPONSE, 200, attempt,
                                big.getMessage(), big));
                        return;
                    }
                    if (ar.failed()) {
                        retryOrFail(body, weight, attempt, result, HyperliquidErrors.ofFailure(ar.cause()), 0,
                                String.valueOf(ar.cause().getMessage()), ar.cause());
                        return;
                    }
                    HttpResponse<Buffer> r = ar.result();
                    if (r.statusCode() == 200) {
                        result.complete(r.bodyAsString());
                    } else {
                        retryOrFail(body, weight, attempt, result, HyperliquidErrors.ofStatus(r.statusCode()),
                                r.statusCode(), snippet(r.bodyAsString()), null);
                    }
                });
    }

    private void retryOrFail(String body, int weight, int attempt, Promise<String> result, HyperliquidException.Kind kind,
                             int status, String message, Throwable cause) {
        HyperliquidException e = new HyperliquidException(kind, status, attempt, message, cause);
        if (!e.retryable() || attempt >= config.maxAttempts()) {
            result.fail(e);
            return;
        }
        retries.incrementAndGet();
        long delay = config.retryBackoff().delay(attempt - 1, random.getAsDouble());
        vertx.setTimer(delay, id -> attempt(body, weight, attempt + 1, result));
    }

    /** HTTP requests sent, including retries. */
    public long requests() {
        return requests.get();
    }

    /** Retries scheduled. */
    public long retries() {
        return retries.get();
    }

    /** Responses dropped unparsed because their body outgrew {@link #MAX_BODY_BYTES}. */
    public long tooLarge() {
        return tooLarge.get();
    }

    /** Requests that had to wait for the weight budget. */
    public long throttled() {
        return throttled.get();
    }

    public InfoClientConfig config() {
        return config;
    }

    @Override
    public void close() {
        web.close();
    }

    private static String snippet(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
