package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.CappedBody;
import io.trader.core.port.TimeSource;
import io.trader.core.venue.WeightBudget;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.DoubleSupplier;

/**
 * The venue module's one {@code POST /info} transport (market data and the exchange adapter's reads both go through
 * it): JSON text in, JSON text out, behind the venue's weight budget and the retry
 * policy of {@link InfoClientConfig} (429, 5xx, timeouts and connection errors are retried with exponential
 * backoff and jitter; other failures are final). Futures complete on the caller's Vert.x context when there is
 * one. Thread-safe.
 *
 * <p>A session opens one per connection (base URL and IP) and hands it to both market data and the exchange adapter.
 * Each {@link Lane} has its own settings (timeout, attempts, backoff: {@link #config(Lane)}, set with
 * {@link #configure}) and its own counters, so the adapter keeps its retry policy and its figures on the shared
 * transport.
 *
 * <p>The budget is the connection's one {@link WeightBudget}, shared with the exchange actions of the same venue and
 * IP. Market data takes its <i>data lane</i> ({@link Lane#DATA}), so it never consumes the weight the budget holds
 * back for orders: every such attempt (retries too) waits in this client's first-come-first-served queue; only its
 * head asks the budget, again after the delay the budget names when it is refused. The reads that serve orders take
 * the <i>order lane</i> ({@link Lane#ORDERS}): they reserve weight at once and go when it is theirs.
 */
public final class HyperliquidInfoRaw implements AutoCloseable {

    private final Vertx vertx;
    private final WebClient web;
    /** Each lane's settings, indexed by {@link Lane#ordinal()}; one endpoint for all. */
    private final AtomicReferenceArray<InfoClientConfig> lanes = new AtomicReferenceArray<>(Lane.values().length);
    private final WeightBudget budget;
    private final TimeSource clock;
    private final DoubleSupplier random;
    /** Per lane: requests, retries, throttled, too large, rate limited ({@link #counter}). */
    private final AtomicLongArray counts = new AtomicLongArray(Lane.values().length * COUNTERS);
    private static final int REQUESTS = 0;
    private static final int RETRIES = 1;
    private static final int THROTTLED = 2;
    private static final int TOO_LARGE = 3;
    private static final int RATE_LIMITED = 4;
    private static final int COUNTERS = 5;
    private final CappedBody capped = new CappedBody(MAX_BODY_BYTES);
    /** Attempts waiting for the budget, first come first served. */
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private boolean pumpScheduled;
    private volatile boolean closed;

    private record Waiting(String body, int weight, int attempt, Promise<String> result) {
    }

    /** Which lane of the connection's {@link WeightBudget} a request takes. */
    public enum Lane {
        /** Market data: waits in this client's queue and never takes the weight held back for orders. */
        DATA,
        /** The reads that serve orders (order status, fills, account state): may use the whole budget, unqueued. */
        ORDERS
    }

    /**
     * Largest response body read: 2 MiB. The biggest recorded {@code /info} bodies are {@code userFills} (500 rows,
     * 129 KB; 2000 rows would be ~520 KB) and {@code fundingHistory} (500 rows, 44 KB); candle pages hold at most
     * 500 rows (~72 KB). A longer body fails the request unparsed ({@code MALFORMED_RESPONSE}, not retried).
     */
    public static final int MAX_BODY_BYTES = 2 << 20;

    /**
     * A client with a budget of its own ({@link HyperliquidResilience#newBudget()}): for tests and standalone
     * commands that are the only user of their IP. A session's clients share one budget (the other constructor).
     */
    public HyperliquidInfoRaw(Vertx vertx, InfoClientConfig config, TimeSource clock, DoubleSupplier random) {
        this(vertx, config, HyperliquidResilience.newBudget(), clock, random);
    }

    /**
     * @param budget the connection's weight budget (shared with every other client of the same venue and IP)
     * @param clock  wall clock for the weight budget
     * @param random numbers in [0, 1) for the backoff jitter
     */
    public HyperliquidInfoRaw(Vertx vertx, InfoClientConfig config, WeightBudget budget, TimeSource clock,
                              DoubleSupplier random) {
        if (vertx == null || config == null || budget == null || clock == null || random == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        this.vertx = vertx;
        for (Lane lane : Lane.values()) {
            lanes.set(lane.ordinal(), config);
        }
        this.clock = clock;
        this.random = random;
        this.budget = budget;
        this.web = WebClient.create(vertx, new WebClientOptions().setUserAgent("trader")
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.requestTimeout().toMillis())));
    }

    /**
     * Sets {@code lane}'s timeout, attempts and backoff (both lanes start with the constructor's); requests that
     * start afterwards use them. The endpoint is the transport's: {@code settings} must name the same.
     */
    public void configure(Lane lane, InfoClientConfig settings) {
        if (lane == null || settings == null) {
            throw new IllegalArgumentException("lane and settings are required");
        }
        if (!settings.endpoint().infoUrl().equals(config().endpoint().infoUrl())) {
            throw new IllegalArgumentException("the transport posts to " + config().endpoint().infoUrl()
                    + ", not " + settings.endpoint().infoUrl());
        }
        lanes.set(lane.ordinal(), settings);
    }

    /** {@code lane}'s settings. */
    public InfoClientConfig config(Lane lane) {
        return lanes.get(lane.ordinal());
    }

    /** Posts {@code body} (weight {@code weight}); the response body of the first 200, or a {@link HyperliquidException}. */
    public Future<String> post(String body, int weight) {
        return post(body, weight, Lane.DATA);
    }

    /** {@link #post(String, int)} on the budget's {@code lane}. */
    public Future<String> post(String body, int weight, Lane lane) {
        Promise<String> result = Promise.promise();
        attempt(body, weight, 1, lane, result);
        return result.future();
    }

    private void attempt(String body, int weight, int attempt, Lane lane, Promise<String> result) {
        if (closed) {
            result.fail(closedFailure(attempt));
            return;
        }
        if (lane == Lane.ORDERS) {
            long wait = budget.reserve(weight, clock.millis());
            if (wait > 0) {
                count(lane, THROTTLED);
                vertx.setTimer(wait, id -> {
                    if (closed) {
                        result.fail(closedFailure(attempt));
                    } else {
                        send(body, weight, attempt, lane, result);
                    }
                });
            } else {
                send(body, weight, attempt, lane, result);
            }
            return;
        }
        synchronized (waiting) {
            waiting.add(new Waiting(body, weight, attempt, result));
        }
        pump();
    }

    /** Sends the queue's head while the budget's data lane takes it; otherwise asks again after the named delay. */
    private void pump() {
        while (true) {
            Waiting head;
            synchronized (waiting) {
                head = waiting.peek();
                if (head == null || pumpScheduled) {
                    return;
                }
                long wait = budget.tryTakeData(head.weight(), clock.millis());
                if (wait > 0) {
                    count(Lane.DATA, THROTTLED);
                    pumpScheduled = true;
                    vertx.setTimer(wait, id -> {
                        synchronized (waiting) {
                            pumpScheduled = false;
                        }
                        pump();
                    });
                    return;
                }
                waiting.poll();
            }
            if (closed) {
                head.result().fail(closedFailure(head.attempt()));
            } else {
                send(head.body(), head.weight(), head.attempt(), Lane.DATA, head.result());
            }
        }
    }

    private void send(String body, int weight, int attempt, Lane lane, Promise<String> result) {
        count(lane, REQUESTS);
        InfoClientConfig config = config(lane);
        web.postAbs(config.endpoint().infoUrl())
                .timeout(config.requestTimeout().toMillis())
                .connectTimeout(config.requestTimeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .as(capped)
                .sendBuffer(Buffer.buffer(body))
                .onComplete(ar -> {
                    if (ar.failed() && ar.cause() instanceof CappedBody.TooLarge big) {
                        count(lane, TOO_LARGE);
                        result.fail(new HyperliquidException(HyperliquidException.Kind.MALFORMED_RESPONSE, 200, attempt,
                                big.getMessage(), big));
                        return;
                    }
                    if (ar.failed()) {
                        retryOrFail(body, weight, attempt, lane, result, HyperliquidErrors.ofFailure(ar.cause()), 0,
                                String.valueOf(ar.cause().getMessage()), ar.cause());
                        return;
                    }
                    HttpResponse<Buffer> r = ar.result();
                    if (r.statusCode() == 200) {
                        result.complete(r.bodyAsString());
                    } else {
                        if (r.statusCode() == 429) {
                            count(lane, RATE_LIMITED);
                        }
                        retryOrFail(body, weight, attempt, lane, result, HyperliquidErrors.ofStatus(r.statusCode()),
                                r.statusCode(), snippet(r.bodyAsString()), null);
                    }
                });
    }

    private void retryOrFail(String body, int weight, int attempt, Lane lane, Promise<String> result,
                             HyperliquidException.Kind kind, int status, String message, Throwable cause) {
        HyperliquidException e = new HyperliquidException(kind, status, attempt, message, cause);
        InfoClientConfig config = config(lane);
        if (!e.retryable() || attempt >= config.maxAttempts()) {
            result.fail(e);
            return;
        }
        count(lane, RETRIES);
        long delay = config.retryBackoff().delay(attempt - 1, random.getAsDouble());
        vertx.setTimer(delay, id -> attempt(body, weight, attempt + 1, lane, result));
    }

    private void count(Lane lane, int counter) {
        counts.incrementAndGet(lane.ordinal() * COUNTERS + counter);
    }

    private long counter(Lane lane, int counter) {
        return counts.get(lane.ordinal() * COUNTERS + counter);
    }

    private long total(int counter) {
        long sum = 0;
        for (Lane lane : Lane.values()) {
            sum += counter(lane, counter);
        }
        return sum;
    }

    /** HTTP requests sent, including retries (both lanes). */
    public long requests() {
        return total(REQUESTS);
    }

    /** HTTP requests {@code lane} sent, including retries. */
    public long requests(Lane lane) {
        return counter(lane, REQUESTS);
    }

    /** Retries scheduled (both lanes). */
    public long retries() {
        return total(RETRIES);
    }

    /** Retries {@code lane} scheduled. */
    public long retries(Lane lane) {
        return counter(lane, RETRIES);
    }

    /** 429 answers received (each attempt, both lanes). */
    public long rateLimited() {
        return total(RATE_LIMITED);
    }

    /** 429 answers {@code lane} received. */
    public long rateLimited(Lane lane) {
        return counter(lane, RATE_LIMITED);
    }

    /** Responses dropped unparsed because their body outgrew {@link #MAX_BODY_BYTES} (both lanes). */
    public long tooLarge() {
        return total(TOO_LARGE);
    }

    /** {@link #tooLarge()} of {@code lane}. */
    public long tooLarge(Lane lane) {
        return counter(lane, TOO_LARGE);
    }

    /** The weight budget this client takes its lanes of. */
    public WeightBudget budget() {
        return budget;
    }

    /** Times a request had to wait for the weight budget (both lanes). */
    public long throttled() {
        return total(THROTTLED);
    }

    /** Times a request of {@code lane} had to wait for the weight budget. */
    public long throttled(Lane lane) {
        return counter(lane, THROTTLED);
    }

    /** The data lane's settings (the endpoint is every lane's). */
    public InfoClientConfig config() {
        return config(Lane.DATA);
    }

    @Override
    public void close() {
        closed = true;
        java.util.List<Waiting> dropped;
        synchronized (waiting) {
            dropped = new java.util.ArrayList<>(waiting);
            waiting.clear();
        }
        dropped.forEach(w -> w.result().fail(closedFailure(w.attempt())));
        web.close();
    }

    private static HyperliquidException closedFailure(int attempt) {
        return new HyperliquidException(HyperliquidException.Kind.CLIENT_ERROR, 0, attempt,
                "the info client is closed", null);
    }

    private static String snippet(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
