package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FakeHyperliquidTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Vertx vertx;
    private FakeHyperliquid fake;
    private WebClient web;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        fake = FakeHyperliquid.start(vertx, FakeConfig.defaults().withBundledCassettes().withRowCap(100));
        web = WebClient.create(vertx);
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
        fake.close();
        await(vertx.close());
    }

    private HttpResponse<Buffer> post(String path, String body) throws Exception {
        return await(web.postAbs(fake.baseUrl() + path).sendBuffer(Buffer.buffer(body)));
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void infoAnswersRecordedRequestsExactlyAndTheMarketForOthers() throws Exception {
        HttpResponse<Buffer> meta = post("/info", "{\"type\":\"meta\"}");
        JsonNode universe = JSON.readTree(meta.bodyAsString()).path("universe");
        assertEquals(28, universe.size());
        assertEquals("BTC", universe.get(0).path("name").asText());
        assertEquals(5, universe.get(0).path("szDecimals").asInt());

        String book = post("/info", "{\"type\": \"l2Book\", \"coin\": \"DYDX\"}").bodyAsString();
        assertTrue(book.startsWith("{\"coin\":\"DYDX\",\"levels\":[[{\"n\":1,\"px\":\"2.111\",\"sz\":\"134.4\"}"));

        long t0 = fake.market().currentOpenTime("1m") - 300 * 60_000L;
        String req = "{\"type\":\"candleSnapshot\",\"req\":{\"coin\":\"BTC\",\"interval\":\"1m\",\"startTime\":" + t0
                + ",\"endTime\":" + fake.market().now() + "}}";
        JsonNode candles = JSON.readTree(post("/info", req).bodyAsString());
        assertEquals(100, candles.size(), "row cap");
        assertEquals(t0, candles.get(0).path("t").asLong());
        assertEquals(fake.market().candle("BTC", "1m", t0).toString(), candles.get(0).toString());

        assertEquals(422, post("/info", "{\"type\":\"noSuchThing\"}").statusCode());
        assertEquals(4, fake.infoRequests().size());
    }

    @Test
    void weighsEveryRestRequestAsTheRateLimitDocSays() throws Exception {
        post("/info", "{\"type\":\"meta\"}");
        post("/info", "{\"type\": \"l2Book\", \"coin\": \"BTC\"}");
        long t0 = fake.market().currentOpenTime("1m") - 300 * 60_000L;
        post("/info", "{\"type\":\"candleSnapshot\",\"req\":{\"coin\":\"BTC\",\"interval\":\"1m\",\"startTime\":"
                + t0 + ",\"endTime\":" + fake.market().now() + "}}");
        post("/info", "{\"type\":\"candleSnapshot\",\"req\":{\"coin\":\"BTC\",\"interval\":\"1m\",\"startTime\":"
                + t0 + ",\"endTime\":" + (t0 + 60_000) + "}}");
        fake.failNextRequests(1, 429);
        post("/info", "{\"type\":\"userRole\",\"user\":\"0x0\"}");
        String order = "{\"a\":0,\"b\":true,\"p\":\"1\",\"s\":\"1\",\"r\":false,\"t\":{\"limit\":{\"tif\":\"Gtc\"}}}";
        post("/exchange", "{\"action\":{\"type\":\"order\",\"orders\":[" + String.join(",",
                java.util.Collections.nCopies(41, order)) + "],\"grouping\":\"na\"},\"nonce\":1}");
        post("/exchange", "{\"action\":{\"type\":\"cancel\",\"cancels\":[{\"a\":0,\"o\":1}]},\"nonce\":2}");
        post("/exchange", "{\"action\":{\"type\":\"noop\"},\"nonce\":3}");
        post("/other", "{}");

        List<WeighedRequest> weighed = fake.weighedRequests();

        assertEquals(List.of("meta", "l2Book", "candleSnapshot", "candleSnapshot", "userRole", "order", "cancel",
                "noop"), weighed.stream().map(WeighedRequest::type).toList(), "404s are not REST requests of the venue");
        assertEquals(List.of(20, 2, 22, 21, 60, 2, 1, 1), weighed.stream().map(WeighedRequest::weight).toList(),
                "100 candles: +2 (per 60), 2 candles: +1; a refused read is still charged; 41 orders: 1 + 41/40");
        assertTrue(weighed.get(0).receivedNanos() <= weighed.get(7).receivedNanos());
    }

    @Test
    void injectedFailuresAndDefaultExchange() throws Exception {
        fake.failNextRequests(2, 429);
        assertEquals(429, post("/info", "{\"type\":\"allMids\"}").statusCode());
        assertEquals(429, post("/info", "{\"type\":\"allMids\"}").statusCode());
        assertEquals(200, post("/info", "{\"type\":\"allMids\"}").statusCode());

        HttpResponse<Buffer> ex = post("/exchange", "{\"action\":{\"type\":\"noop\"},\"nonce\":1}");
        assertEquals(200, ex.statusCode());
        assertEquals("{\"status\":\"err\",\"response\":\"exchange not simulated\"}", ex.bodyAsString());

        fake.exchangeHandler((request, context) -> {
            context.publish("orderUpdates", SubscriptionKeys.orderUpdates("0xABC"), "[]");
            return ExchangeResponse.ok(JSON.createObjectNode().put("status", "ok")
                    .put("type", request.action().path("type").asText()));
        });
        assertEquals("{\"status\":\"ok\",\"type\":\"noop\"}",
                post("/exchange", "{\"action\":{\"type\":\"noop\"},\"nonce\":2}").bodyAsString());
    }

    @Test
    void websocketSubscribesAcksSnapshotsPublishesAndPongs() throws Exception {
        BlockingQueue<String> in = new LinkedBlockingQueue<>();
        WebSocketClient client = vertx.createWebSocketClient();
        // the handler is in place before the handshake: the venue's greeting can arrive before connect() completes
        ClientWebSocket socket = client.webSocket();
        socket.textMessageHandler(in::add);
        WebSocket ws = await(socket.connect(new WebSocketConnectOptions()
                .setHost("127.0.0.1").setPort(fake.port()).setURI("/ws")));
        assertEquals("Websocket connection established.", in.poll(5, TimeUnit.SECONDS));

        await(ws.writeTextMessage("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"BTC\"}}"));
        JsonNode ack = JSON.readTree(in.poll(5, TimeUnit.SECONDS));
        assertEquals("subscriptionResponse", ack.path("channel").asText());
        assertEquals("BTC", ack.path("data").path("subscription").path("coin").asText());
        JsonNode snap = JSON.readTree(in.poll(5, TimeUnit.SECONDS));
        assertEquals("l2Book", snap.path("channel").asText());
        assertEquals(5, snap.path("data").path("levels").get(0).size());

        assertEquals(1, fake.publish("l2Book", SubscriptionKeys.l2Book("BTC"), "{\"x\":1}"));
        assertEquals("{\"channel\":\"l2Book\",\"data\":{\"x\":1}}", in.poll(5, TimeUnit.SECONDS));
        assertEquals(0, fake.publish("trades", SubscriptionKeys.trades("BTC"), "[]"));

        await(ws.writeTextMessage("{\"method\":\"ping\"}"));
        assertEquals("{\"channel\":\"pong\"}", in.poll(5, TimeUnit.SECONDS));
        fake.answerPings(false);
        await(ws.writeTextMessage("{\"method\":\"ping\"}"));
        fake.publishRaw("marker");
        assertEquals("marker", in.poll(5, TimeUnit.SECONDS), "no pong before the marker");

        await(ws.writeTextMessage("{\"method\":\"post\",\"id\":7,\"request\":{\"type\":\"info\",\"payload\":{\"type\":\"meta\"}}}"));
        JsonNode post = JSON.readTree(in.poll(5, TimeUnit.SECONDS));
        assertEquals(7, post.path("data").path("id").asInt());
        assertEquals(28, post.path("data").path("response").path("payload").path("universe").size());

        assertEquals(1, fake.subscribers(SubscriptionKeys.l2Book("BTC")));
        fake.dropConnections();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!ws.isClosed() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(ws.isClosed());
        assertEquals(0, fake.connections());
        assertNotNull(fake.market().coin("kPEPE"), "market coins come from the recorded meta");
        await(client.close());
    }
}
