package io.trader.venue.kraken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Kraken's REST answers ({@code {"error":[...],"result":{...}}}) into {@link KrakenDto} values. Numbers are
 * read as exact decimals (floats in the JSON, e.g. times, through {@link BigDecimal} too). A malformed entry of a
 * list is dropped and counted by reason; a malformed envelope is an {@link IllegalArgumentException}.
 */
public final class KrakenWire {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private KrakenWire() {
    }

    /** The envelope: error strings and the result (a missing node when absent). */
    public record Envelope(List<String> errors, JsonNode result) {
        public Envelope {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return KrakenErrors.classify(errors) == null;
        }
    }

    public static Envelope envelope(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode err = root.path("error");
        List<String> errors = new ArrayList<>();
        if (err.isArray()) {
            err.forEach(e -> errors.add(e.asText()));
        } else if (!err.isMissingNode() && !err.isNull()) {
            throw new IllegalArgumentException("error is not an array");
        }
        JsonNode result = root.path("result");
        if (errors.isEmpty() && !result.isObject()) {
            throw new IllegalArgumentException("no result object");
        }
        return new Envelope(errors, result);
    }

    public static Map<String, KrakenDto.Pair> assetPairs(JsonNode result, MalformedCounter bad) {
        Map<String, KrakenDto.Pair> out = new LinkedHashMap<>();
        each(result, (name, p) -> out.put(name, new KrakenDto.Pair(name, text(p, "altname"),
                p.path("wsname").asText(null), text(p, "base"), text(p, "quote"), integer(p, "pair_decimals"),
                integer(p, "lot_decimals"), p.path("cost_decimals").asInt(0), decimal(p, "ordermin"),
                optDecimal(p, "costmin"), optDecimal(p, "tick_size"), p.path("status").asText("online"))),
                "asset pair", bad);
        return out;
    }

    /** Orders keyed by txid: {@code QueryOrders}' result, or the {@code open}/{@code closed} object of the lists. */
    public static List<KrakenDto.Order> orders(JsonNode byTxid, MalformedCounter bad) {
        List<KrakenDto.Order> out = new ArrayList<>();
        each(byTxid, (txid, o) -> {
            JsonNode d = o.path("descr");
            out.add(new KrakenDto.Order(txid, o.hasNonNull("cl_ord_id") ? o.get("cl_ord_id").asText() : null,
                    o.path("userref").asLong(0), text(o, "status"), text(d, "pair"), side(text(d, "type")),
                    text(d, "ordertype"), d.hasNonNull("price") ? decimal(d, "price") : BigDecimal.ZERO,
                    decimal(o, "vol"), decimal(o, "vol_exec"), decimal(o, "cost"), decimal(o, "fee"),
                    decimal(o, "price"), o.path("oflags").asText(""), millis(o.path("opentm")),
                    o.hasNonNull("closetm") ? millis(o.get("closetm")) : 0, o.path("reason").asText(null)));
        }, "order", bad);
        return out;
    }

    public static List<KrakenDto.Trade> trades(JsonNode byTradeId, MalformedCounter bad) {
        List<KrakenDto.Trade> out = new ArrayList<>();
        each(byTradeId, (id, t) -> {
            KrakenDto.Trade trade = new KrakenDto.Trade(id, text(t, "ordertxid"), text(t, "pair"),
                    millis(t.path("time")), t.path("time").decimalValue(), side(text(t, "type")),
                    t.path("ordertype").asText(""), decimal(t, "price"), decimal(t, "cost"), decimal(t, "fee"),
                    decimal(t, "vol"), t.path("maker").asBoolean(false));
            if (trade.price().signum() <= 0 || trade.volume().signum() <= 0) {
                throw new IllegalArgumentException("non-positive price or volume");
            }
            out.add(trade);
        }, "trade", bad);
        return out;
    }

    public static Map<String, BigDecimal> balance(JsonNode result, MalformedCounter bad) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        each(result, (asset, v) -> out.put(asset, exact(v)), "balance", bad);
        return out;
    }

    public static Map<String, KrakenDto.BalanceEntry> balanceEx(JsonNode result, MalformedCounter bad) {
        Map<String, KrakenDto.BalanceEntry> out = new LinkedHashMap<>();
        each(result, (asset, v) -> out.put(asset, new KrakenDto.BalanceEntry(asset, decimal(v, "balance"),
                v.has("hold_trade") ? decimal(v, "hold_trade") : BigDecimal.ZERO)), "balance", bad);
        return out;
    }

    public static Map<String, KrakenDto.Asset> assets(JsonNode result, MalformedCounter bad) {
        Map<String, KrakenDto.Asset> out = new LinkedHashMap<>();
        each(result, (name, a) -> out.put(name, new KrakenDto.Asset(name, text(a, "altname"), integer(a, "decimals"),
                a.path("display_decimals").asInt(0), a.path("status").asText("enabled"))), "asset", bad);
        return out;
    }

    /** The {@code ledger} object of {@code Ledgers}. */
    public static List<KrakenDto.LedgerEntry> ledgers(JsonNode byId, MalformedCounter bad) {
        List<KrakenDto.LedgerEntry> out = new ArrayList<>();
        each(byId, (id, l) -> out.add(new KrakenDto.LedgerEntry(id, text(l, "refid"), millis(l.path("time")),
                text(l, "type"), text(l, "asset"), decimal(l, "amount"), decimal(l, "fee"), decimal(l, "balance"))),
                "ledger", bad);
        return out;
    }

    public static KrakenDto.TradeBalance tradeBalance(JsonNode r) {
        return new KrakenDto.TradeBalance(decimal(r, "eb"), decimal(r, "tb"), decimal(r, "m"), decimal(r, "n"),
                decimal(r, "e"), decimal(r, "mf"));
    }

    public static KrakenDto.AddOrderResult addOrder(JsonNode r) {
        List<String> txids = new ArrayList<>();
        r.path("txid").forEach(t -> txids.add(t.asText()));
        if (txids.isEmpty()) {
            throw new IllegalArgumentException("AddOrder answer without txid");
        }
        return new KrakenDto.AddOrderResult(txids, r.path("descr").path("order").asText(""));
    }

    /** {@code CancelOrder}'s {@code count}: orders cancelled. */
    public static int cancelCount(JsonNode r) {
        if (!r.path("count").canConvertToInt()) {
            throw new IllegalArgumentException("CancelOrder answer without count");
        }
        return r.get("count").asInt();
    }

    /** A venue time (seconds with fraction, number or string) as epoch ms, floored. */
    public static long millis(JsonNode t) {
        BigDecimal s = exact(t);
        return s.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private interface EntryParser {
        void parse(String key, JsonNode value);
    }

    private static void each(JsonNode obj, EntryParser parser, String what, MalformedCounter bad) {
        if (obj == null || !obj.isObject()) {
            if (obj != null && !obj.isMissingNode() && !obj.isNull()) {
                throw new IllegalArgumentException(what + " list is not an object");
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                parser.parse(e.getKey(), e.getValue());
            } catch (RuntimeException ex) {
                bad.drop(what + ": " + ex.getMessage());
            }
        }
    }

    private static String side(String s) {
        if (!"buy".equals(s) && !"sell".equals(s)) {
            throw new IllegalArgumentException("bad side");
        }
        return s;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asInt();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        try {
            return exact(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad " + field);
        }
    }

    private static BigDecimal optDecimal(JsonNode n, String field) {
        return n.hasNonNull(field) ? decimal(n, field) : null;
    }

    private static BigDecimal exact(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            return new BigDecimal(v.asText());
        }
        throw new IllegalArgumentException("not a number");
    }
}
