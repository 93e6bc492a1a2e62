package io.trader.fake.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.ServerWebSocket;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The WebSocket API at {@code /ws-api/v3}, as far as the user-data stream goes: {@code
 * userDataStream.subscribe.signature} (params {@code apiKey}, {@code timestamp}, {@code signature} = HMAC of the
 * other params sorted by name), then every {@code executionReport} pushed as {@code {"subscriptionId":n,"event":{..}}};
 * {@code ping} answers empty. Events raised while nobody is subscribed are lost, as on Binance.
 */
final class FakeUserStreams {

    private record Sub(ServerWebSocket ws, int id) {
    }

    private final FakeAuth auth;
    private final LongSupplier clock;
    private final List<Sub> subs = new CopyOnWriteArrayList<>();
    private final List<ServerWebSocket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private volatile boolean muted;

    FakeUserStreams(FakeAuth auth, LongSupplier clock) {
        this.auth = auth;
        this.clock = clock;
    }

    void accept(ServerWebSocket ws) {
        sockets.add(ws);
        ws.closeHandler(v -> {
            sockets.remove(ws);
            subs.removeIf(s -> s.ws == ws);
        });
        ws.textMessageHandler(text -> onMessage(ws, text));
    }

    private void onMessage(ServerWebSocket ws, String text) {
        JsonNode req;
        try {
            req = FakeJson.M.readTree(text);
        } catch (java.io.IOException e) {
            ws.writeTextMessage(new FakeError(400, -1100, "malformed request").json());
            return;
        }
        ObjectNode out = FakeJson.M.createObjectNode();
        out.set("id", req.get("id"));
        String method = req.path("method").asText();
        if (method.equals("ping")) {
            out.put("status", 200).putObject("result");
        } else if (method.equals("userDataStream.subscribe.signature")) {
            FakeError err = verify(req.path("params"));
            if (err != null) {
                out.put("status", err.status()).putObject("error").put("code", err.code()).put("msg", err.msg());
            } else {
                int id = nextId.getAndIncrement();
                subs.add(new Sub(ws, id));
                out.put("status", 200).putObject("result").put("subscriptionId", id);
            }
        } else {
            out.put("status", 400).putObject("error").put("code", -1020).put("msg", "Unsupported method " + method);
        }
        ws.writeTextMessage(out.toString());
    }

    private FakeError verify(JsonNode params) {
        Map<String, String> sorted = new TreeMap<>();
        params.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        String apiKey = sorted.get("apiKey");
        String signature = sorted.remove("signature");
        if (!auth.knows(apiKey)) {
            return new FakeError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        }
        StringBuilder payload = new StringBuilder();
        sorted.forEach((k, v) -> payload.append(payload.length() == 0 ? "" : "&").append(k).append('=').append(v));
        if (signature == null || !signature.equalsIgnoreCase(auth.expectedWs(apiKey, payload.toString()))) {
            return new FakeError(400, -1022, "Signature for this request is not valid.");
        }
        long ts = params.path("timestamp").asLong(0);
        long recv = params.path("recvWindow").asLong(5000);
        long now = clock.getAsLong();
        if (ts >= now + 1000 || now - ts > recv) {
            return new FakeError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
        }
        return null;
    }

    /** Pushes one event to every subscription. */
    void push(String eventJson) {
        if (muted) {
            return;
        }
        for (Sub s : subs) {
            s.ws.writeTextMessage("{\"subscriptionId\":" + s.id + ",\"event\":" + eventJson + "}");
        }
    }

    /** Closes every WebSocket connection (the client must reconnect and subscribe again). */
    void dropAll() {
        subs.clear();
        for (ServerWebSocket ws : sockets) {
            ws.close();
        }
    }

    void mute(boolean m) {
        muted = m;
    }

    int subscriptions() {
        return subs.size();
    }
}
