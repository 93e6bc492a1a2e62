package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.venue.hyperliquid.exec.HyperliquidAdapters;
import io.trader.venue.hyperliquid.HyperliquidExchange;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the app's wiring of layer0's user stream: subscribes to {@code orderUpdates} and {@code userFills}
 * of the account on the fake and hands every parsed entry to the adapter's hooks (snapshots skipped).
 */
final class UserStreamStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocketClient client;
    private final WebSocket ws;
    final AtomicInteger messages = new AtomicInteger();

    UserStreamStub(Vertx vertx, FakeHyperliquid fake, String user, HyperliquidExchange exchange) throws Exception {
        client = vertx.createWebSocketClient();
        CountDownLatch acks = new CountDownLatch(2);
        ws = Poll.await(client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(fake.port())
                .setURI("/ws")).toCompletionStage());
        ws.textMessageHandler(text -> {
            JsonNode msg;
            try {
                msg = JSON.readTree(text);
            } catch (Exception notJson) {
                return;
            }
            JsonNode data = msg.path("data");
            switch (msg.path("channel").asText()) {
                case "subscriptionResponse" -> acks.countDown();
                case "orderUpdates" -> {
                    messages.incrementAndGet();
                    exchange.onOrderUpdates(HyperliquidAdapters.orderUpdates(data));
                }
                case "userFills" -> {
                    messages.incrementAndGet();
                    if (!HyperliquidAdapters.isSnapshot(data)) {
                        exchange.onUserFills(HyperliquidAdapters.userFillsMessage(data));
                    }
                }
                default -> {
                }
            }
        });
        for (String type : new String[]{"orderUpdates", "userFills"}) {
            ws.writeTextMessage("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"" + type + "\",\"user\":\""
                    + user + "\"}}");
        }
        if (!acks.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("user stream subscriptions were not acknowledged");
        }
    }

    boolean closed() {
        return ws.isClosed();
    }

    @Override
    public void close() {
        if (!ws.isClosed()) {
            Poll.await(ws.close().toCompletionStage());
        }
        Poll.await(client.close().toCompletionStage());
    }
}
