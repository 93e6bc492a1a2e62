package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A local fake Hyperliquid on {@code 127.0.0.1} and an ephemeral port, for tests: {@code POST /info} (recorded
 * cassettes first, then an in-memory {@link FakeMarket}), {@code POST /exchange} (a pluggable
 * {@link ExchangeHandler}) and a websocket at {@code /ws} (subscriptions, ping/pong, post requests), with fault
 * injection. All server work runs on one event-loop context; the methods here may be called from any thread and
 * return once their effect has happened on that context.
 */
public final class FakeHyperliquid implements AutoCloseable {

    private static final long CALL_TIMEOUT_MS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(FakeHyperliquid.class);

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final Context ctx;
    private final FakeMarket market;
    private final WsHub hub;
    private final FakeHttp http;
    private final HttpFaults faults = new HttpFaults();
    private volatile HttpServer server;
    private volatile Thread loopThread;

    private FakeHyperliquid(Vertx vertx, boolean ownsVertx, FakeConfig config) throws IOException {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.ctx = vertx.getOrCreateContext();
        ObjectMapper mapper = new ObjectMapper();
        Cassettes cassettes = Cassettes.none();
        if (config.bundledCassettes()) {
            cassettes = Cassettes.loadBundled(mapper);
        }
        if (config.cassetteDir() != null) {
            cassettes = cassettes.and(Cassettes.load(config.cassetteDir(), mapper));
        }
        List<FakeCoin> coins = config.coins() != null ? config.coins() : cassettes.coins(mapper);
        this.market = new FakeMarket(coins.isEmpty() ? FakeConfig.DEFAULT_COINS : coins, config.startTime());
        InfoRoutes routes = new InfoRoutes(market, cassettes, mapper, config.rowCap(), config.candleHistory());
        ExchangeContext exchangeContext = new ExchangeContext() {
            @Override
            public FakeMarket market() {
                return market;
            }

            @Override
            public long now() {
                return market.now();
            }

            @Override
            public void publish(String channel, String subscriptionKey, String dataJson) {
                FakeHyperliquid.this.publish(channel, subscriptionKey, dataJson);
            }
        };
        this.http = new FakeHttp(vertx, routes, mapper, faults, exchangeContext, config.exchangeHandler());
        this.hub = new WsHub(market, mapper, config.greeting(), http::info, body -> http.exchange(body).body());
    }

    /** Starts a fake with its own Vert.x instance (closed by {@link #close()}). */
    public static FakeHyperliquid start(FakeConfig config) {
        return start(Vertx.vertx(), true, config);
    }

    /** Starts a fake on a shared Vert.x instance (left open by {@link #close()}). */
    public static FakeHyperliquid start(Vertx vertx, FakeConfig config) {
        return start(vertx, false, config);
    }

    private static FakeHyperliquid start(Vertx vertx, boolean owns, FakeConfig config) {
        FakeHyperliquid fake;
        try {
            fake = new FakeHyperliquid(vertx, owns, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load cassettes" + (config.cassetteDir() == null ? ""
                    : " from " + config.cassetteDir()), e);
        }
        fake.listen();
        return fake;
    }

    private void listen() {
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        ctx.runOnContext(v -> {
            loopThread = Thread.currentThread();
            vertx.createHttpServer()
                    .requestHandler(req -> {
                        if (!"websocket".equalsIgnoreCase(req.getHeader("Upgrade"))) {
                            http.handle(req);
                        } else if (!req.path().equals("/ws")) {
                            req.response().setStatusCode(404).end();
                        } else if (faults.takeRejectedConnect()) {
                            req.response().setStatusCode(503).end();
                        } else {
                            req.toWebSocket().onComplete(ar -> {
                                if (ar.succeeded()) {
                                    hub.accept(ar.result());
                                } else {
                                    LOG.warn("fake websocket upgrade failed", ar.cause());
                                }
                            });
                        }
                    })
                    .exceptionHandler(e -> LOG.warn("fake server error", e))
                    .listen(0, "127.0.0.1")
                    .onComplete(ar -> {
                        if (ar.succeeded()) {
                            started.complete(ar.result());
                        } else {
                            started.completeExceptionally(ar.cause());
                        }
                    });
        });
        server = await(started);
    }

    /** {@code http://127.0.0.1:<port>}: the base URL for info/exchange clients. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** {@code ws://127.0.0.1:<port>/ws}. */
    public String wsUrl() {
        return "ws://127.0.0.1:" + port() + "/ws";
    }

    public int port() {
        return server.actualPort();
    }

    public FakeMarket market() {
        return market;
    }

    /** Replaces the {@code /exchange} handler. */
    public void exchangeHandler(ExchangeHandler handler) {
        if (handler == null) {
            throw new IllegalArgumentException("handler is required");
        }
        http.exchangeHandler(handler);
    }

    /** Answers {@code /info} requests before the fake's routes (e.g. a simulated account's user state). */
    public void infoHandler(InfoHandler handler) {
        http.infoHandler(handler == null ? InfoHandler.NONE : handler);
    }

    /**
     * Sends {@code {"channel":channel,"data":dataJson}} to every connection subscribed under {@code subscriptionKey}
     * (see {@link SubscriptionKeys}); returns how many connections it reached.
     */
    public int publish(String channel, String subscriptionKey, String dataJson) {
        int[] n = new int[1];
        onContext(() -> n[0] = hub.publish(channel, subscriptionKey, dataJson));
        return n[0];
    }

    /** Sends {@code text} unchanged to every connection (e.g. a malformed message). */
    public void publishRaw(String text) {
        onContext(() -> hub.publishRaw(text));
    }

    /** Publishes the current book of {@code coin} (each push carries a later time). */
    public void pushBook(String coin) {
        publish("l2Book", SubscriptionKeys.l2Book(coin), market.bookJson(coin).toString());
    }

    /** Publishes all mids. */
    public void pushMids() {
        publish("allMids", SubscriptionKeys.allMids(), "{\"mids\":" + market.midsJson() + "}");
    }

    /** Publishes one trade of {@code coin} at the fake clock ({@code side} is {@code B} or {@code A}). */
    public void trade(String coin, String side, String px, String sz, long tid) {
        market.requireCoin(coin);
        String data = "[{\"coin\":\"" + coin + "\",\"side\":\"" + side + "\",\"px\":\"" + px + "\",\"sz\":\"" + sz
                + "\",\"hash\":\"0x00\",\"time\":" + market.now() + ",\"tid\":" + tid
                + ",\"users\":[\"0x01\",\"0x02\"]}]";
        publish("trades", SubscriptionKeys.trades(coin), data);
    }

    /** Publishes the candle in progress at the fake clock. */
    public void emitCandle(String coin, String interval) {
        String data = market.candle(coin, interval, market.currentOpenTime(interval)).toString();
        publish("candle", SubscriptionKeys.candle(coin, interval), data);
    }

    /** Moves the clock {@code n} intervals forward, publishing the new current candle after each step. */
    public void advanceCandles(String coin, String interval, int n) {
        long ms = Intervals.require(interval);
        for (int i = 0; i < n; i++) {
            market.advance(ms);
            emitCandle(coin, interval);
        }
    }

    /** Closes every websocket connection now. */
    public void dropConnections() {
        onContext(hub::dropAll);
    }

    /** Closes every websocket connection after {@code n} more outbound messages (0 cancels). */
    public void dropConnectionsAfter(int n) {
        onContext(() -> hub.dropAfter(n));
    }

    /** Whether pings get pongs (default true). */
    public void answerPings(boolean answer) {
        onContext(() -> hub.answerPings(answer));
    }

    /** The next {@code n} HTTP requests (info and exchange) get {@code status} (e.g. 429, 500, 503). */
    public void failNextRequests(int n, int status) {
        faults.failNext(n, status);
    }

    /** Delays every HTTP response by {@code delay} ({@code Duration.ZERO} turns it off). */
    public void delayResponses(Duration delay) {
        faults.delay(delay);
    }

    /** Refuses the next {@code n} websocket handshakes with HTTP 503. */
    public void rejectConnections(int n) {
        faults.rejectConnects(n);
    }

    /** Open websocket connections. */
    public int connections() {
        int[] n = new int[1];
        onContext(() -> n[0] = hub.connections());
        return n[0];
    }

    /** Websocket connections accepted since start. */
    public long acceptedConnections() {
        long[] n = new long[1];
        onContext(() -> n[0] = hub.accepted());
        return n[0];
    }

    /** Open connections subscribed under {@code key}. */
    public int subscribers(String key) {
        int[] n = new int[1];
        onContext(() -> n[0] = hub.subscribers(key));
        return n[0];
    }

    /** Subscribe requests received for {@code key} since start (across connections). */
    public int subscribeRequests(String key) {
        int[] n = new int[1];
        onContext(() -> n[0] = hub.subscribeRequests(key));
        return n[0];
    }

    /** Pings received since start. */
    public long pings() {
        long[] n = new long[1];
        onContext(() -> n[0] = hub.pings());
        return n[0];
    }

    /** Every {@code /info} body received, in order (including ones answered with an injected failure). */
    public List<String> infoRequests() {
        return http.infoRequests();
    }

    @Override
    public void close() {
        if (server != null) {
            await(server.close().toCompletionStage().toCompletableFuture());
        }
        if (ownsVertx) {
            await(vertx.close().toCompletionStage().toCompletableFuture());
        }
    }

    private void onContext(Runnable r) {
        if (Thread.currentThread() == loopThread) {
            r.run();
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ctx.runOnContext(v -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        await(done);
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("fake Hyperliquid call failed: " + e, e);
        }
    }
}
