package io.trader.fake.binance;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local fake Binance spot on {@code 127.0.0.1} and a dynamic (or given) port, speaking the real REST protocol
 * under {@code /api/v3} (signed endpoints checked by {@link FakeAuth}, weights counted per IP by
 * {@link FakeLimits}, orders matched by {@link FakeMatcher}) and the WebSocket API's user-data stream at
 * {@code /ws-api/v3} ({@link FakeUserStreams}). Test controls are Java methods here and, for a standalone run,
 * {@code POST /fake/price?symbol=&price=}, {@code /fake/step?symbol=&delta=} and
 * {@code /fake/fault?kind=apply-then-503|drop-user-ws|drop-user-ws-on-fill|storm&seconds=}.
 */
public final class FakeBinance implements AutoCloseable {

    private final Vertx vertx;
    private final FakeBinanceConfig config;
    private final FakeLimits limits;
    private final FakeAuth auth;
    private final FakeMatcher matcher;
    private final FakeUserStreams streams;
    private final FakeRoutes routes;
    private final FakeKlines klines;
    private final AtomicLong skew = new AtomicLong();
    private final AtomicBoolean applyThen503 = new AtomicBoolean();
    private final AtomicBoolean lose503 = new AtomicBoolean();
    private final HttpServer server;

    private FakeBinance(FakeBinanceConfig config) {
        this.vertx = Vertx.vertx();
        this.config = config;
        this.limits = new FakeLimits(config.limits(), config.banMillis());
        this.auth = new FakeAuth(config.keys());
        this.streams = new FakeUserStreams(auth, this::now);
        this.matcher = new FakeMatcher(config.symbols(), streams::push);
        this.routes = new FakeRoutes(this);
        this.klines = new FakeKlines(vertx, matcher, 1, 250);
        this.server = vertx.createHttpServer().requestHandler(this::handle);
        try {
            server.listen(config.port(), "127.0.0.1").toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("fake Binance could not listen on port " + config.port(), e);
        }
    }

    public static FakeBinance start(FakeBinanceConfig config) {
        return new FakeBinance(config);
    }

    /** Standalone: {@code FakeBinance [port]}; the key pair is {@code fake-key} / {@code fake-secret}. */
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        FakeBinance fake = start(FakeBinanceConfig.defaults("fake-key", "fake-secret").withPort(port));
        fake.klines().followWallClock();
        System.out.println("fake Binance listening on " + fake.baseUrl() + " (api key fake-key, secret fake-secret)");
    }

    private void handle(HttpServerRequest req) {
        if ("websocket".equalsIgnoreCase(req.getHeader("Upgrade")) && req.path().equals("/stream")) {
            klines.accept(req);
            return;
        }
        if ("websocket".equalsIgnoreCase(req.getHeader("Upgrade"))) {
            if (!req.path().equals("/ws-api/v3")) {
                req.response().setStatusCode(404).end();
                return;
            }
            req.toWebSocket().onSuccess(streams::accept);
            return;
        }
        req.body().onSuccess(body -> routes.handle(req, body.toString()));
    }

    /** Server time: the wall clock plus the scripted skew. */
    public long now() {
        return System.currentTimeMillis() + skew.get();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public int port() {
        return server.actualPort();
    }

    // ---- test controls ----

    /** The klines served over REST and the market stream, with their controls. */
    public FakeKlines klines() {
        return klines;
    }

    /** Sets the last price of a symbol; resting orders it reaches fill. */
    public void setPrice(String symbol, BigDecimal price) {
        matcher.setPrice(symbol, price, now());
    }

    public BigDecimal lastPrice(String symbol) {
        return matcher.last(symbol);
    }

    /** Moves the server clock (a skew beyond recvWindow makes signed requests fail -1021). */
    public void setClockSkew(long millis) {
        skew.set(millis);
    }

    /** The next new order is applied, then answered with HTTP 503. */
    public void applyThen503OnNextOrder() {
        applyThen503.set(true);
    }

    /** The next new order is answered with HTTP 503 and never applied (the venue never saw it). */
    public void lose503OnNextOrder() {
        lose503.set(true);
    }

    /** While muted, user-stream events are dropped but connections stay up (a silent stream). */
    public void muteUserStreams(boolean muted) {
        streams.mute(muted);
    }

    /** Closes every user-stream connection now. */
    public void dropUserStreams() {
        streams.dropAll();
    }

    /** Closes the user-stream connections just before the next trade is reported (its events are lost). */
    public void dropUserStreamsOnNextFill() {
        matcher.beforeNextFill(streams::dropAll);
    }

    /** Answers 429 (Retry-After {@code retryAfterSeconds}) to every request for {@code millis}. */
    public void storm429(long millis, long retryAfterSeconds) {
        limits.storm(now() + millis, retryAfterSeconds);
    }

    /** Bans every IP for {@code millis}: any request gets 418 with Retry-After until then. */
    public void ban(long millis) {
        limits.banAll(now() + millis);
    }

    /** Orders the fake holds with this client id, open or closed. */
    public int ordersWithClientId(String clientOrderId) {
        return matcher.byClientId(clientOrderId).size();
    }

    /** Status of the latest order with this client id, or null. */
    public String statusOf(String clientOrderId) {
        List<FakeOrder> list = matcher.byClientId(clientOrderId);
        return list.isEmpty() ? null : list.get(list.size() - 1).status;
    }

    public int openOrderCount() {
        return matcher.open(null).size();
    }

    public int userStreamSubscriptions() {
        return streams.subscriptions();
    }

    /** The highest request weight accepted from one IP in any window. */
    public long peakWeight() {
        return limits.peakWeight();
    }

    /** Requests that arrived while their IP was in a 429 back-off or banned. */
    public long requestsWhileWaiting() {
        return limits.requestsWhileWaiting();
    }

    public long answered429() {
        return limits.answered429();
    }

    /** New orders refused with -1015 (ORDERS limit). */
    public long answered1015() {
        return limits.answered1015();
    }

    public long answered418() {
        return limits.answered418();
    }

    // ---- for the routes ----

    FakeBinanceConfig config() {
        return config;
    }

    FakeLimits limits() {
        return limits;
    }

    FakeAuth auth() {
        return auth;
    }

    FakeMatcher matcher() {
        return matcher;
    }

    FakeUserStreams streams() {
        return streams;
    }

    boolean takeLose503() {
        return lose503.getAndSet(false);
    }

    boolean takeApplyThen503() {
        return applyThen503.getAndSet(false);
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake Binance did not close", e);
        }
    }
}
