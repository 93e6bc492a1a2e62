package io.trader.venue.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.port.TimeSource;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw REST calls with Binance's rules applied as a decorator: each request first takes its weight (and order
 * count) from the one {@link RequestBudget}; signed requests carry {@code recvWindow}, a {@code timestamp} on the
 * venue's clock and the HMAC {@code signature} as the last query parameter, sent byte for byte as signed. A 429 or
 * 418 blocks every request for Retry-After and the request is sent again afterwards (the venue did not apply it);
 * -1021 resyncs the server time and retries once; -1015 holds orders until the next ORDERS window. 5xx, timeouts
 * and lost connections end {@link BinanceErrorCode#UNKNOWN_FATE}: reads are retried, writes never are.
 */
public final class BinanceRaw implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BinanceRaw.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_THROTTLED_RETRIES = 20;
    private static final int MAX_READ_RETRIES = 3;

    private final Vertx vertx;
    private final BinanceConfig config;
    private final BinanceSigner signer;
    private final TimeSource clock;
    private final HttpClient http;
    private volatile RequestBudget budget = new RequestBudget(BinanceRateLimit.SPOT_DEFAULTS);
    private volatile long offsetMillis;
    private volatile boolean closed;
    private final AtomicBoolean banLogged = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttledAnswers = new AtomicLong();

    public BinanceRaw(Vertx vertx, BinanceConfig config, BinanceSigner signer, TimeSource clock) {
        this.vertx = vertx;
        this.config = config;
        this.signer = signer;
        this.clock = clock;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.requestTimeoutMillis())));
    }

    /** Replaces the default limits with those {@code exchangeInfo} declared. */
    public void limits(java.util.List<BinanceRateLimit> declared) {
        if (!declared.isEmpty()) {
            budget = new RequestBudget(declared);
        }
    }

    public RequestBudget budget() {
        return budget;
    }

    /** A public (unsigned) request. */
    public Future<BinanceReply> call(HttpMethod method, String path, String query, int weight) {
        return send(method, path, query, false, weight, 0);
    }

    /**
     * A signed request; {@code params} is the query string without {@code recvWindow}, {@code timestamp} and
     * {@code signature} (values already URL-safe).
     */
    public Future<BinanceReply> signed(HttpMethod method, String path, String params, int weight, int orders) {
        return send(method, path, params, true, weight, orders);
    }

    private Future<BinanceReply> send(HttpMethod method, String path, String params, boolean signed, int weight,
                                      int orders) {
        Promise<BinanceReply> result = Promise.promise();
        attempt(new Call(method, path, params, signed, weight, orders), 0, false, result);
        return result.future();
    }

    private record Call(HttpMethod method, String path, String params, boolean signed, int weight, int orders) {
        boolean write() {
            return method != HttpMethod.GET;
        }
    }

    private void attempt(Call c, int retries, boolean resynced, Promise<BinanceReply> result) {
        if (closed) {
            result.complete(BinanceReply.failed(0, 0, "the Binance client is closed"));
            return;
        }
        long wait = budget.tryAcquire(c.weight, c.orders, clock.millis());
        if (wait > 0) {
            vertx.setTimer(wait, id -> attempt(c, retries, resynced, result));
            return;
        }
        String query = c.params;
        if (c.signed) {
            query = SignedQuery.sign(signer, c.params, config.recvWindowMillis(), clock.millis() + offsetMillis);
        }
        String uri = config.baseUrl() + c.path + (query.isEmpty() ? "" : "?" + query);
        RequestOptions opts = new RequestOptions().setMethod(c.method).setAbsoluteURI(uri)
                .setTimeout(config.requestTimeoutMillis());
        if (signer != null) {
            opts.putHeader(BinanceSigner.API_KEY_HEADER, signer.apiKey());
        }
        requests.incrementAndGet();
        http.request(opts).compose(req -> req.send().compose(resp -> resp.body().map(b -> new Answer(resp, b))))
                .onComplete(ar -> {
                    if (ar.failed()) {
                        retryRead(c, retries, resynced, result, BinanceReply.unknown(0, describe(ar.cause())));
                    } else {
                        onAnswer(c, retries, resynced, result, ar.result());
                    }
                });
    }

    private record Answer(HttpClientResponse resp, Buffer body) {
    }

    private void onAnswer(Call c, int retries, boolean resynced, Promise<BinanceReply> result, Answer a) {
        long now = clock.millis();
        int status = a.resp.statusCode();
        budget.observe(a.resp::getHeader, now);
        if (status == 429 || status == 418) {
            throttledAnswers.incrementAndGet();
            long retryAfter = retryAfterMillis(a.resp.getHeader("Retry-After"));
            BinanceReply refused = error(status, a.body);
            if (refused.error() == BinanceErrorCode.TOO_MANY_ORDERS) {
                budget.blockOrders(Math.max(now + retryAfter, budget.nextOrderWindow(now)));
            } else {
                budget.blockAll(now + retryAfter);
            }
            if (status == 418 && banLogged.compareAndSet(false, true)) {
                LOG.error("binance: IP banned (HTTP 418); every request waits {} ms (Retry-After)", retryAfter);
            } else {
                LOG.warn("binance: HTTP {} on {}; every request waits {} ms", status, c.path, retryAfter);
            }
            if (retries < MAX_THROTTLED_RETRIES) {
                attempt(c, retries + 1, resynced, result);
            } else {
                result.complete(refused);
            }
            return;
        }
        if (status >= 200 && status < 300) {
            JsonNode body = parse(a.body);
            result.complete(body == null ? BinanceReply.unknown(status, "unreadable body") : BinanceReply.ok(status, body));
            return;
        }
        if (status >= 500) {
            retryRead(c, retries, resynced, result, BinanceReply.unknown(status, "HTTP " + status + ": "
                    + snippet(a.body)));
            return;
        }
        BinanceReply reply = error(status, a.body);
        if (reply.error() == BinanceErrorCode.TIMESTAMP && !resynced) {
            syncTime().onComplete(x -> attempt(c, retries, true, result));
            return;
        }
        if (reply.error() == BinanceErrorCode.TOO_MANY_ORDERS && retries < MAX_THROTTLED_RETRIES) {
            budget.blockOrders(budget.nextOrderWindow(now));
            attempt(c, retries + 1, resynced, result);
            return;
        }
        if (reply.error() != null && reply.error().fatal()) {
            LOG.error("binance: {} ({}): {}", reply.error().label(), reply.code(), reply.msg());
        }
        result.complete(reply);
    }

    private void retryRead(Call c, int retries, boolean resynced, Promise<BinanceReply> result, BinanceReply unknown) {
        if (!c.write() && retries < MAX_READ_RETRIES && !closed) {
            vertx.setTimer(100L << retries, id -> attempt(c, retries + 1, resynced, result));
        } else {
            result.complete(unknown);
        }
    }

    /** Reads the server time and sets the offset signed timestamps carry (half the round trip accounted). */
    public Future<Long> syncTime() {
        long sent = clock.millis();
        return call(HttpMethod.GET, "/api/v3/time", "", BinanceWeights.TIME).compose(r -> {
            if (!r.ok()) {
                return Future.failedFuture("time sync failed: " + r.reason());
            }
            long now = clock.millis();
            offsetMillis = r.body().path("serverTime").asLong() - (sent + now) / 2;
            return Future.succeededFuture(offsetMillis);
        });
    }

    /** Venue clock minus local clock, as last measured. */
    public long offsetMillis() {
        return offsetMillis;
    }

    private static BinanceReply error(int status, Buffer body) {
        JsonNode json = parse(body);
        int code = json == null ? 0 : json.path("code").asInt(0);
        String msg = json == null ? snippet(body) : json.path("msg").asText("");
        return BinanceReply.failed(status, code, msg);
    }

    static long retryAfterMillis(String header) {
        if (header == null) {
            return 1_000;
        }
        try {
            return Math.max(1, Long.parseLong(header.trim())) * 1_000;
        } catch (NumberFormatException e) {
            return 1_000;
        }
    }

    private static JsonNode parse(Buffer b) {
        try {
            return b == null || b.length() == 0 ? null : JSON.readTree(b.getBytes());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String snippet(Buffer b) {
        String s = b == null ? "" : b.toString();
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    public BinanceSigner signer() {
        return signer;
    }

    /** HTTP requests sent, retries included. */
    public long requests() {
        return requests.get();
    }

    /** 429 and 418 answers received. */
    public long throttledAnswers() {
        return throttledAnswers.get();
    }

    @Override
    public void close() {
        closed = true;
        http.close();
    }
}
