package io.trader.fake.hyperliquid.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.fake.hyperliquid.Cassette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Seeds for fuzzing, all built from recorded venue responses: the {@code /info} bodies of the VCR cassettes by
 * request type, and websocket messages of every modelled channel whose data are recorded rows ({@code l2Book} and
 * {@code allMids} bodies, {@code candleSnapshot} rows as {@code candle} updates, {@code userFills} rows as
 * {@code userFills}, {@code user} and {@code trades} messages, {@code historicalOrders} rows as
 * {@code orderUpdates}, {@code userFunding} rows as funding events).
 */
public final class FuzzCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> info;
    private final Map<String, List<String>> ws;

    private FuzzCorpus(Map<String, List<String>> info, Map<String, List<String>> ws) {
        this.info = info;
        this.ws = ws;
    }

    /** The corpus of every {@code *.yaml} cassette in {@code dir}. */
    public static FuzzCorpus load(Path dir) {
        Map<String, List<String>> info = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (Cassette.Interaction i : Cassette.read(f)) {
                    if (i.status() == 200 && i.uri().endsWith("/info")) {
                        String type = JSON.readTree(i.requestBody()).path("type").asText();
                        info.computeIfAbsent(type, k -> new ArrayList<>()).add(i.responseBody());
                    }
                }
            }
            return new FuzzCorpus(info, websocket(info));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Recorded {@code /info} bodies by request type ({@code meta}, {@code l2Book}, {@code userFills}...). */
    public Map<String, List<String>> info() {
        return info;
    }

    /**
     * The {@code /info} bodies with top-level arrays cut to their first {@code rows} rows (mutating a 130 KB
     * {@code userFills} body a million times tests nothing more than mutating 20 of its rows).
     */
    public Map<String, List<String>> info(int rows) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        info.forEach((type, bodies) -> out.put(type, bodies.stream().map(b -> cut(b, rows)).toList()));
        return out;
    }

    private static String cut(String body, int rows) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n instanceof ArrayNode a) {
                while (a.size() > rows) {
                    a.remove(a.size() - 1);
                }
                return a.toString();
            }
            return body;
        } catch (IOException e) {
            return body;
        }
    }

    /** Websocket messages by channel. */
    public Map<String, List<String>> ws() {
        return ws;
    }

    /** Every websocket message, channel by channel. */
    public List<String> wsMessages() {
        return ws.values().stream().flatMap(List::stream).toList();
    }

    private static Map<String, List<String>> websocket(Map<String, List<String>> info) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String book : info.getOrDefault("l2Book", List.of())) {
            add(out, "l2Book", message("l2Book", JSON.readTree(book)));
        }
        for (String mids : info.getOrDefault("allMids", List.of())) {
            add(out, "allMids", message("allMids", JSON.createObjectNode().set("mids", JSON.readTree(mids))));
        }
        for (String candles : info.getOrDefault("candleSnapshot", List.of())) {
            JsonNode rows = JSON.readTree(candles);
            for (int i = 0; i < Math.min(8, rows.size()); i++) {
                add(out, "candle", message("candle", rows.get(i)));
            }
        }
        for (String fills : info.getOrDefault("userFills", List.of())) {
            JsonNode rows = JSON.readTree(fills);
            for (int i = 0; i + 3 <= Math.min(24, rows.size()); i += 3) {
                ArrayNode some = JSON.createArrayNode();
                ArrayNode trades = JSON.createArrayNode();
                for (int k = i; k < i + 3; k++) {
                    some.add(rows.get(k));
                    JsonNode f = rows.get(k);
                    trades.add(JSON.createObjectNode().put("coin", f.path("coin").asText())
                            .put("side", f.path("side").asText()).put("px", f.path("px").asText())
                            .put("sz", f.path("sz").asText()).put("hash", f.path("hash").asText())
                            .put("time", f.path("time").asLong()).put("tid", f.path("tid").asLong()));
                }
                ObjectNode data = JSON.createObjectNode().put("isSnapshot", i == 0).put("user", "0xb7b6f3cea3f66bf525f5d8f965f6dbf6d9b017b2");
                data.set("fills", some);
                add(out, "userFills", message("userFills", data));
                add(out, "user", message("user", JSON.createObjectNode().set("fills", some)));
                add(out, "trades", message("trades", trades));
            }
        }
        for (String orders : info.getOrDefault("historicalOrders", List.of())) {
            add(out, "orderUpdates", message("orderUpdates", JSON.readTree(orders)));
        }
        for (String funding : info.getOrDefault("userFunding", List.of())) {
            JsonNode rows = JSON.readTree(funding);
            for (int i = 0; i < Math.min(4, rows.size()); i++) {
                JsonNode d = rows.get(i).path("delta");
                ObjectNode f = JSON.createObjectNode().put("time", rows.get(i).path("time").asLong())
                        .put("coin", d.path("coin").asText()).put("usdc", d.path("usdc").asText())
                        .put("szi", d.path("szi").asText()).put("fundingRate", d.path("fundingRate").asText());
                add(out, "user", message("user", JSON.createObjectNode().set("funding", f)));
            }
        }
        add(out, "subscriptionResponse", "{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"subscribe\","
                + "\"subscription\":{\"type\":\"l2Book\",\"coin\":\"BTC\"}}}");
        add(out, "pong", "{\"channel\":\"pong\"}");
        add(out, "error", "{\"channel\":\"error\",\"data\":\"Invalid subscription\"}");
        return out;
    }

    private static String message(String channel, JsonNode data) {
        ObjectNode m = JSON.createObjectNode().put("channel", channel);
        m.set("data", data);
        return m.toString();
    }

    private static void add(Map<String, List<String>> out, String channel, String message) {
        out.computeIfAbsent(channel, k -> new ArrayList<>()).add(message);
    }
}
