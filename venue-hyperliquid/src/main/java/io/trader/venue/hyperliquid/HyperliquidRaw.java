package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.data.HlInfoWeights;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.core.port.TimeSource;
import io.trader.core.venue.WeightBudget;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorAdapter;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;
import io.trader.venue.hyperliquid.exec.HyperliquidRateLimitPolicy;
import io.trader.venue.hyperliquid.exec.SignedRequest;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidException;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.trader.venue.hyperliquid.stream.InfoClientConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The raw {@code POST /exchange} calls (and {@code POST /info} through the module's one info transport,
 * {@link HyperliquidInfoRaw}) with the venue's resilience rules applied as a
 * decorator ({@link HyperliquidRateLimitPolicy}): exchange actions queue for {@link HyperliquidConfig#actionsInFlight()}
 * slots (one by default, so nonces arrive in order); every request reserves weight from a {@link WeightBudget} and
 * waits when the budget is spent; a 429 is retried after a backoff, an exchange action <b>re-signed with a fresh
 * nonce</b> each time. Exchange calls are never retried after a 5xx, timeout or connection error (the action may
 * have been applied): they end {@link ExchangeOutcome.Unknown}. Info reads are idempotent and retried on those
 * too. Thread-safe; futures complete on a Vert.x event loop.
 *
 * <p>The budget is the connection's one budget, shared with market data of the same venue and IP. Everything sent
 * here takes its <i>order lane</i>: exchange actions and the info reads that serve them (order status, fills,
 * reconciliation) may use the whole budget, including the part held back from market data. In a session the info
 * transport is the connection's one, shared with market data (the constructor taking a {@link HyperliquidInfoRaw}):
 * this client sets its order lane's timeout and retries from the config, counts only that lane and leaves closing
 * the transport to its owner.
 */
public final class HyperliquidRaw implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Largest response body read: 2 MiB (the biggest venue answers, {@code userFills} and {@code historicalOrders}
     * with 2,000 rows, are under 1 MB). A longer body is dropped unparsed: an info read fails
     * {@link HyperliquidVenueException.Kind#MALFORMED} (not retried), an exchange action ends
     * {@link ExchangeOutcome.Unknown} (it may have been applied).
     */
    public static final int MAX_BODY_BYTES = 2 << 20;
    private static final CappedBody CAPPED = new CappedBody(MAX_BODY_BYTES);

    private final Vertx vertx;
    private final WebClient web;
    private final HyperliquidInfoRaw info;
    /** Whether {@link #info} is this client's own (closed with it) rather than the connection's shared one. */
    private final boolean ownsInfo;
    private final HyperliquidConfig config;
    private final WeightBudget budget;
    private final TimeSource clock;
    private final DoubleSupplier random;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private volatile boolean closed;
    private final ArrayDeque<Runnable> lane = new ArrayDeque<>();
    private int laneBusy;

    /**
     * A client with a budget of its own (the venue's whole limit): for tests and tools that are the only user of
     * their IP. A session shares one budget with its market data (the other constructor).
     */
    public HyperliquidRaw(Vertx vertx, HyperliquidConfig config, TimeSource clock, DoubleSupplier random) {
        this(vertx, config, new WeightBudget(HyperliquidRateLimitPolicy.VENUE_WEIGHT_PER_MINUTE, 60_000L), clock,
                random);
    }

    /** @param budget the connection's weight budget (shared with every other client of the same venue and IP) */
    public HyperliquidRaw(Vertx vertx, HyperliquidConfig config, WeightBudget budget, TimeSource clock,
                          DoubleSupplier random) {
        this(vertx, config, budget, null, clock, random);
    }

    /**
     * A client whose info reads go through {@code info}, the connection's one transport (shared with market data):
     * its weight budget is the connection's, its order lane takes this config's timeout and retries, and it is not
     * closed with this client.
     */
    public HyperliquidRaw(Vertx vertx, HyperliquidConfig config, HyperliquidInfoRaw info, TimeSource clock,
                          DoubleSupplier random) {
        this(vertx, config, info == null ? null : info.budget(), requireInfo(info), clock, random);
    }

    private static HyperliquidInfoRaw requireInfo(HyperliquidInfoRaw info) {
        if (info == null) {
            throw new IllegalArgumentException("the info transport is required");
        }
        return info;
    }

    private HyperliquidRaw(Vertx vertx, HyperliquidConfig config, WeightBudget budget, HyperliquidInfoRaw shared,
                           TimeSource clock, DoubleSupplier random) {
        if (vertx == null || config == null || budget == null || clock == null || random == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.budget = budget;
        HyperliquidRateLimitPolicy p = config.rateLimit();
        InfoClientConfig orderLane = new InfoClientConfig(HyperliquidEndpoint.of(config.baseUrl()),
                Duration.ofMillis(config.requestTimeoutMillis()), p.maxRetries() + 1, p.asBackoff());
        if (shared == null) {
            this.info = new HyperliquidInfoRaw(vertx, orderLane, budget, clock, random);
            this.ownsInfo = true;
        } else {
            shared.configure(HyperliquidInfoRaw.Lane.ORDERS, orderLane); // refuses another base URL
            this.info = shared;
            this.ownsInfo = false;
        }
        this.web = WebClient.create(vertx, new WebClientOptions().setUserAgent("trader")
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.requestTimeoutMillis())));
    }

    /**
     * Posts a signed action; {@code sign} is called once per attempt (fresh nonce each time).
     *
     * @param weight the action's weight ({@link HyperliquidRateLimitPolicy#exchangeWeight})
     */
    public Future<ExchangeOutcome> exchange(Supplier<SignedRequest> sign, int weight) {
        if (closed) {
            return Future.succeededFuture(new ExchangeOutcome.Refused(HyperliquidErrorCode.REJECTED,
                    "the Hyperliquid client is closed"));
        }
        Promise<ExchangeOutcome> result = Promise.promise();
        synchronized (lane) {
            lane.add(() -> exchangeAttempt(sign, weight, 0, result));
        }
        result.future().onComplete(done -> {
            synchronized (lane) {
                laneBusy--;
            }
            pump();
        });
        pump();
        return result.future();
    }

    /**
     * Starts queued actions while fewer than {@link HyperliquidConfig#actionsInFlight()} are in flight. An action
     * holds its slot through its budget wait and 429 retries and is signed only when it leaves, so with one slot the
     * nonces reach the venue in increasing order.
     */
    private void pump() {
        while (true) {
            Runnable next;
            synchronized (lane) {
                if (lane.isEmpty() || laneBusy >= config.actionsInFlight()) {
                    return;
                }
                next = lane.poll();
                laneBusy++;
            }
            next.run();
        }
    }

    private void exchangeAttempt(Supplier<SignedRequest> sign, int weight, int retry, Promise<ExchangeOutcome> result) {
        afterBudget(weight, () -> post(config.exchangeUrl(), sign.get().toJson()).onComplete(ar -> {
            if (ar.failed()) {
                if (ar.cause() instanceof CappedBody.TooLarge) {
                    tooLarge.incrementAndGet();
                }
                result.complete(new ExchangeOutcome.Unknown(describe(ar.cause())));
                return;
            }
            HttpResponse<Buffer> r = ar.result();
            int status = r.statusCode();
            if (status == 429) {
                rateLimited.incrementAndGet();
                if (retry < config.rateLimit().maxRetries()) {
                    vertx.setTimer(config.rateLimit().backoff(retry, random.getAsDouble()),
                            id -> exchangeAttempt(sign, weight, retry + 1, result));
                } else {
                    result.complete(new ExchangeOutcome.Refused(HyperliquidErrorCode.RATE_LIMITED,
                            "HTTP 429 after " + (retry + 1) + " attempts"));
                }
            } else if (status >= 500) {
                result.complete(new ExchangeOutcome.Unknown("HTTP " + status + ": " + snippet(r.bodyAsString())));
            } else if (status >= 400) {
                String body = snippet(r.bodyAsString());
                result.complete(new ExchangeOutcome.Refused(HyperliquidErrorAdapter.classifyHttp(status, body),
                        "HTTP " + status + ": " + body));
            } else {
                JsonNode body = parse(r.bodyAsString());
                result.complete(body == null ? new ExchangeOutcome.Unknown("unreadable response: "
                        + snippet(r.bodyAsString())) : new ExchangeOutcome.Answered(body));
            }
        }), () -> result.complete(new ExchangeOutcome.Refused(HyperliquidErrorCode.REJECTED,
                "the Hyperliquid client is closed")));
    }

    /**
     * Posts an info request on the budget's order lane through the module's one info transport
     * ({@link HyperliquidInfoRaw}: retried on 429, 5xx, timeouts and connection errors); the JSON body of the first
     * 200, or a failed future with a {@link HyperliquidVenueException}.
     */
    public Future<JsonNode> info(ObjectNode request) {
        if (closed) {
            return Future.failedFuture(new HyperliquidVenueException(HyperliquidVenueException.Kind.CLIENT_ERROR, 0,
                    "the Hyperliquid client is closed", null));
        }
        String type = request.path("type").asText();
        return info.post(request.toString(), HlInfoWeights.of(type), HyperliquidInfoRaw.Lane.ORDERS).transform(ar -> {
            if (ar.failed()) {
                return Future.failedFuture(venueFailure(ar.cause()));
            }
            JsonNode json = parse(ar.result());
            if (json == null) {
                return Future.failedFuture(new HyperliquidVenueException(HyperliquidVenueException.Kind.MALFORMED, 200,
                        snippet(ar.result()), null));
            }
            int extra = HlInfoWeights.rowsSurcharge(type, json.isArray() ? json.size() : 0);
            if (extra > 0) { // the venue's per-row surcharge, known only now: later requests wait for it
                budget.reserve(extra, clock.millis());
            }
            return Future.succeededFuture(json);
        });
    }

    /** The info transport's failure as the adapter's exception (same kinds; an oversized body is MALFORMED). */
    private static HyperliquidVenueException venueFailure(Throwable t) {
        if (!(t instanceof HyperliquidException e)) {
            return new HyperliquidVenueException(HyperliquidVenueException.Kind.CONNECTION, 0, describe(t), t);
        }
        HyperliquidVenueException.Kind kind = switch (e.kind()) {
            case RATE_LIMITED -> HyperliquidVenueException.Kind.RATE_LIMITED;
            case SERVER_ERROR -> HyperliquidVenueException.Kind.SERVER_ERROR;
            case CLIENT_ERROR -> HyperliquidVenueException.Kind.CLIENT_ERROR;
            case TIMEOUT -> HyperliquidVenueException.Kind.TIMEOUT;
            case CONNECTION -> HyperliquidVenueException.Kind.CONNECTION;
            case MALFORMED_RESPONSE -> HyperliquidVenueException.Kind.MALFORMED;
        };
        return new HyperliquidVenueException(kind, e.httpStatus(), e.getMessage(), e);
    }

    /** Sends once the weight budget allows; {@code onClosed} instead when the client was closed meanwhile. */
    private void afterBudget(int weight, Runnable send, Runnable onClosed) {
        Runnable guarded = () -> {
            if (closed) {
                onClosed.run();
            } else {
                send.run();
            }
        };
        long wait = budget.reserve(weight, clock.millis());
        if (wait > 0) {
            throttled.incrementAndGet();
            vertx.setTimer(wait, id -> guarded.run());
        } else {
            guarded.run();
        }
    }

    private Future<HttpResponse<Buffer>> post(String url, String body) {
        requests.incrementAndGet();
        return web.postAbs(url).timeout(config.requestTimeoutMillis()).putHeader("Content-Type", "application/json")
                .as(CAPPED).sendBuffer(Buffer.buffer(body));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static String describe(Throwable t) {
        String kind = t instanceof TimeoutException ? "timeout" : t instanceof ConnectException ? "connection refused"
                : t.getClass().getSimpleName();
        return kind + ": " + t.getMessage();
    }

    private static String snippet(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /** HTTP requests sent, retries included (exchange actions and the info reads of the order lane). */
    public long requests() {
        return requests.get() + info.requests(HyperliquidInfoRaw.Lane.ORDERS);
    }

    /** 429 answers received (exchange actions and order-lane info reads). */
    public long rateLimited() {
        return rateLimited.get() + info.rateLimited(HyperliquidInfoRaw.Lane.ORDERS);
    }

    /** Answers dropped unparsed because their body outgrew {@link #MAX_BODY_BYTES}. */
    public long tooLarge() {
        return tooLarge.get() + info.tooLarge(HyperliquidInfoRaw.Lane.ORDERS);
    }

    /** The info transport this client reads through (the connection's shared one, or its own). */
    public HyperliquidInfoRaw infoTransport() {
        return info;
    }

    /** The weight budget this client takes its order lane of. */
    public WeightBudget budget() {
        return budget;
    }

    /** Requests that waited for the weight budget (exchange actions and order-lane info reads). */
    public long throttled() {
        return throttled.get() + info.throttled(HyperliquidInfoRaw.Lane.ORDERS);
    }

    /** Closes the exchange client, and the info transport when it is this client's own. */
    @Override
    public void close() {
        closed = true;
        if (ownsInfo) {
            info.close();
        }
        web.close();
    }
}
