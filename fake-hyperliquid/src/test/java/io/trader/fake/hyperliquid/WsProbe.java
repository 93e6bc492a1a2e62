package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A plain websocket client (the JDK's) that queues every text message the fake sends, for stream tests. */
final class WsProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final WebSocket ws;
    /** Messages read while waiting for another channel. */
    private final java.util.List<JsonNode> held = new java.util.ArrayList<>();

    WsProbe(String url) {
        StringBuilder partial = new StringBuilder();
        ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                w.request(1);
                return null;
            }
        }).join();
    }

    void send(String text) {
        ws.sendText(text, true).join();
    }

    void subscribe(String type, String user) {
        send("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"" + type + "\",\"user\":\"" + user + "\"}}");
    }

    /** The next message on {@code channel} within 5 s (others stay queued for their own calls), or {@code null}. */
    JsonNode next(String channel) throws Exception {
        return next(channel, 5000);
    }

    JsonNode next(String channel, long timeoutMs) throws Exception {
        for (java.util.Iterator<JsonNode> it = held.iterator(); it.hasNext(); ) {
            JsonNode j = it.next();
            if (channel.equals(j.path("channel").asText())) {
                it.remove();
                return j;
            }
        }
        long end = System.currentTimeMillis() + timeoutMs;
        while (true) {
            long left = end - System.currentTimeMillis();
            String m = left <= 0 ? null : messages.poll(left, TimeUnit.MILLISECONDS);
            if (m == null) {
                return null;
            }
            if (m.startsWith("{")) {
                JsonNode j = JSON.readTree(m);
                if (channel.equals(j.path("channel").asText())) {
                    return j;
                }
                held.add(j);
            }
        }
    }

    @Override
    public void close() {
        ws.abort();
    }
}
