package io.trader.fake.coinbase;

import io.trader.fake.spot.FakeFaults;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local fake of the Coinbase Exchange REST API, the endpoints xchange-coinbasepro 5.2.1 calls: {@code GET
 * /products}, {@code /currencies}, {@code /accounts}, {@code /orders} (list, by id, by {@code client:<oid>}),
 * {@code POST /orders}, {@code DELETE /orders/{id}}, {@code GET /fills} (newest first, {@code CB-BEFORE}/
 * {@code CB-AFTER} cursors). Private calls must carry a valid {@link CoinbaseSignature}; wrong ones get 401.
 * Fault controls: {@link #failOrderPostsAfterApply} (the order is placed, the answer is a 503),
 * {@link #failOrderPostsBeforeApply} (a 503, nothing placed),
 * {@link #rateLimitNext} (429 without applying) and an optional per-second private request limit like the venue's.
 * Binds a dynamic port on 127.0.0.1.
 */
public final class FakeCoinbase implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx;
    private final boolean ownVertx;
    private final FakeCoinbaseMarket market;
    private final CoinbaseSignature signature;
    private final FakeCoinbaseJson json = new FakeCoinbaseJson();
    private final AtomicLong privateRequests = new AtomicLong();
    private final FakeFaults faults = new FakeFaults();
    private HttpServer server;

    public FakeCoinbase(FakeCoinbaseMarket market, CoinbaseSignature signature) {
        this(null, market, signature);
    }

    /** @param vertx the Vert.x to run on, or null for an own one (closed with the fake) */
    public FakeCoinbase(Vertx vertx, FakeCoinbaseMarket market, CoinbaseSignature signature) {
        this.ownVertx = vertx == null;
        this.vertx = vertx == null ? Vertx.vertx() : vertx;
        this.market = market;
        this.signature = signature;
    }

    /** The products of the fake's own fixture (written from the API reference; see the resource's README). */
    public static List<FakeCoinbaseMarket.Product> defaultProducts() {
        try (InputStream in = FakeCoinbase.class.getResourceAsStream("/fake-coinbase/products.json")) {
            return products(JSON.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("fixture fake-coinbase/products.json unreadable", e);
        }
    }

    /** Products from a {@code GET /products} response file, e.g. a recorded one. */
    public static List<FakeCoinbaseMarket.Product> products(Path file) throws IOException {
        return products(JSON.readTree(Files.readString(file)));
    }

    private static List<FakeCoinbaseMarket.Product> products(JsonNode array) {
        List<FakeCoinbaseMarket.Product> out = new ArrayList<>();
        for (JsonNode p : array) {
            String quoteInc = p.path("quote_increment").asText("0.01");
            out.add(new FakeCoinbaseMarket.Product(p.path("id").asText(), p.path("base_currency").asText(),
                    p.path("quote_currency").asText(), new BigDecimal(p.path("base_increment").asText("0.00000001")),
                    new BigDecimal(quoteInc), new BigDecimal(p.path("base_min_size").asText("0")),
                    "online".equals(p.path("status").asText())));
        }
        return out;
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

    public FakeCoinbaseMarket market() {
        return market;
    }

    /** The next {@code n} order posts are placed but answered with a 503 (the client cannot know). */
    public void failOrderPostsAfterApply(int n) {
        faults.failOrderPostsAfterApply(n);
    }

    /** The next {@code n} order posts are answered with a 503 and not placed (the client cannot know either). */
    public void failOrderPostsBeforeApply(int n) {
        faults.failOrderPostsBeforeApply(n);
    }

    /** The next {@code n} private requests are answered 429 "Rate limit exceeded" and not applied. */
    public void rateLimitNext(int n) {
        faults.rateLimitNext(n);
    }

    /** Answers 429 to private requests beyond {@code perSecond} in any one-second window (0: no limit). */
    public void limitPrivateRequestsPerSecond(int perSecond) {
        faults.limitPrivateRequestsPerSecond(perSecond);
    }

    public long privateRequests() {
        return privateRequests.get();
    }

    public long tooManyRequestsAnswered() {
        return faults.tooManyRequestsAnswered();
    }

    public long authRefused() {
        return faults.authRefused();
    }

    /** Requests seen for {@code "METHOD /path"} (path without query, ids kept). */
    public long hits(String methodAndPath) {
        return faults.hits(methodAndPath);
    }

    private void handle(HttpServerRequest req) {
        req.body().onSuccess(buf -> {
            String body = buf.toString(StandardCharsets.UTF_8);
            String path = req.path();
            faults.hit(req.method().name() + " " + path);
            if (path.startsWith("/products/") && path.endsWith("/trades") && req.method().name().equals("GET")) {
                publicTrades(req, path.substring("/products/".length(), path.length() - "/trades".length()));
                return;
            }
            if (path.equals("/products") || path.equals("/currencies")) {
                try {
                    reply(req, 200, path.equals("/products") ? json.products(market.products())
                            : json.currencies(market.products()), Map.of());
                } catch (IOException e) {
                    reply(req, 500, message("Internal server error"), Map.of());
                }
                return;
            }
            privateRequests.incrementAndGet();
            String refusal = signature.refusal(req.getHeader("CB-ACCESS-KEY"), req.getHeader("CB-ACCESS-SIGN"),
                    req.getHeader("CB-ACCESS-TIMESTAMP"), req.getHeader("CB-ACCESS-PASSPHRASE"),
                    req.method().name(), req.uri(), body.isEmpty() ? null : body,
                    TimeUnit.MILLISECONDS.toSeconds(System.currentTimeMillis()));
            if (refusal != null) {
                faults.refusedAuth();
                reply(req, 401, message(refusal), Map.of());
                return;
            }
            if (faults.throttle()) {
                reply(req, 429, message("Rate limit exceeded"), Map.of());
                return;
            }
            try {
                route(req, path, body);
            } catch (RuntimeException | IOException e) {
                reply(req, 400, message("bad request: " + e.getMessage()), Map.of());
            }
        });
    }

    private void route(HttpServerRequest req, String path, String body) throws IOException {
        String method = req.method().name();
        if (path.equals("/accounts") && method.equals("GET")) {
            reply(req, 200, json.accounts(market.balances()), Map.of());
        } else if (path.equals("/orders") && method.equals("GET")) {
            reply(req, 200, json.orders(market.openOrders(req.getParam("product_id"))), Map.of());
        } else if (path.equals("/orders") && method.equals("POST")) {
            placeOrder(req, body);
        } else if (path.startsWith("/orders/")) {
            String id = URLDecoder.decode(path.substring("/orders/".length()), StandardCharsets.UTF_8);
            var order = id.startsWith("client:") ? market.orderByClientOid(id.substring(7)) : market.order(id);
            if (method.equals("DELETE")) {
                boolean ok = order.isPresent() && market.cancel(order.get().id());
                reply(req, ok ? 200 : 404, ok ? JSON.writeValueAsString(order.get().id())
                        : message(order.isPresent() ? "Order already done" : "order not found"), Map.of());
            } else {
                reply(req, order.isPresent() ? 200 : 404,
                        order.isPresent() ? json.order(order.get()) : message("NotFound"), Map.of());
            }
        } else if (path.equals("/fills") && method.equals("GET")) {
            fills(req);
        } else {
            reply(req, 404, message("NotFound"), Map.of());
        }
    }

    private void placeOrder(HttpServerRequest req, String body) throws IOException {
        if (faults.takeFailBeforeApply()) {
            reply(req, 503, "<html><body>503 Service Unavailable</body></html>", Map.of());
            return;
        }
        Map<String, Object> o = JSON.readValue(body, new TypeReference<>() { });
        Object result = market.place((String) o.get("client_oid"), (String) o.get("product_id"),
                (String) o.get("side"), String.valueOf(o.getOrDefault("type", "limit")), decimal(o.get("price")),
                decimal(o.get("size")), (String) o.get("time_in_force"), Boolean.TRUE.equals(o.get("post_only")));
        if (result instanceof FakeCoinbaseMarket.Refusal r) {
            reply(req, r.status(), message(r.message()), Map.of());
        } else if (faults.takeFailAfterApply()) {
            reply(req, 503, "<html><body>503 Service Unavailable</body></html>", Map.of());
        } else {
            reply(req, 200, json.order((FakeCoinbaseMarket.Order) result), Map.of());
        }
    }

    private void fills(HttpServerRequest req) throws IOException {
        List<FakeCoinbaseMarket.FillRecord> all = market.fills(req.getParam("product_id"), req.getParam("order_id"));
        String before = req.getParam("before");
        String after = req.getParam("after");
        int limit = req.getParam("limit") == null ? 100 : Integer.parseInt(req.getParam("limit"));
        List<FakeCoinbaseMarket.FillRecord> page = all.stream()
                .filter(f -> before == null || f.tradeId() > Long.parseLong(before))
                .filter(f -> after == null || f.tradeId() < Long.parseLong(after))
                .limit(limit).toList();
        Map<String, String> headers = page.isEmpty() ? Map.of() : Map.of(
                "CB-BEFORE", Long.toString(page.get(0).tradeId()),
                "CB-AFTER", Long.toString(page.get(page.size() - 1).tradeId()));
        reply(req, 200, json.fills(page), headers);
    }

    /**
     * Public {@code GET /products/{id}/trades} (Exchange API reference, "Get product trades"): the latest trades,
     * newest first, {@code limit} (default 100, at most 1000) with the {@code before}/{@code after} trade-id cursors
     * and the {@code CB-BEFORE}/{@code CB-AFTER} headers.
     */
    private void publicTrades(HttpServerRequest req, String productId) {
        try {
            if (market.products().stream().noneMatch(p -> p.id().equals(productId))) {
                reply(req, 404, message("NotFound"), Map.of());
                return;
            }
            String before = req.getParam("before");
            String after = req.getParam("after");
            int limit = Math.min(1000, req.getParam("limit") == null ? 100 : Integer.parseInt(req.getParam("limit")));
            List<FakeCoinbaseMarket.PublicTrade> page = market.publicTrades(productId).stream()
                    .filter(t -> before == null || t.tradeId() > Long.parseLong(before))
                    .filter(t -> after == null || t.tradeId() < Long.parseLong(after))
                    .limit(limit).toList();
            Map<String, String> headers = page.isEmpty() ? Map.of() : Map.of(
                    "CB-BEFORE", Long.toString(page.get(0).tradeId()),
                    "CB-AFTER", Long.toString(page.get(page.size() - 1).tradeId()));
            reply(req, 200, json.publicTrades(page), headers);
        } catch (IOException | RuntimeException e) {
            reply(req, 400, message("bad request: " + e.getMessage()), Map.of());
        }
    }

    private static BigDecimal decimal(Object v) {
        return v == null ? null : new BigDecimal(v.toString());
    }

    private static String message(String text) {
        try {
            return JSON.writeValueAsString(Map.of("message", text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpServerRequest req, int status, String body, Map<String, String> headers) {
        var resp = req.response().setStatusCode(status)
                .putHeader("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        headers.forEach(resp::putHeader);
        resp.end(body);
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
