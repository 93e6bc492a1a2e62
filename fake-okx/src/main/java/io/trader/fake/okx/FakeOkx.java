package io.trader.fake.okx;

import io.trader.fake.spot.FakeFaults;
import io.trader.fake.spot.FakeSpotMarket;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A local fake of the OKX v5 REST API (spot, cash mode), the endpoints xchange-okex 5.2.1 calls:
 * {@code GET /api/v5/public/instruments}, the public {@code /market/trades}, {@code /asset/currencies}, {@code /account/config},
 * {@code /account/trade-fee}, {@code /account/balance}, {@code /asset/balances} (empty: no funding account),
 * {@code /account/account-position-risk} (no positions), {@code POST /trade/order} (limit, post_only, ioc, fok,
 * market with {@code tgtCcy}), {@code POST /trade/cancel-order}, {@code GET /trade/order} (by ordId or clOrdId),
 * {@code /trade/orders-pending}, {@code /trade/orders-history} and {@code /trade/fills}. Answers use the v5 envelope
 * {@code {code, msg, data}}; a refused order is {@code code "1"} with the reason in {@code data[0].sCode/sMsg}.
 * Private calls must carry a valid {@link OkxSignature} (demo keys with {@code x-simulated-trading: 1}); wrong ones
 * get 401 with the venue's code. Fault controls as fake-coinbase's: {@link #failOrderPostsAfterApply},
 * {@link #failOrderPostsBeforeApply}, {@link #dropOrderPostsAfterApply}, {@link #rateLimitNext} (429, code 50011) and
 * a per-second private request limit. Binds a dynamic port on 127.0.0.1.
 */
public final class FakeOkx implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/api/v5";

    private final Vertx vertx;
    private final boolean ownVertx;
    private final FakeSpotMarket market;
    private final OkxSignature signature;
    private final FakeOkxJson json = new FakeOkxJson();
    private final FakeFaults faults = new FakeFaults();
    private HttpServer server;

    public FakeOkx(FakeSpotMarket market, OkxSignature signature) {
        this(null, market, signature);
    }

    /** @param vertx the Vert.x to run on, or null for an own one (closed with the fake) */
    public FakeOkx(Vertx vertx, FakeSpotMarket market, OkxSignature signature) {
        this.ownVertx = vertx == null;
        this.vertx = vertx == null ? Vertx.vertx() : vertx;
        this.market = market;
        this.signature = signature;
    }

    /**
     * The fixture's spot instruments (values from the v5 "Get instruments" SPOT example: BTC-USDT tick 0.1, lot
     * 0.00000001, minimum 0.00001; ETH-USDT tick 0.01, minimum 0.0001; a suspended symbol the client must skip).
     */
    public static List<FakeSpotMarket.Product> defaultProducts() {
        return List.of(
                new FakeSpotMarket.Product("BTC-USDT", "BTC", "USDT", new BigDecimal("0.1"),
                        new BigDecimal("0.00000001"), new BigDecimal("0.00001"), true),
                new FakeSpotMarket.Product("ETH-USDT", "ETH", "USDT", new BigDecimal("0.01"),
                        new BigDecimal("0.000001"), new BigDecimal("0.0001"), true),
                new FakeSpotMarket.Product("OLD-USDT", "OLD", "USDT", new BigDecimal("0.0001"),
                        new BigDecimal("0.01"), new BigDecimal("1"), false));
    }

    /** Starts listening on a free port of 127.0.0.1; returns the port. */
    public int start() {
        return start(0);
    }

    /** Starts listening on {@code port} of 127.0.0.1 (0: a free one); returns the port. */
    public int start(int port) {
        server = vertx.createHttpServer().requestHandler(this::handle);
        return server.listen(port, "127.0.0.1").await().actualPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public FakeSpotMarket market() {
        return market;
    }

    /** The next {@code n} order posts are placed but answered with a 503. */
    public void failOrderPostsAfterApply(int n) {
        faults.failOrderPostsAfterApply(n);
    }

    /** The next {@code n} order posts are answered with a 503 and not placed. */
    public void failOrderPostsBeforeApply(int n) {
        faults.failOrderPostsBeforeApply(n);
    }

    /** The next {@code n} order posts are placed, then the connection is closed without an answer. */
    public void dropOrderPostsAfterApply(int n) {
        faults.dropOrderPostsAfterApply(n);
    }

    /** The next {@code n} private requests are answered 429 (code 50011) and not applied. */
    public void rateLimitNext(int n) {
        faults.rateLimitNext(n);
    }

    /** Answers 429 to private requests beyond {@code perSecond} in any one-second window (0: no limit). */
    public void limitPrivateRequestsPerSecond(int perSecond) {
        faults.limitPrivateRequestsPerSecond(perSecond);
    }

    public long tooManyRequestsAnswered() {
        return faults.tooManyRequestsAnswered();
    }

    public long authRefused() {
        return faults.authRefused();
    }

    /** Requests seen for {@code "METHOD /path"} (without the query). */
    public long hits(String methodAndPath) {
        return faults.hits(methodAndPath);
    }

    private void handle(HttpServerRequest req) {
        req.body().onSuccess(buf -> {
            String body = buf.toString(StandardCharsets.UTF_8);
            String path = req.path();
            String method = req.method().name();
            faults.hit(method + " " + path);
            try {
                if (path.equals(PREFIX + "/market/trades") && method.equals("GET")) {
                    // v5 "Get trades": the latest trades of instId, newest first, limit default 100, at most 500
                    String instId = req.getParam("instId");
                    int limit = Math.min(500, req.getParam("limit") == null ? 100
                            : Integer.parseInt(req.getParam("limit")));
                    reply(req, 200, json.ok(market.publicTrades(instId == null ? "" : instId).stream().limit(limit)
                            .map(t -> json.publicTrade(instId, t)).toList()));
                    return;
                }
                if (path.equals(PREFIX + "/public/instruments")) {
                    reply(req, 200, json.ok(json.instruments(req.getParam("instType"), market.products())));
                    return;
                }
                var refusal = signature.refusal(req.getHeader("OK-ACCESS-KEY"), req.getHeader("OK-ACCESS-SIGN"),
                        req.getHeader("OK-ACCESS-TIMESTAMP"), req.getHeader("OK-ACCESS-PASSPHRASE"),
                        req.getHeader("x-simulated-trading"), method, req.uri(), body, System.currentTimeMillis());
                if (refusal != null) {
                    faults.refusedAuth();
                    reply(req, 401, json.error(refusal.code(), refusal.msg()));
                    return;
                }
                if (faults.throttle()) {
                    reply(req, 429, json.error("50011", "Too Many Requests"));
                    return;
                }
                route(req, method, path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path, body);
            } catch (RuntimeException | IOException e) {
                reply(req, 400, json.error("50000", "Body cannot be empty or malformed: " + e.getMessage()));
            }
        });
    }

    private void route(HttpServerRequest req, String method, String path, String body) throws IOException {
        String instId = req.getParam("instId");
        switch (method + " " + path) {
            case "GET /asset/currencies" -> reply(req, 200, json.ok(json.currencies(market.products())));
            case "GET /account/config" -> reply(req, 200, json.ok(json.config()));
            case "GET /account/trade-fee" -> reply(req, 200, json.ok(json.tradeFee()));
            case "GET /account/balance" -> reply(req, 200, json.ok(json.balance(market.balances())));
            // v5 "Get balance" of the funding account: the fake keeps every coin in the trading account
            case "GET /asset/balances" -> reply(req, 200, json.ok(List.of()));
            // v5 "Get account and position risk": spot cash mode has no positions
            case "GET /account/account-position-risk" -> reply(req, 200, json.ok(List.of(Map.of("adjEq", "",
                    "balData", List.of(), "posData", List.of(), "ts", Long.toString(System.currentTimeMillis())))));
            case "POST /trade/order" -> place(req, JSON.readTree(body));
            case "POST /trade/cancel-order" -> cancel(req, JSON.readTree(body));
            case "GET /trade/order" -> {
                Optional<FakeSpotMarket.Order> o = req.getParam("ordId") != null ? market.order(req.getParam("ordId"))
                        : req.getParam("clOrdId") != null ? market.orderByClientId(req.getParam("clOrdId"))
                        : Optional.empty();
                if (o.isEmpty() || (instId != null && !o.get().symbol.equals(instId))) {
                    reply(req, 200, json.failure("51603", "Order does not exist", List.of()));
                } else {
                    reply(req, 200, json.ok(List.of(json.order(o.get()))));
                }
            }
            case "GET /trade/orders-pending" -> reply(req, 200, json.ok(market.openOrders(instId).stream()
                    .map(json::order).toList()));
            case "GET /trade/orders-history" -> reply(req, 200, json.ok(newestFirst(market.allOrders()).stream()
                    .filter(o -> !o.isOpen() && (instId == null || o.symbol.equals(instId)))
                    .filter(o -> req.getParam("state") == null || json.state(o).equals(req.getParam("state")))
                    .map(json::order).toList()));
            case "GET /trade/fills" -> reply(req, 200, json.ok(market.executions(instId, req.getParam("ordId"))
                    .stream().map(json::fill).toList()));
            default -> reply(req, 404, json.error("404", "Not Found"));
        }
    }

    private void place(HttpServerRequest req, JsonNode o) throws IOException {
        if (faults.takeFailBeforeApply()) {
            reply(req, 503, "<html><body>503 Service Temporarily Unavailable</body></html>");
            return;
        }
        String ordType = text(o, "ordType");
        String tif = switch (ordType == null ? "" : ordType) {
            case "post_only" -> "POST_ONLY";
            case "ioc" -> "IOC";
            case "fok" -> "FOK";
            default -> "GTC";
        };
        // spot market buys are sized in the quote currency unless tgtCcy=base_ccy (v5 "Place order", tgtCcy)
        boolean quoteSized = !"base_ccy".equals(text(o, "tgtCcy"));
        String clOrdId = text(o, "clOrdId");
        Object r = market.place(clOrdId, text(o, "instId"), text(o, "side"),
                "market".equals(ordType) ? "market" : "limit", decimal(o, "px"), decimal(o, "sz"), tif, quoteSized,
                o.path("reduceOnly").asBoolean(false));
        if (r instanceof FakeSpotMarket.Refusal refusal) {
            reply(req, 200, json.refusal(refusal, clOrdId));
            return;
        }
        FakeSpotMarket.Order placed = (FakeSpotMarket.Order) r;
        if (faults.takeFailAfterApply()) {
            reply(req, 503, "<html><body>503 Service Temporarily Unavailable</body></html>");
        } else if (faults.takeDropAfterApply()) {
            req.connection().close();
        } else {
            reply(req, 200, json.ok(List.of(json.ack(placed.id(), placed.clientId(), "0", "Order placed"))));
        }
    }

    private void cancel(HttpServerRequest req, JsonNode o) throws IOException {
        String id = text(o, "ordId");
        String cl = text(o, "clOrdId");
        var order = id != null ? market.order(id) : cl != null ? market.orderByClientId(cl)
                : Optional.<FakeSpotMarket.Order>empty();
        if (order.isEmpty() || !market.cancel(order.get().id())) {
            reply(req, 200, json.failure("1", "All operations failed", List.of(json.ack(id == null ? "" : id,
                    cl == null ? "" : cl, "51400",
                    "Order cancellation failed as the order has been filled, canceled or does not exist"))));
            return;
        }
        reply(req, 200, json.ok(List.of(json.ack(order.get().id(), order.get().clientId(), "0", ""))));
    }

    private static List<FakeSpotMarket.Order> newestFirst(List<FakeSpotMarket.Order> orders) {
        List<FakeSpotMarket.Order> out = new java.util.ArrayList<>(orders);
        java.util.Collections.reverse(out);
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode o, String field) {
        String v = text(o, field);
        return v == null ? null : new BigDecimal(v);
    }

    private static void reply(HttpServerRequest req, int status, String body) {
        req.response().setStatusCode(status)
                .putHeader("Content-Type", body.startsWith("<") ? "text/html" : "application/json").end(body);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close().await();
        }
        if (ownVertx) {
            vertx.close().await();
        }
    }
}
