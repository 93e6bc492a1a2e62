package io.trader.smartmoney.feed;

import io.trader.smartmoney.data.SyntheticLeaderboard;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal local stand-in (gzip when the client accepts it, like the real stats-data host) for the venue's smart-money surface, only for these tests (the fake Hyperliquid will
 * serve the full one): {@code GET /leaderboard?rows=n} (the recorded row shape, generated), {@code /leaderboard/500},
 * {@code /leaderboard/broken}, {@code /leaderboard/slow}; {@code POST /info} clearinghouseState in the recorded jkorf
 * shape (one isolated HYPE long whose size is the request count), or 429 while {@link #rateLimit} is set; and
 * {@code /ws} with clearinghouseState user subscriptions limited to {@link #userLimit} users per connection (the
 * venue's error text past it), a state pushed after each acknowledgement, and pong.
 */
final class MiniVenue implements AutoCloseable {

    final Vertx vertx;
    final HttpServer server;
    final AtomicInteger infoRequests = new AtomicInteger();
    final AtomicInteger rateLimited = new AtomicInteger();
    final List<String> infoUsers = new CopyOnWriteArrayList<>();
    final List<String> subscribes = new CopyOnWriteArrayList<>();
    final List<ServerWebSocket> sockets = new CopyOnWriteArrayList<>();
    volatile boolean rateLimit;
    volatile String leaderboardAcceptEncoding;
    volatile int userLimit = 10;

    MiniVenue(Vertx vertx) throws Exception {
        this.vertx = vertx;
        server = vertx.createHttpServer(new io.vertx.core.http.HttpServerOptions().setCompressionSupported(true))
                .webSocketHandler(this::ws).requestHandler(req -> {
            String path = req.path();
            if (path.equals("/leaderboard")) {
                leaderboardAcceptEncoding = req.getHeader("Accept-Encoding");
                int rows = Integer.parseInt(req.getParam("rows", "100"));
                req.response().setChunked(true);
                vertx.executeBlocking(() -> {
                    byte[] buf = new byte[16 * 1024];
                    try (SyntheticLeaderboard in = new SyntheticLeaderboard(rows)) {
                        int n;
                        while ((n = in.read(buf, 0, buf.length)) > 0) {
                            req.response().write(Buffer.buffer(java.util.Arrays.copyOf(buf, n)));
                        }
                    }
                    return null;
                }).onComplete(ar -> req.response().end());
            } else if (path.equals("/leaderboard/500")) {
                req.response().setStatusCode(500).end("oops");
            } else if (path.equals("/leaderboard/broken")) {
                req.response().end("{\"leaderboardRows\":[" + SyntheticLeaderboard.row(0) + ",{\"ethAdd");
            } else if (path.equals("/leaderboard/slow")) {
                req.response().setChunked(true).write("{\"leaderboardRows\":[");
            } else if (path.equals("/info")) {
                req.body().onSuccess(b -> info(req.response(), new JsonObject(b)));
            } else {
                req.response().setStatusCode(404).end();
            }
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String base() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** The recorded jkorf clearinghouseState shape for {@code user}, with HYPE size {@code size}. */
    static String state(String user, int size) {
        return "{\"marginSummary\":{\"accountValue\":\"83.307638\",\"totalNtlPos\":\"75.652\",\"totalRawUsd\":"
                + "\"7.655638\",\"totalMarginUsed\":\"7.525754\"},\"crossMarginSummary\":{\"accountValue\":"
                + "\"75.781884\",\"totalNtlPos\":\"0.0\",\"totalRawUsd\":\"75.781884\",\"totalMarginUsed\":\"0.0\"},"
                + "\"crossMaintenanceMarginUsed\":\"0.0\",\"withdrawable\":\"75.781884\",\"assetPositions\":[{\"type\":"
                + "\"oneWay\",\"position\":{\"coin\":\"HYPE\",\"szi\":\"" + size + ".0\",\"leverage\":{\"type\":"
                + "\"isolated\",\"value\":10,\"rawUsd\":\"-68.126246\"},\"entryPx\":\"37.829\",\"positionValue\":"
                + "\"75.652\",\"unrealizedPnl\":\"-0.006\",\"returnOnEquity\":\"-0.0007930424\",\"liquidationPx\":"
                + "\"35.8559189474\",\"marginUsed\":\"7.525754\",\"maxLeverage\":10,\"cumFunding\":{\"allTime\":"
                + "\"4.966798\",\"sinceOpen\":\"0.0\",\"sinceChange\":\"0.0\"}}},{\"type\":\"oneWay\",\"position\":"
                + "{\"coin\":\"ETH\",\"szi\":\"0\",\"leverage\":{\"type\":\"cross\",\"value\":5},\"entryPx\":null,"
                + "\"positionValue\":\"0\",\"unrealizedPnl\":\"0\"}}],\"time\":1754467216357}";
    }

    private void info(io.vertx.core.http.HttpServerResponse resp, JsonObject body) {
        int n = infoRequests.incrementAndGet();
        if (rateLimit) {
            rateLimited.incrementAndGet();
            resp.setStatusCode(429).end("rate limited");
            return;
        }
        String user = body.getString("user");
        infoUsers.add(user);
        if (!"clearinghouseState".equals(body.getString("type")) || user == null) {
            resp.setStatusCode(400).end();
            return;
        }
        resp.putHeader("Content-Type", "application/json").end(user.endsWith("bad") ? "{}" : state(user, n));
    }

    private void ws(ServerWebSocket ws) {
        sockets.add(ws);
        Set<String> users = new LinkedHashSet<>();
        AtomicInteger pushes = new AtomicInteger();
        ws.closeHandler(v -> sockets.remove(ws));
        ws.textMessageHandler(text -> {
            JsonObject m = new JsonObject(text);
            if ("ping".equals(m.getString("method"))) {
                ws.writeTextMessage("{\"channel\":\"pong\"}");
                return;
            }
            JsonObject sub = m.getJsonObject("subscription");
            String user = sub == null ? null : sub.getString("user");
            if ("unsubscribe".equals(m.getString("method"))) {
                users.remove(user);
                return;
            }
            subscribes.add(user);
            if (!users.contains(user) && users.size() >= userLimit) {
                ws.writeTextMessage("{\"channel\":\"error\",\"data\":\"Cannot track more than " + userLimit
                        + " total users.\"}");
                return;
            }
            users.add(user);
            ws.writeTextMessage(new JsonObject().put("channel", "subscriptionResponse").put("data", m).encode());
            ws.writeTextMessage("{\"channel\":\"clearinghouseState\",\"data\":{\"dex\":\"\",\"user\":\"" + user
                    + "\",\"clearinghouseState\":" + state(user, pushes.incrementAndGet()) + "}}");
        });
    }

    /** Drops every WebSocket connection (the client must reconnect and resubscribe). */
    void dropSockets() {
        for (ServerWebSocket s : new ArrayList<>(sockets)) {
            s.close();
        }
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
