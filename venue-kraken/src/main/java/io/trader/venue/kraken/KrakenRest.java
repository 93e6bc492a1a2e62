package io.trader.venue.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.core.port.TimeSource;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kraken's REST calls with the venue's rules applied in one place.
 *
 * <ul>
 *   <li><b>One budget.</b> Every private call reserves its cost from the key's REST call counter
 *       ({@link KrakenTier#callCost}) or, for {@code AddOrder}/{@code CancelOrder}, from the pair's trading-engine
 *       counter, and waits until the budget allows it; the venue then never counts past its maximum.</li>
 *   <li><b>Ordered nonces.</b> Private calls go out one at a time, each signed with a fresh nonce just before it
 *       leaves, so nonces reach Kraken in increasing order.</li>
 *   <li><b>Retries.</b> A refusal Kraken made before acting ({@code EAPI:Rate limit exceeded},
 *       {@code EAPI:Invalid nonce}, throttling) is retried with a fresh nonce after a backoff. Reads are also
 *       retried after 5xx, timeouts and {@code EService} errors. Writes ({@code AddOrder}, {@code CancelOrder}) are
 *       never repeated here after such failures: they end {@link KrakenOutcome.Unknown} and the caller looks the
 *       order up.</li>
 * </ul>
 * Futures complete on a Vert.x event loop; thread-safe.
 */
public final class KrakenRest implements AutoCloseable {

    /** Which budget a private call draws on: the key's counter, or a pair's trading-engine counter. */
    public record Cost(int calls, String pair, int orderPoints) {
        public static Cost of(String method) {
            return new Cost(KrakenTier.callCost(method), null, 0);
        }

        public static Cost order(String pair, int points) {
            return new Cost(0, pair, points);
        }
    }

    private final Vertx vertx;
    private final WebClient web;
    private final KrakenConfig config;
    private final KrakenSigner signer;
    private final NonceSource nonces;
    private final TimeSource clock;
    private final DecayingCounter calls;
    private final Map<String, DecayingCounter> orderBudgets = new ConcurrentHashMap<>();
    private final ArrayDeque<Runnable> lane = new ArrayDeque<>();
    private boolean laneBusy;
    private volatile boolean closed;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong waited = new AtomicLong();
    private final AtomicLong waitedMillis = new AtomicLong();

    public KrakenRest(Vertx vertx, KrakenConfig config, KrakenSigner signer, NonceSource nonces, TimeSource clock) {
        this.vertx = vertx;
        this.config = config;
        this.signer = signer;
        this.nonces = nonces;
        this.clock = clock;
        this.calls = config.newCallBudget();
        this.web = WebClient.create(vertx, new WebClientOptions().setUserAgent("trader-venue-kraken")
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.requestTimeoutMillis())));
    }

    /** A public GET ({@code /0/public/<method>}); the result node, or a failed future with the reason. */
    public Future<JsonNode> publicGet(String method, Map<String, String> query) {
        Promise<JsonNode> out = Promise.promise();
        publicAttempt(method, query, 0, out);
        return out.future();
    }

    private void publicAttempt(String method, Map<String, String> query, int retry, Promise<JsonNode> out) {
        if (closed) {
            out.fail("the Kraken client is closed");
            return;
        }
        String qs = query.isEmpty() ? "" : "?" + form(query);
        requests.incrementAndGet();
        web.getAbs(config.baseUrl() + "/0/public/" + method + qs).timeout(config.requestTimeoutMillis()).send()
                .onComplete(ar -> {
                    Object r = read(ar.succeeded() ? ar.result() : null, ar.cause());
                    if (r instanceof KrakenOutcome.Ok ok) {
                        out.complete(ok.result());
                    } else if (retry < config.maxRetries() && !(r instanceof KrakenOutcome.Refused f
                            && !f.code().retryable() && !f.code().fateUnknown())) {
                        vertx.setTimer(backoff(retry), id -> publicAttempt(method, query, retry + 1, out));
                    } else {
                        out.fail(r instanceof KrakenOutcome.Refused f ? f.reason() : ((KrakenOutcome.Unknown) r).reason());
                    }
                });
    }

    /**
     * A private POST ({@code /0/private/<method>}) with {@code params} (without the nonce, added here).
     *
     * @param write true for calls that change state ({@code AddOrder}, {@code CancelOrder}): never repeated after
     *              an answer that leaves their effect unknown
     */
    public Future<KrakenOutcome> privateCall(String method, Map<String, String> params, Cost cost, boolean write) {
        Promise<KrakenOutcome> out = Promise.promise();
        enqueue(() -> attempt(method, params, cost, write, 0, out));
        return out.future().onComplete(x -> next());
    }

    private void enqueue(Runnable task) {
        boolean run;
        synchronized (lane) {
            lane.add(task);
            run = !laneBusy;
            if (run) {
                laneBusy = true;
            }
        }
        if (run) {
            lane().run();
        }
    }

    private Runnable lane() {
        synchronized (lane) {
            return lane.poll();
        }
    }

    private void next() {
        Runnable task;
        synchronized (lane) {
            task = lane.poll();
            if (task == null) {
                laneBusy = false;
                return;
            }
        }
        task.run();
    }

    private void attempt(String method, Map<String, String> params, Cost cost, boolean write, int retry,
                         Promise<KrakenOutcome> out) {
        if (closed) {
            out.complete(new KrakenOutcome.Refused(KrakenErrorCode.INVALID_ARGUMENTS, "the Kraken client is closed"));
            return;
        }
        long now = clock.millis();
        long wait = cost.calls() > 0 ? calls.reserve(cost.calls(), now) : 0;
        if (cost.pair() != null && cost.orderPoints() > 0) {
            wait = Math.max(wait, orderBudgets.computeIfAbsent(cost.pair(), p -> config.newOrderBudget())
                    .reserve(cost.orderPoints(), now));
        }
        Runnable send = () -> send(method, params, cost, write, retry, out);
        if (wait > 0) {
            waited.incrementAndGet();
            waitedMillis.addAndGet(wait);
            vertx.setTimer(wait, id -> send.run());
        } else {
            send.run();
        }
    }

    private void send(String method, Map<String, String> params, Cost cost, boolean write, int retry,
                      Promise<KrakenOutcome> out) {
        if (closed) {
            out.complete(new KrakenOutcome.Refused(KrakenErrorCode.INVALID_ARGUMENTS, "the Kraken client is closed"));
            return;
        }
        long nonce = nonces.next();
        String body = "nonce=" + nonce + (params.isEmpty() ? "" : "&" + form(params));
        String path = "/0/private/" + method;
        requests.incrementAndGet();
        web.postAbs(config.baseUrl() + path).timeout(config.requestTimeoutMillis())
                .putHeader("API-Key", signer.apiKey()).putHeader("API-Sign", signer.sign(path, nonce, body))
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .sendBuffer(Buffer.buffer(body)).onComplete(ar -> {
                    KrakenOutcome r = read(ar.succeeded() ? ar.result() : null, ar.cause());
                    boolean again = false;
                    if (r instanceof KrakenOutcome.Refused f) {
                        if (f.code() == KrakenErrorCode.RATE_LIMITED || f.code() == KrakenErrorCode.ORDER_RATE_LIMITED) {
                            rateLimited.incrementAndGet();
                        }
                        again = f.code().retryable() || (!write && f.code().fateUnknown());
                    } else if (r instanceof KrakenOutcome.Unknown) {
                        again = !write;
                    }
                    if (again && retry < config.maxRetries()) {
                        vertx.setTimer(backoff(retry), id -> attempt(method, params, cost, write, retry + 1, out));
                    } else {
                        out.complete(r);
                    }
                });
    }

    private static KrakenOutcome read(HttpResponse<Buffer> r, Throwable failure) {
        if (r == null) {
            return new KrakenOutcome.Unknown(failure == null ? "no response"
                    : failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        String body = r.bodyAsString();
        if (r.statusCode() >= 500) {
            return new KrakenOutcome.Unknown("HTTP " + r.statusCode() + ": " + snippet(body));
        }
        KrakenWire.Envelope env;
        try {
            env = KrakenWire.envelope(body == null ? "" : body);
        } catch (IllegalArgumentException e) {
            return r.statusCode() == 429 ? new KrakenOutcome.Refused(KrakenErrorCode.THROTTLED, "HTTP 429")
                    : new KrakenOutcome.Unknown("HTTP " + r.statusCode() + ", unreadable answer (" + e.getMessage()
                    + "): " + snippet(body));
        }
        KrakenErrorCode code = KrakenErrors.classify(env.errors());
        return code == null ? new KrakenOutcome.Ok(env.result())
                : new KrakenOutcome.Refused(code, String.join("; ", env.errors()));
    }

    private long backoff(int retry) {
        return Math.min(30_000L, 500L << Math.min(retry, 6));
    }

    /** The url-encoded form body of {@code params}, in their order. */
    public static String form(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }

    private static String snippet(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    /** HTTP requests sent, retries included. */
    public long requests() {
        return requests.get();
    }

    /** Rate-limit refusals received (should stay 0: the budget waits first). */
    public long rateLimited() {
        return rateLimited.get();
    }

    /** Total time calls waited for the budget, ms summed over calls. */
    public long waitedMillis() {
        return waitedMillis.get();
    }

    /** The key's REST call counter (read-only use: its level and maximum, for metrics). */
    public DecayingCounter callBudget() {
        return calls;
    }

    /** Calls that waited for the budget. */
    public long waited() {
        return waited.get();
    }

    @Override
    public void close() {
        closed = true;
        web.close();
    }
}
