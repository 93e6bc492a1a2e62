package io.trader.fake.binance;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fake's REST routes with the weights Binance documents for them, charged before anything else, then the
 * SIGNED check where the endpoint needs it.
 */
final class FakeRoutes {

    private final FakeBinance fake;

    FakeRoutes(FakeBinance fake) {
        this.fake = fake;
    }

    void handle(HttpServerRequest req, String body) {
        String path = req.path();
        HttpMethod m = req.method();
        Map<String, String> p = params(req.query(), body);
        if (path.startsWith("/fake/")) {
            control(req, path, p);
            return;
        }
        String ip = req.remoteAddress() == null ? "?" : req.remoteAddress().host();
        long now = fake.now();
        Route r = route(m, path, p);
        if (r == null) {
            send(req, ip, 404, new FakeError(404, -1000, "Unknown endpoint " + m + " " + path).json(), now);
            return;
        }
        FakeLimits.Verdict v = fake.limits().admit(ip, r.weight, r.orders, now);
        if (v.status() != 0) {
            req.response().putHeader("Retry-After", Long.toString(v.retryAfterSeconds()));
            send(req, ip, v.status(), v.error().json(), now);
            return;
        }
        if (r.signed) {
            FakeError e = fake.auth().check(req.getHeader("X-MBX-APIKEY"), req.query(), body, p, now);
            if (e != null) {
                send(req, ip, e.status(), e.json(), now);
                return;
            }
        }
        if (r.orders > 0 && fake.takeLose503()) {
            send(req, ip, 503, "<html><body>503 Service Unavailable</body></html>", now);
            return;
        }
        Object out = r.action.run(p, now);
        if (out instanceof FakeError e) {
            send(req, ip, e.status(), e.json(), now);
        } else if (r.orders > 0 && fake.takeApplyThen503()) {
            send(req, ip, 503, "<html><body>503 Service Unavailable</body></html>", now);
        } else {
            send(req, ip, 200, (String) out, now);
        }
    }

    private interface Action {
        Object run(Map<String, String> p, long now);
    }

    private record Route(int weight, int orders, boolean signed, Action action) {
    }

    private Route route(HttpMethod m, String path, Map<String, String> p) {
        FakeMatcher mt = fake.matcher();
        String symbol = p.get("symbol");
        long orderId = p.containsKey("orderId") ? Long.parseLong(p.get("orderId")) : -1;
        String key = m.name() + " " + path;
        return switch (key) {
            case "GET /api/v3/ping" -> new Route(1, 0, false, (q, now) -> "{}");
            case "GET /api/v3/time" -> new Route(1, 0, false, (q, now) -> "{\"serverTime\":" + now + "}");
            case "GET /api/v3/exchangeInfo" -> new Route(20, 0, false,
                    (q, now) -> FakeJson.exchangeInfo(mt.symbols(), fake.config().limits(), now));
            case "GET /api/v3/depth" -> new Route(depthWeight(p), 0, false, (q, now) -> depth(symbol, q));
            case "GET /api/v3/klines" -> new Route(2, 0, false, (q, now) -> fake.klines().rest(q));
            case "GET /api/v3/account" -> new Route(20, 0, true, (q, now) -> mt.accountJson(now));
            case "POST /api/v3/order" -> new Route(1, 1, true, mt::newOrder);
            case "GET /api/v3/order" -> new Route(4, 0, true,
                    (q, now) -> mt.query(symbol, q.get("origClientOrderId"), orderId));
            case "DELETE /api/v3/order" -> new Route(1, 0, true,
                    (q, now) -> mt.cancel(symbol, q.get("origClientOrderId"), orderId, now));
            case "GET /api/v3/openOrders" -> new Route(symbol == null ? 80 : 6, 0, true,
                    (q, now) -> FakeJson.orders(mt.open(symbol)));
            case "DELETE /api/v3/openOrders" -> new Route(1, 0, true, (q, now) -> cancelAll(symbol, now));
            case "GET /api/v3/myTrades" -> new Route(20, 0, true, (q, now) -> FakeJson.trades(mt.trades(symbol,
                    orderId, q.containsKey("fromId") ? Long.parseLong(q.get("fromId")) : -1,
                    Integer.parseInt(q.getOrDefault("limit", "500")))));
            default -> null;
        };
    }

    private Object cancelAll(String symbol, long now) {
        var open = fake.matcher().open(symbol);
        if (open.isEmpty()) {
            return new FakeError(400, -2011, "Unknown order sent.");
        }
        open.forEach(o -> fake.matcher().cancel(o.symbol, null, o.orderId, now));
        return FakeJson.cancelledAll(open);
    }

    private static int depthWeight(Map<String, String> p) {
        int limit = Integer.parseInt(p.getOrDefault("limit", "100"));
        return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
    }

    private Object depth(String symbol, Map<String, String> q) {
        FakeSymbol s = fake.matcher().symbols().get(symbol);
        if (s == null) {
            return new FakeError(400, -1121, "Invalid symbol.");
        }
        int limit = Math.min(Integer.parseInt(q.getOrDefault("limit", "100")), 50);
        BigDecimal last = fake.matcher().last(symbol);
        StringBuilder b = new StringBuilder("{\"lastUpdateId\":1,\"bids\":[");
        for (int i = 0; i < limit; i++) {
            b.append(i == 0 ? "" : ",").append("[\"").append(last.subtract(s.halfSpread())
                    .subtract(s.tickSize().multiply(BigDecimal.valueOf(i))).toPlainString()).append("\",\"1.0\"]");
        }
        b.append("],\"asks\":[");
        for (int i = 0; i < limit; i++) {
            b.append(i == 0 ? "" : ",").append("[\"").append(last.add(s.halfSpread())
                    .add(s.tickSize().multiply(BigDecimal.valueOf(i))).toPlainString()).append("\",\"1.0\"]");
        }
        return b.append("]}").toString();
    }

    private void control(HttpServerRequest req, String path, Map<String, String> p) {
        switch (path) {
            case "/fake/price" -> fake.setPrice(p.get("symbol"), new BigDecimal(p.get("price")));
            case "/fake/step" -> fake.setPrice(p.get("symbol"),
                    fake.lastPrice(p.get("symbol")).add(new BigDecimal(p.get("delta"))));
            case "/fake/klines/advance" -> fake.klines().advance(Integer.parseInt(p.getOrDefault("n", "1")));
            case "/fake/klines/drop" -> fake.klines().dropConnections();
            case "/fake/fault" -> {
                switch (p.getOrDefault("kind", "")) {
                    case "apply-then-503" -> fake.applyThen503OnNextOrder();
                    case "drop-user-ws" -> fake.dropUserStreams();
                    case "drop-user-ws-on-fill" -> fake.dropUserStreamsOnNextFill();
                    case "storm" -> fake.storm429(Long.parseLong(p.getOrDefault("seconds", "5")) * 1000, 1);
                    default -> {
                        req.response().setStatusCode(400).end("unknown fault");
                        return;
                    }
                }
            }
            default -> {
                req.response().setStatusCode(404).end();
                return;
            }
        }
        req.response().end("{}");
    }

    private void send(HttpServerRequest req, String ip, int status, String body, long now) {
        HttpServerResponse resp = req.response().setStatusCode(status).putHeader("Content-Type", "application/json");
        fake.limits().headers(ip, now).forEach(resp::putHeader);
        resp.end(body);
    }

    static Map<String, String> params(String query, String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String src : new String[]{query, body}) {
            if (src == null || src.isEmpty()) {
                continue;
            }
            for (String kv : src.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
