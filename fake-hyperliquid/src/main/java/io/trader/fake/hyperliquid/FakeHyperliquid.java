package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A local fake Hyperliquid on {@code 127.0.0.1} and an ephemeral (or {@linkplain FakeConfig#withPort given}) port,
 * for tests and the {@code fake-venue} tool ({@link FakeVenue}): {@code POST /info} (recorded
 * cassettes first, then an in-memory {@link FakeMarket}), {@code POST /exchange} (a pluggable
 * {@link ExchangeHandler}) and a websocket at {@code /ws} (subscriptions, ping/pong, post requests), with fault
 * injection. All server work runs on one event-loop context; the methods here may be called from any thread and
 * return once their effect has happened on that context.
 */
public final class FakeHyperliquid implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeHyperliquid.class);

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final Loop loop;
    private final FakeMarket market;
    private final WsHub hub;
    private final FakeHttp http;
    private final HttpFaults faults = new HttpFaults();
    private final WeightBudget budget;
    private final SmartMoney smartMoney;
    private final int port;
    private volatile HttpServer server;
    private long dropTimer = -1;
    private long dropEveryMillis;

    private FakeHyperliquid(Vertx vertx, boolean ownsVertx, FakeConfig config) throws IOException {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.loop = new Loop(vertx.getOrCreateContext());
        this.port = config.port();
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
        this.budget = new WeightBudget(config.weightLimit(), System::nanoTime);
        this.smartMoney = config.smartMoney() == null ? null
                : new SmartMoney(config.smartMoney(), market, vertx, this::publishUsers);
        this.http = new FakeHttp(vertx, routes, mapper, faults, exchangeContext, config.exchangeHandler(), budget,
                smartMoney);
        UserStreams streams = new UserStreams(smartMoney == null ? null : smartMoney::streamData,
                config.smartMoney() == null ? SmartMoneyConfig.VENUE_MAX_USERS : config.smartMoney().maxTrackedUsers());
        this.hub = new WsHub(market, mapper, config.greeting(), http::info, body -> http.exchange(body).body(),
                streams);
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
        if (fake.smartMoney != null && config.smartMoney().scriptRunning()) {
            fake.smartMoney.startScript(config.smartMoney().changesPerSecond());
        }
        return fake;
    }

    private void listen() {
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        loop.context().runOnContext(v -> {
            loop.enter();
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
                    .listen(port, "127.0.0.1")
                    .onComplete(ar -> {
                        if (ar.succeeded()) {
                            started.complete(ar.result());
                        } else {
                            started.completeExceptionally(ar.cause());
                        }
                    });
        });
        server = Loop.await(started);
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
        return loop.call(() -> hub.publish(channel, subscriptionKey, dataJson));
    }

    /** Sends {@code text} unchanged to every connection (e.g. a malformed message). */
    public void publishRaw(String text) {
        loop.run(() -> hub.publishRaw(text));
    }

    /** The smart-money data ({@link FakeConfig#withSmartMoney}), or {@code null} when not served. */
    public SmartMoney smartMoney() {
        return smartMoney;
    }

    /** Pushes each user's current state to its {@code clearinghouseState} and {@code webData2} subscribers. */
    private void publishUsers(List<String> users) {
        loop.run(() -> {
            for (String u : users) {
                for (String type : UserStreams.STATE_TYPES) {
                    String key = type + ":" + u;
                    if (hub.subscribers(key) > 0) {
                        hub.publish(type, key, smartMoney.streamData(type, u));
                    }
                }
            }
        });
    }

    /** Refuses REST requests with 429 past {@code perMinute} weight per IP in any 60 s (0: counts only). */
    public void weightLimit(int perMinute) {
        budget.limit(perMinute);
    }

    /** The REST weight the fake counted per IP, its limit and the 429s it served for it. */
    public WeightStats weightStats() {
        return budget.stats();
    }

    /** Websocket user tracking as JSON (see {@link UserStreams#json()}). */
    ObjectNode wsUsersJson() {
        return loop.call(() -> hub.streams().json());
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
        loop.run(hub::dropAll);
    }

    /** Closes every websocket connection after {@code n} more outbound messages (0 cancels). */
    public void dropConnectionsAfter(int n) {
        loop.run(() -> hub.dropAfter(n));
    }

    /** Whether pings get pongs (default true). */
    public void answerPings(boolean answer) {
        loop.run(() -> hub.answerPings(answer));
    }

    /**
     * Refusal before apply: the next {@code n} HTTP requests (info and exchange) get {@code status} (e.g. 429, 500,
     * 503) and never reach the venue. Same as {@code refuseNext(n, status, RefusalScope.ALL)}.
     */
    public void failNextRequests(int n, int status) {
        refuseNext(n, status, RefusalScope.ALL);
    }

    /**
     * Refusal before apply: the next {@code n} requests within {@code scope} get HTTP {@code status} (400..599)
     * and are not applied; replaces a burst still in force (0 cancels it).
     */
    public void refuseNext(int n, int status, RefusalScope scope) {
        faults.failNext(n, status, scope);
    }

    /** Delays every HTTP response by {@code delay} ({@code Duration.ZERO} turns it off). */
    public void delayResponses(Duration delay) {
        faults.delay(delay);
    }

    /** Refuses the next {@code n} websocket handshakes with HTTP 503. */
    public void rejectConnections(int n) {
        faults.rejectConnects(n);
    }

    /**
     * Random stream drops: after each websocket message sent, every connection is closed with {@code probability}
     * (0 turns it off), drawn from a generator seeded with {@code seed}.
     */
    public void dropStreamsRandomly(double probability, long seed) {
        loop.run(() -> hub.dropRandomly(probability, seed));
    }

    /** Closes every websocket connection every {@code period} ({@code Duration.ZERO} turns it off). */
    public void dropStreamsEvery(Duration period) {
        long ms = period.toMillis();
        if (ms < 0) {
            throw new IllegalArgumentException("period must be >= 0");
        }
        loop.run(() -> {
            if (dropTimer >= 0) {
                vertx.cancelTimer(dropTimer);
                dropTimer = -1;
            }
            dropEveryMillis = ms;
            if (ms > 0) {
                dropTimer = vertx.setPeriodic(ms, id -> hub.dropAll());
            }
        });
    }

    /** Venue timestamps run {@code millis} ahead of (positive) or behind (negative) its clock; see {@link FakeMarket}. */
    public void clockOffset(long millis) {
        market.clockOffset(millis);
    }

    /**
     * Removes every fault of the fake's transport: refusal bursts, response delays, refused handshakes, stream drops
     * (after n messages, random, periodic), unanswered pings and the clock offset. A simulated exchange's faults are
     * cleared by {@link SimulatedExchange#clearFaults()}.
     */
    public void clearFaults() {
        faults.clear();
        market.clockOffset(0);
        dropStreamsEvery(Duration.ZERO);
        loop.run(() -> {
            hub.dropAfter(0);
            hub.dropRandomly(0, 0);
            hub.answerPings(true);
        });
    }

    /** Requests received since start, and refusals and unsent answers among them. */
    public RequestCounts requestCounts() {
        long[] c = http.counts();
        return new RequestCounts(c[0], c[1], c[2], faults.state().refused(), c[3]);
    }

    /**
     * Every {@code /info} and {@code /exchange} request received since start with the weight the venue charges it
     * ({@link VenueWeights}), in arrival order (the newest 100,000): what a test checks a client's rate limiting
     * against.
     */
    public List<WeighedRequest> weighedRequests() {
        return http.weighed();
    }

    /** The transport faults in force, as JSON (the control API's view). */
    ObjectNode faultsJson() {
        HttpFaults.State f = faults.state();
        ObjectNode j = JsonNodeFactory.instance.objectNode();
        j.putObject("refuse").put("remaining", f.refuseRemaining()).put("status", f.refuseStatus())
                .put("scope", f.refuseScope().name().toLowerCase(Locale.ROOT));
        j.put("delayMs", f.delayMillis()).put("rejectConnections", f.rejectConnects())
                .put("clockOffsetMs", market.clockOffset());
        loop.run(() -> j.putObject("streamDrops").put("probability", hub.dropProbability())
                .put("everyMs", dropEveryMillis).put("afterMessages", hub.dropAfter())
                .put("answerPings", hub.answersPings()));
        return j;
    }

    /** Times the websocket connections were dropped by a fault while some were open. */
    public long streamDrops() {
        return loop.call(() -> hub.drops());
    }

    /** Open websocket connections. */
    public int connections() {
        return loop.call(() -> hub.connections());
    }

    /** Websocket connections accepted since start. */
    public long acceptedConnections() {
        return loop.call(() -> hub.accepted());
    }

    /** Open connections subscribed under {@code key}. */
    public int subscribers(String key) {
        return loop.call(() -> hub.subscribers(key));
    }

    /** Subscribe requests received for {@code key} since start (across connections). */
    public int subscribeRequests(String key) {
        return loop.call(() -> hub.subscribeRequests(key));
    }

    /** Pings received since start. */
    public long pings() {
        return loop.call(() -> hub.pings());
    }

    /** Every {@code /info} body received, in order (including ones answered with an injected failure). */
    public List<String> infoRequests() {
        return http.infoRequests();
    }

    @Override
    public void close() {
        if (smartMoney != null) {
            smartMoney.stopScript();
        }
        if (server != null && !ownsVertx) {
            dropStreamsEvery(Duration.ZERO);
        }
        if (server != null) {
            Loop.await(server.close().toCompletionStage().toCompletableFuture());
        }
        if (ownsVertx) {
            Loop.await(vertx.close().toCompletionStage().toCompletableFuture());
        }
    }
}
