package io.trader.venue.hyperliquid.exec;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure mapping of Hyperliquid JSON (exchange responses, info replies, user-stream payloads) into this layer's
 * records. Prices and sizes are read as exact decimals. A payload that does not have the documented shape throws
 * {@link IllegalArgumentException} naming the missing part; the venue shell turns that into an unknown outcome.
 * Impossible values are refused the same way, as a {@link HyperliquidPayloadException} with its reason: fill prices
 * and sizes, order limit prices, average fill prices and mids that are not positive, order sizes below zero, venue
 * times outside 1970..2100, and numbers longer than 64 characters or with an exponent beyond +-64 (parsing longer
 * digit strings is quadratic and rescaling {@code 1e999999999} never ends).
 */
public final class HyperliquidAdapters {

    private HyperliquidAdapters() {
    }

    /**
     * The per-entry outcome of an {@code /exchange} response for an action of {@code count} orders/cancels/modifies.
     * A whole-request refusal ({@code {"status":"err","response":msg}}) becomes {@code count} identical errors; a
     * {@code default} response (modify, leverage, scheduleCancel) {@code count} successes. A single error for a
     * larger batch (the venue's pre-validation refusing the whole batch) applies to every entry; other missing entries
     * are errors ({@link HyperliquidErrorCode#REJECTED}).
     */
    public static List<ActionStatus> statuses(JsonNode body, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        if (body == null || !body.isObject() || !body.path("status").isTextual()) {
            throw new IllegalArgumentException("exchange response without status");
        }
        if (!"ok".equals(body.get("status").asText())) {
            JsonNode r = body.path("response");
            String msg = clip(r.isTextual() ? r.asText() : r.toString());
            return Collections.nCopies(count, new ActionStatus.Error(HyperliquidErrorAdapter.classify(msg), msg));
        }
        JsonNode response = body.path("response");
        JsonNode statuses = response.path("data").path("statuses");
        if (!statuses.isArray()) {
            if (response.path("type").isTextual()) {
                return Collections.nCopies(count, new ActionStatus.Success());
            }
            throw new IllegalArgumentException("exchange response without response.data.statuses");
        }
        if (statuses.size() == 1 && count > 1 && statuses.get(0).has("error")) {
            return Collections.nCopies(count, status(statuses.get(0)));
        }
        List<ActionStatus> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(i < statuses.size() ? status(statuses.get(i))
                    : new ActionStatus.Error(HyperliquidErrorCode.REJECTED, "no status returned for entry " + i));
        }
        return List.copyOf(out);
    }

    /** One {@code statuses[i]} entry. */
    public static ActionStatus status(JsonNode s) {
        if (s.isTextual()) {
            return "success".equals(s.asText()) ? new ActionStatus.Success() : new ActionStatus.Waiting(s.asText());
        }
        if (s.has("resting")) {
            return new ActionStatus.Resting(longOf(s.get("resting"), "oid"));
        }
        if (s.has("filled")) {
            JsonNode f = s.get("filled");
            return new ActionStatus.Filled(longOf(f, "oid"), size(decimal(f, "totalSz"), "totalSz"),
                    price(decimal(f, "avgPx"), "avgPx"));
        }
        if (s.has("error")) {
            String msg = clip(s.get("error").asText());
            return new ActionStatus.Error(HyperliquidErrorAdapter.classify(msg), msg);
        }
        if (s.has("success")) {
            return new ActionStatus.Success();
        }
        throw new IllegalArgumentException("unknown status entry " + clip(s.toString()));
    }

    /** A fill row ({@code WsFill} or an info {@code userFills} row). */
    public static HyperliquidFill fill(JsonNode f) {
        return new HyperliquidFill(text(f, "coin"), price(decimal(f, "px"), "px"), size(decimal(f, "sz"), "sz"), side(f),
                time(longOf(f, "time"), "time"),
                longOf(f, "oid"), f.path("tid").asLong(0), optText(f, "hash"), f.path("crossed").asBoolean(false),
                f.hasNonNull("fee") ? decimal(f, "fee") : BigDecimal.ZERO, optText(f, "cloid"));
    }

    /** An array of fill rows (info {@code userFills} / {@code userFillsByTime}, or the {@code fills} of a stream message). */
    public static List<HyperliquidFill> fills(JsonNode arr) {
        requireArray(arr, "fills");
        List<HyperliquidFill> out = new ArrayList<>(arr.size());
        arr.forEach(f -> out.add(fill(f)));
        return List.copyOf(out);
    }

    /** The {@code data} of a {@code userFills} stream message ({@code {user, isSnapshot?, fills}}). */
    public static List<HyperliquidFill> userFillsMessage(JsonNode data) {
        return fills(data.path("fills"));
    }

    /** True for the snapshot a {@code userFills} subscription starts with. */
    public static boolean isSnapshot(JsonNode data) {
        return data.path("isSnapshot").asBoolean(false);
    }

    /** The {@code data} of an {@code orderUpdates} message (also the rows of {@code historicalOrders}). */
    public static List<HyperliquidOrderUpdate> orderUpdates(JsonNode arr) {
        requireArray(arr, "orderUpdates");
        List<HyperliquidOrderUpdate> out = new ArrayList<>(arr.size());
        for (JsonNode u : arr) {
            JsonNode o = u.path("order");
            if (!o.isObject()) {
                throw new IllegalArgumentException("order update without order");
            }
            out.add(new HyperliquidOrderUpdate(text(o, "coin"), side(o), price(decimal(o, "limitPx"), "limitPx"),
                    remaining(decimal(o, "sz")), longOf(o, "oid"), optTime(o, "timestamp"), optDecimal(o, "origSz"),
                    optText(o, "cloid"), text(u, "status"), optTime(u, "statusTimestamp")));
        }
        return List.copyOf(out);
    }

    /** One order of {@code openOrders} / {@code frontendOpenOrders} / {@code orderStatus}. */
    public static HyperliquidOpenOrder openOrder(JsonNode o) {
        return new HyperliquidOpenOrder(text(o, "coin"), side(o), price(decimal(o, "limitPx"), "limitPx"),
                remaining(decimal(o, "sz")), optDecimal(o, "origSz"), longOf(o, "oid"), optText(o, "cloid"),
                optTime(o, "timestamp"),
                o.path("reduceOnly").asBoolean(false), optText(o, "tif"), o.path("isTrigger").asBoolean(false),
                optDecimal(o, "triggerPx"));
    }

    /** An {@code openOrders} / {@code frontendOpenOrders} reply. */
    public static List<HyperliquidOpenOrder> openOrders(JsonNode arr) {
        requireArray(arr, "openOrders");
        List<HyperliquidOpenOrder> out = new ArrayList<>(arr.size());
        arr.forEach(o -> out.add(openOrder(o)));
        return List.copyOf(out);
    }

    /** An {@code orderStatus} reply. */
    public static HyperliquidOrderStatus orderStatus(JsonNode body) {
        String status = body.path("status").asText("");
        if ("unknownOid".equals(status)) {
            return new HyperliquidOrderStatus.Missing();
        }
        JsonNode wrapper = body.path("order");
        if (!"order".equals(status) || !wrapper.path("order").isObject()) {
            throw new IllegalArgumentException("orderStatus reply of unknown shape");
        }
        return new HyperliquidOrderStatus.Found(openOrder(wrapper.get("order")), text(wrapper, "status"),
                optTime(wrapper, "statusTimestamp"));
    }

    /** A {@code clearinghouseState} reply; positions of size zero are left out. */
    public static HyperliquidAccount account(JsonNode body) {
        JsonNode arr = body.path("assetPositions");
        requireArray(arr, "assetPositions");
        List<HyperliquidAccount.Position> positions = new ArrayList<>();
        for (JsonNode ap : arr) {
            JsonNode p = ap.path("position");
            BigDecimal szi = decimal(p, "szi");
            if (szi.signum() == 0) {
                continue;
            }
            JsonNode lev = p.path("leverage");
            positions.add(new HyperliquidAccount.Position(text(p, "coin"), szi, optDecimal(p, "entryPx"),
                    optDecimal(p, "unrealizedPnl"), lev.path("value").asInt(0),
                    !"isolated".equals(lev.path("type").asText("cross"))));
        }
        JsonNode summary = body.path("marginSummary");
        return new HyperliquidAccount(positions, optDecimal(summary, "accountValue"),
                optDecimal(summary, "totalMarginUsed"), optDecimal(body, "withdrawable"), body.path("time").asLong(0));
    }

    /** An {@code allMids} reply: coin to mid. */
    public static Map<String, BigDecimal> mids(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("allMids reply is not an object");
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        body.fields().forEachRemaining(e -> out.put(e.getKey(), price(decimal(body, e.getKey()), "mid")));
        return Collections.unmodifiableMap(out);
    }

    private static Side side(JsonNode n) {
        String s = text(n, "side");
        return switch (s) {
            case "B" -> Side.BUY;
            case "A" -> Side.SELL;
            default -> throw new IllegalArgumentException("side must be B or A: " + s);
        };
    }

    private static void requireArray(JsonNode n, String what) {
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException(what + " is not an array");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asText();
    }

    private static String optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static long longOf(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToLong()) {
            throw new IllegalArgumentException("missing integer " + field);
        }
        return v.asLong();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            throw new IllegalArgumentException("missing decimal " + field);
        }
        String text = v.asText();
        if (text.isEmpty() || text.length() > MAX_DECIMAL_CHARS) {
            throw new HyperliquidPayloadException(HyperliquidPayloadException.Reason.BAD_NUMBER,
                    field + " of " + text.length() + " characters");
        }
        BigDecimal d;
        try {
            d = v.isNumber() ? v.decimalValue() : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new HyperliquidPayloadException(HyperliquidPayloadException.Reason.BAD_NUMBER,
                    "not a decimal: " + field + "=" + text);
        }
        if (d.precision() > MAX_DECIMAL_CHARS || Math.abs(d.scale()) > MAX_DECIMAL_CHARS) {
            throw new HyperliquidPayloadException(HyperliquidPayloadException.Reason.BAD_NUMBER, field + " out of range");
        }
        return d;
    }

    /** At most 300 characters of a venue text (error messages are logged and stored; never a whole body). */
    private static String clip(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
    }

    /** Longest decimal text read, and the largest precision and |scale| accepted. */
    static final int MAX_DECIMAL_CHARS = 64;
    /** Latest venue time accepted: 2100-01-01T00:00:00Z in epoch ms. */
    static final long MAX_TIME = 4_102_444_800_000L;

    private static BigDecimal price(BigDecimal v, String field) {
        if (v.signum() <= 0) {
            throw new HyperliquidPayloadException(HyperliquidPayloadException.Reason.NON_POSITIVE_PRICE,
                    field + " " + v.toPlainString());
        }
        return v;
    }

    private static BigDecimal size(BigDecimal v, String field) {
        if (v.signum() <= 0) {
            throw new HyperliquidPayloadException(HyperliquidPayloadException.Reason.NON_POSITIVE_SIZE,
                    field + " " + v.toPlainString());
        }
        return v;
    }

    /** An order's remaining size: zero once filled or cancelled, never negative. */
    private static BigDecimal remaining(BigDecimal v) {
        if (v.signum() < 0) {
            throw new HyperliquidPayloadException(HyperliquidPayloadException.Reason.NON_POSITIVE_SIZE,
                    "sz " + v.toPlainString());
        }
        return v;
    }

    private static long time(long t, String field) {
        if (t < 1 || t > MAX_TIME) {
            throw new HyperliquidPayloadException(HyperliquidPayloadException.Reason.BAD_TIME, field + " " + t);
        }
        return t;
    }

    /** An optional venue time: 0 when absent, else within 1970..2100. */
    private static long optTime(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? 0 : time(v.asLong(0), field);
    }

    private static BigDecimal optDecimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : decimal(n, field);
    }
}
