package io.trader.fake.bybit;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local fake of the Bybit v5 REST API (spot), the endpoints xchange-bybit 5.2.1 calls plus the ones a complete
 * client needs: {@code GET /v5/market/instruments-info}, {@code GET /v5/account/wallet-balance},
 * {@code POST /v5/order/create} (Limit GTC / IOC / FOK / PostOnly, Market with {@code marketUnit}),
 * {@code POST /v5/order/cancel}, {@code GET /v5/order/realtime} (by orderId or orderLinkId, else open orders) and
 * {@code GET /v5/execution/list}. Answers use the v5 envelope {@code {retCode, retMsg, result, retExtInfo, time}}.
 * Private calls must carry a valid {@link BybitSignature}. Fault controls: {@link #failOrderPostsAfterApply} (placed,
 * answered 503), {@link #failOrderPostsBeforeApply}, {@link #dropOrderPostsAfterApply} (placed, connection closed
 * without an answer), {@link #rateLimitNext} (retCode 10006 "Too many visits!", nothing applied) and a per-second
 * private request limit. Binds a dynamic port on 127.0.0.1.
 */
public final class FakeBybit implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx;
    private final boolean ownVertx;
    private final FakeSpotMarket market;
    private final BybitSignature signature;
    private final FakeBybitJson json = new FakeBybitJson();
    private final FakeFaults faults = new FakeFaults();
    private HttpServer server;

    public FakeBybit(FakeSpotMarket market, BybitSignature signature) {
        this(null, market, signature);
    }

    /** @param vertx the Vert.x to run on, or null for an own one (closed with the fake) */
    public FakeBybit(Vertx vertx, FakeSpotMarket market, BybitSignature signature) {
        this.ownVertx = vertx == null;
        this.vertx = vertx == null ? Vertx.vertx() : vertx;
        this.market = market;
        this.signature = signature;
    }

    /**
     * The fixture's spot instruments (values from the v5 "Get Instruments Info" spot example: BTCUSDT tick 0.01,
     * base precision 0.000001, minimum 0.000048; ETHUSDT tick 0.01, precision 0.00001; a PreLaunch symbol the
     * client must skip).
     */
    public static List<FakeSpotMarket.Product> defaultProducts() {
        return List.of(
                new FakeSpotMarket.Product("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
                        new BigDecimal("0.000001"), new BigDecimal("0.000048"), true),
                new FakeSpotMarket.Product("ETHUSDT", "ETH", "USDT", new BigDecimal("0.01"),
                        new BigDecimal("0.00001"), new BigDecimal("0.00062"), true),
                new FakeSpotMarket.Product("NEWUSDT", "NEW", "USDT", new BigDecimal("0.0001"),
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

    /** The next {@code n} order creates are placed but answered with a 503. */
    public void failOrderPostsAfterApply(int n) {
        faults.failOrderPostsAfterApply(n);
    }

    /** The next {@code n} order creates are answered with a 503 and not placed. */
    public void failOrderPostsBeforeApply(int n) {
        faults.failOrderPostsBeforeApply(n);
    }

    /** The next {@code n} order creates are placed, then the connection is closed without an answer. */
    public void dropOrderPostsAfterApply(int n) {
        faults.dropOrderPostsAfterApply(n);
    }

    /** The next {@code n} private requests get retCode 10006 "Too many visits!" and are not applied. */
    public void rateLimitNext(int n) {
        faults.rateLimitNext(n);
    }

    /** Answers 10006 to private requests beyond {@code perSecond} in any one-second window (0: no limit). */
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
                if (path.equals("/v5/market/instruments-info")) {
                    ok(req, json.instruments(req.getParam("category"), market.products()));
                    return;
                }
                String query = req.query() == null ? "" : req.query();
                var refusal = signature.refusal(req.getHeader("X-BAPI-API-KEY"), req.getHeader("X-BAPI-SIGN"),
                        req.getHeader("X-BAPI-TIMESTAMP"), req.getHeader("X-BAPI-RECV-WINDOW"),
                        method.equals("GET") ? query : body, System.currentTimeMillis());
                if (refusal != null) {
                    faults.refusedAuth();
                    reply(req, refusal.httpStatus(), json.envelope(refusal.retCode(), refusal.retMsg(), Map.of()));
                    return;
                }
                if (faults.throttle()) {
                    req.response().putHeader("X-Bapi-Limit-Status", "0");
                    reply(req, 200, json.envelope(10006, "Too many visits!", Map.of()));
                    return;
                }
                route(req, method, path, body);
            } catch (RuntimeException | IOException e) {
                reply(req, 200, json.envelopeUnchecked(10001, "params error: " + e.getMessage()));
            }
        });
    }

    private void route(HttpServerRequest req, String method, String path, String body) throws IOException {
        String category = req.getParam("category");
        switch (method + " " + path) {
            case "GET /v5/account/wallet-balance" -> ok(req, json.wallet(market.balances()));
            case "POST /v5/order/create" -> create(req, JSON.readTree(body));
            case "POST /v5/order/cancel" -> cancel(req, JSON.readTree(body));
            case "GET /v5/order/realtime" -> {
                List<FakeSpotMarket.Order> list = !"spot".equals(category) ? List.of()
                        : req.getParam("orderId") != null ? market.order(req.getParam("orderId")).stream().toList()
                        : req.getParam("orderLinkId") != null
                                ? market.orderByClientId(req.getParam("orderLinkId")).stream().toList()
                                : market.openOrders(req.getParam("symbol"));
                ok(req, json.orders(category, list));
            }
            case "GET /v5/execution/list" -> ok(req, json.executions(category, "spot".equals(category)
                    ? market.executions(req.getParam("symbol"), req.getParam("orderId")) : List.of()));
            default -> reply(req, 404, json.envelope(10017, "route not found", Map.of()));
        }
    }

    private void create(HttpServerRequest req, JsonNode o) throws IOException {
        if (faults.takeFailBeforeApply()) {
            reply(req, 503, "<html><body>503 Service Temporarily Unavailable</body></html>");
            return;
        }
        if (!"spot".equals(text(o, "category"))) {
            reply(req, 200, json.envelope(10001, "params error: category only spot here", Map.of()));
            return;
        }
        String type = text(o, "orderType");
        String tif = switch (text(o, "timeInForce") == null ? "GTC" : text(o, "timeInForce")) {
            case "PostOnly" -> "POST_ONLY";
            case "IOC" -> "IOC";
            case "FOK" -> "FOK";
            default -> "GTC";
        };
        // spot market buys are sized in the quote coin unless marketUnit=baseCoin (v5 "Place Order", marketUnit)
        boolean quoteSized = !"baseCoin".equals(text(o, "marketUnit"));
        Object r = market.place(text(o, "orderLinkId"), text(o, "symbol"),
                "Buy".equalsIgnoreCase(text(o, "side")) ? "buy" : "sell",
                "Market".equalsIgnoreCase(type) ? "market" : "limit", decimal(o, "price"), decimal(o, "qty"), tif,
                quoteSized, o.path("reduceOnly").asBoolean(false));
        if (r instanceof FakeSpotMarket.Refusal refusal) {
            reply(req, 200, json.refusal(refusal));
            return;
        }
        FakeSpotMarket.Order placed = (FakeSpotMarket.Order) r;
        if (faults.takeFailAfterApply()) {
            reply(req, 503, "<html><body>503 Service Temporarily Unavailable</body></html>");
        } else if (faults.takeDropAfterApply()) {
            req.connection().close();
        } else {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("orderId", placed.id());
            res.put("orderLinkId", placed.clientId());
            ok(req, res);
        }
    }

    private void cancel(HttpServerRequest req, JsonNode o) throws IOException {
        String id = text(o, "orderId");
        String link = text(o, "orderLinkId");
        var order = id != null ? market.order(id) : link != null ? market.orderByClientId(link)
                : java.util.Optional.<FakeSpotMarket.Order>empty();
        if (order.isEmpty() || !market.cancel(order.get().id())) {
            reply(req, 200, json.envelope(170213, "Order does not exist.", Map.of()));
            return;
        }
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("orderId", order.get().id());
        res.put("orderLinkId", order.get().clientId());
        ok(req, res);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode o, String field) {
        String v = text(o, field);
        return v == null || v.isEmpty() ? null : new BigDecimal(v);
    }

    private void ok(HttpServerRequest req, Object result) throws IOException {
        reply(req, 200, json.envelope(0, "OK", result));
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
