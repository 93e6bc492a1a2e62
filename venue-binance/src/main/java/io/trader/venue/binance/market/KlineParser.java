package io.trader.venue.binance.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Parses Binance klines exactly (prices as {@link BigDecimal}, never a binary double): the arrays of
 * {@code GET /api/v3/klines} ({@code [openTime, open, high, low, close, volume, closeTime, quoteVolume, trades,
 * takerBuyBase, takerBuyQuote, ignore]}) and the {@code kline} events of the market streams, raw or wrapped in the
 * combined stream's {@code {"stream":..,"data":..}}. A malformed message or row is returned as a
 * {@link KlineMessage.Rejected} (REST rows: handed to the reject callback) and never thrown. Pure and thread-safe.
 */
public final class KlineParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KlineParser() {
    }

    /** One websocket text message. */
    public static KlineMessage parseEvent(byte[] utf8) {
        JsonNode root;
        try {
            root = JSON.readTree(utf8);
        } catch (IOException e) {
            return new KlineMessage.Rejected(KlineReject.NOT_JSON, "unparsable");
        }
        if (root == null || !root.isObject()) {
            return new KlineMessage.Rejected(KlineReject.NOT_JSON, "not an object");
        }
        if (root.has("result") && root.has("id")) {
            return new KlineMessage.Ignored("subscription answer " + root.path("id").asText());
        }
        JsonNode event = root.has("data") ? root.get("data") : root;
        if (!event.isObject()) {
            return new KlineMessage.Rejected(KlineReject.NOT_JSON, "data is not an object");
        }
        String type = event.path("e").asText("");
        if (!"kline".equals(type)) {
            return new KlineMessage.Rejected(type.isEmpty() ? KlineReject.MISSING_FIELD : KlineReject.OTHER_EVENT,
                    "event " + type);
        }
        JsonNode k = event.get("k");
        if (k == null || !k.isObject()) {
            return new KlineMessage.Rejected(KlineReject.MISSING_FIELD, "k");
        }
        try {
            String symbol = text(k, "s").toUpperCase(Locale.ROOT);
            Kline kline = new Kline(symbol, text(k, "i"), time(k.get("t"), "t"), time(k.get("T"), "T"),
                    dec(k.get("o"), "o"), dec(k.get("h"), "h"), dec(k.get("l"), "l"), dec(k.get("c"), "c"),
                    dec(k.get("v"), "v"), k.path("n").asLong(0), bool(k.get("x")));
            return new KlineMessage.Update(kline);
        } catch (Bad e) {
            return new KlineMessage.Rejected(e.reason, e.getMessage());
        }
    }

    /**
     * The rows of a {@code GET /api/v3/klines} answer for {@code symbol} and {@code interval}, in the venue's order;
     * a row is final when its close time is before {@code now}. Malformed rows go to {@code rejects}.
     */
    public static List<Kline> parseRest(JsonNode body, String symbol, String interval, long now,
                                        Consumer<KlineMessage.Rejected> rejects) {
        List<Kline> out = new ArrayList<>();
        if (body == null || !body.isArray()) {
            rejects.accept(new KlineMessage.Rejected(KlineReject.NOT_JSON, "klines answer is not an array"));
            return out;
        }
        for (JsonNode row : body) {
            if (!row.isArray() || row.size() < 9) {
                rejects.accept(new KlineMessage.Rejected(KlineReject.MISSING_FIELD, "row of " + row.size()
                        + " fields"));
                continue;
            }
            try {
                long close = time(row.get(6), "closeTime");
                out.add(new Kline(symbol, interval, time(row.get(0), "openTime"), close, dec(row.get(1), "open"),
                        dec(row.get(2), "high"), dec(row.get(3), "low"), dec(row.get(4), "close"),
                        dec(row.get(5), "volume"), row.get(8).asLong(0), close < now));
            } catch (Bad e) {
                rejects.accept(new KlineMessage.Rejected(e.reason, e.getMessage()));
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new Bad(KlineReject.MISSING_FIELD, field);
        }
        return v.asText();
    }

    private static long time(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            throw new Bad(KlineReject.MISSING_FIELD, field);
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new Bad(KlineReject.BAD_NUMBER, field);
        }
        return v.asLong();
    }

    private static BigDecimal dec(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            throw new Bad(KlineReject.MISSING_FIELD, field);
        }
        if (!v.isTextual()) {
            // Binance sends every price and quantity as a string; a JSON number could have passed a double
            throw new Bad(KlineReject.BAD_NUMBER, field + " is not a decimal string");
        }
        try {
            return new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            throw new Bad(KlineReject.BAD_NUMBER, field + " '" + v.asText() + "'");
        }
    }

    private static boolean bool(JsonNode v) {
        if (v == null || !v.isBoolean()) {
            throw new Bad(KlineReject.MISSING_FIELD, "x");
        }
        return v.asBoolean();
    }

    /** A malformed field, with its reason; caught inside the parser only. */
    private static final class Bad extends RuntimeException {
        final KlineReject reason;

        Bad(KlineReject reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }
}
