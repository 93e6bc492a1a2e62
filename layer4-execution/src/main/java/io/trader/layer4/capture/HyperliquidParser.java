package io.trader.layer4.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.domain.InstrumentSpec;
import io.trader.layer4.core.book.MarketEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hyperliquid WebSocket market data for the book simulator: {@code l2Book} messages (a full snapshot each,
 * {@code {"channel":"l2Book","data":{"coin","time","levels":[[bids],[asks]]}}}, each level {@code {px, sz, n}})
 * become {@link MarketEvent.Snapshot}s whose id is the book's {@code time} (so an older snapshot is stale), and
 * {@code trades} messages ({@code data: [{coin, side, px, sz, time, ...}]}, side {@code B} = the buyer took, {@code A}
 * = the seller took) become {@link MarketEvent.Trade}s. Prices and sizes are exact decimals turned into the
 * instrument's ticks and lots; a message with any bad part is dropped whole and counted by reason (invalid_json,
 * missing_field, bad_value, bad_number, precision, non_positive_price, non_positive_size, bad_book, bad_time); a
 * message for another coin or channel is ignored (counted as other_coin / other_channel). Not thread-safe.
 */
public final class HyperliquidParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 1970 .. 2100 in ms. */
    private static final long MAX_TIME_MS = 4_102_444_800_000L;

    /** A dropped message, with its reason. */
    private static final class Bad extends RuntimeException {
        final String reason;

        Bad(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }

    private final InstrumentSpec spec;
    private final String coin;
    private final Map<String, Long> dropped = new TreeMap<>();

    /** @param coin the Hyperliquid coin name ({@code BTC}); {@code spec} gives its tick and lot scales */
    public HyperliquidParser(String coin, InstrumentSpec spec) {
        this.coin = coin;
        this.spec = spec;
    }

    /** A Hyperliquid perp's scales: sizes with {@code szDecimals}, prices with at most {@code 6 - szDecimals}. */
    public static InstrumentSpec perp(String coin, int szDecimals) {
        return new InstrumentSpec(coin, 6 - szDecimals, szDecimals);
    }

    /** The events of one WebSocket message received at {@code recvNs}; empty when it was dropped or ignored. */
    public List<MarketEvent> parse(long recvNs, String message) {
        try {
            JsonNode root = JSON.readTree(message);
            if (root == null || !root.isObject()) {
                throw new Bad("invalid_json");
            }
            String channel = text(root, "channel");
            JsonNode data = field(root, "data");
            return switch (channel) {
                case "l2Book" -> {
                    MarketEvent.Snapshot s = book(recvNs, data);
                    yield s == null ? List.of() : List.of(s);
                }
                case "trades" -> trades(recvNs, data);
                default -> ignore("other_channel");
            };
        } catch (JsonProcessingException e) {
            return drop("invalid_json");
        } catch (Bad e) {
            return drop(e.reason);
        }
    }

    /**
     * One {@code l2Book} payload ({@code data} of the WebSocket message, or the {@code /info} l2Book answer) as a
     * snapshot; null when dropped or for another coin.
     */
    public MarketEvent.Snapshot parseBook(long recvNs, String payload) {
        try {
            return book(recvNs, JSON.readTree(payload));
        } catch (JsonProcessingException e) {
            drop("invalid_json");
            return null;
        } catch (Bad e) {
            drop(e.reason);
            return null;
        }
    }

    /** Messages dropped or ignored, by reason. */
    public Map<String, Long> dropped() {
        return Map.copyOf(dropped);
    }

    private MarketEvent.Snapshot book(long recvNs, JsonNode data) {
        if (data == null || !data.isObject()) {
            throw new Bad("bad_value");
        }
        if (!coin.equals(text(data, "coin"))) {
            ignore("other_coin");
            return null;
        }
        long time = time(data);
        JsonNode levels = field(data, "levels");
        if (!levels.isArray() || levels.size() != 2) {
            throw new Bad("bad_value");
        }
        long[][] bids = side(levels.get(0));
        long[][] asks = side(levels.get(1));
        checkSorted(bids[0], -1);
        checkSorted(asks[0], 1);
        if (bids[0].length > 0 && asks[0].length > 0 && bids[0][0] >= asks[0][0]) {
            throw new Bad("bad_book");
        }
        return new MarketEvent.Snapshot(recvNs, time, bids[0], bids[1], asks[0], asks[1]);
    }

    private long[][] side(JsonNode levels) {
        if (!levels.isArray()) {
            throw new Bad("bad_value");
        }
        long[] ticks = new long[levels.size()];
        long[] lots = new long[levels.size()];
        for (int i = 0; i < ticks.length; i++) {
            JsonNode level = levels.get(i);
            if (!level.isObject()) {
                throw new Bad("bad_value");
            }
            ticks[i] = decimal(text(level, "px"), spec.priceScale(), "non_positive_price");
            lots[i] = decimal(text(level, "sz"), spec.qtyScale(), "non_positive_size");
        }
        return new long[][] {ticks, lots};
    }

    /** Bids strictly descending (direction -1), asks strictly ascending (+1). */
    private static void checkSorted(long[] ticks, int direction) {
        for (int i = 1; i < ticks.length; i++) {
            if (Long.compare(ticks[i], ticks[i - 1]) != direction) {
                throw new Bad("bad_book");
            }
        }
    }

    private List<MarketEvent> trades(long recvNs, JsonNode data) {
        if (!data.isArray()) {
            throw new Bad("bad_value");
        }
        List<MarketEvent> out = new ArrayList<>(data.size());
        for (JsonNode t : data) {
            if (!t.isObject()) {
                throw new Bad("bad_value");
            }
            if (!coin.equals(text(t, "coin"))) {
                continue;
            }
            String side = text(t, "side");
            if (!side.equals("A") && !side.equals("B")) {
                throw new Bad("bad_value");
            }
            long px = decimal(text(t, "px"), spec.priceScale(), "non_positive_price");
            long sz = decimal(text(t, "sz"), spec.qtyScale(), "non_positive_size");
            out.add(new MarketEvent.Trade(recvNs, time(t), px, sz, side.equals("A")));
        }
        if (out.isEmpty() && !data.isEmpty()) {
            return ignore("other_coin");
        }
        return out;
    }

    private static long time(JsonNode node) {
        JsonNode t = field(node, "time");
        if (!t.canConvertToLong() || !t.isIntegralNumber()) {
            throw new Bad("bad_value");
        }
        long ms = t.asLong();
        if (ms < 0 || ms > MAX_TIME_MS) {
            throw new Bad("bad_time");
        }
        return ms;
    }

    /** A positive decimal string on the scale's grid, as a long of 10^-scale units. */
    private static long decimal(String s, int scale, String nonPositive) {
        if (s.isEmpty() || s.length() > 64) {
            throw new Bad("bad_number");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && !(c == '-' && i == 0)) {
                throw new Bad("bad_number"); // no exponents, no signs but a leading minus
            }
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new Bad("bad_number");
        }
        if (v.signum() <= 0) {
            throw new Bad(nonPositive);
        }
        try {
            return v.setScale(scale, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new Bad("precision");
        }
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new Bad("missing_field");
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isTextual()) {
            throw new Bad("bad_value");
        }
        return v.asText();
    }

    private List<MarketEvent> drop(String reason) {
        dropped.merge(reason, 1L, Long::sum);
        return List.of();
    }

    private List<MarketEvent> ignore(String reason) {
        dropped.merge(reason, 1L, Long::sum);
        return List.of();
    }
}
