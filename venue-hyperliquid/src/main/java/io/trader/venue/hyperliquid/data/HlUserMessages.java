package io.trader.venue.hyperliquid.data;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Pure parsers of the user streams ({@code orderUpdates}, {@code userFills}, {@code user}) and of the info rows of
 * the same shape ({@code userFills}, {@code historicalOrders}). Throw {@link HlMalformedException}.
 */
public final class HlUserMessages {

    /** Most rows in one fills or order-updates payload (the venue returns at most 2,000). */
    static final int MAX_ROWS = 2_000;

    private HlUserMessages() {
    }

    private static void rows(JsonNode arr, String what) {
        if (arr.size() > MAX_ROWS) {
            throw HlMalformedException.of(HlMalformed.TOO_LARGE, arr.size() + " " + what);
        }
    }

    /** An info {@code userFills}/{@code userFillsByTime} body: an array of fills. */
    public static List<HlFill> fills(String json) {
        try {
            return fills(HlJson.read(json));
        } catch (Exception e) {
            throw HlInfoParser.rethrow(e);
        }
    }

    /** An array of {@code {order, status, statusTimestamp}} (websocket {@code orderUpdates}, info {@code historicalOrders}). */
    public static List<HlOrderUpdate> orderUpdates(String json) {
        try {
            return orderUpdates(HlJson.read(json));
        } catch (Exception e) {
            throw HlInfoParser.rethrow(e);
        }
    }

    static List<HlOrderUpdate> orderUpdates(JsonNode data) {
        HlJson.array(data, "orderUpdates");
        rows(data, "order updates");
        List<HlOrderUpdate> out = new ArrayList<>(data.size());
        for (JsonNode u : data) {
            JsonNode o = HlJson.object(HlJson.field(HlJson.object(u, "order update"), "order"), "order");
            out.add(HlChecks.orderUpdate(new HlOrderUpdate(HlJson.text(o, "coin"), HlJson.side(o, "side"), HlJson.decimal(o, "limitPx"),
                    HlJson.decimal(o, "sz"), HlJson.longOf(o, "oid"), HlJson.longOf(o, "timestamp"),
                    HlJson.optDecimal(o, "origSz"), HlJson.optText(o, "cloid"), HlJson.text(u, "status"),
                    HlJson.longOf(u, "statusTimestamp"))));
        }
        return out;
    }

    static HlUserFills userFills(JsonNode data) {
        HlJson.object(data, "userFills");
        return new HlUserFills(HlJson.optText(data, "user"), HlJson.optBool(data, "isSnapshot"),
                fills(HlJson.field(data, "fills")));
    }

    static HlUserEvent userEvent(JsonNode data) {
        HlJson.object(data, "user event");
        if (data.has("fills")) {
            return new HlUserEvent.Fills(fills(HlJson.field(data, "fills")));
        }
        if (data.has("funding")) {
            JsonNode f = HlJson.object(data.get("funding"), "funding");
            HlChecks.time(HlJson.longOf(f, "time"), "funding time");
            return new HlUserEvent.Funding(HlJson.longOf(f, "time"), HlJson.text(f, "coin"), HlJson.decimal(f, "usdc"),
                    HlJson.decimal(f, "szi"), HlJson.decimal(f, "fundingRate"));
        }
        if (data.has("liquidation")) {
            JsonNode l = HlJson.object(data.get("liquidation"), "liquidation");
            return new HlUserEvent.Liquidation(HlJson.longOf(l, "lid"), HlJson.text(l, "liquidator"),
                    HlJson.text(l, "liquidated_user"), HlJson.decimal(l, "liquidated_ntl_pos"),
                    HlJson.decimal(l, "liquidated_account_value"));
        }
        if (data.has("nonUserCancel")) {
            JsonNode arr = HlJson.array(data.get("nonUserCancel"), "nonUserCancel");
            List<HlUserEvent.CancelledOrder> cancels = new ArrayList<>(arr.size());
            for (JsonNode c : arr) {
                cancels.add(new HlUserEvent.CancelledOrder(HlJson.text(c, "coin"), HlJson.longOf(c, "oid")));
            }
            return new HlUserEvent.NonUserCancel(cancels);
        }
        throw HlMalformedException.of(HlMalformed.BAD_VALUE, "user event of unknown kind");
    }

    static List<HlFill> fills(JsonNode arr) {
        HlJson.array(arr, "fills");
        rows(arr, "fills");
        List<HlFill> out = new ArrayList<>(arr.size());
        for (JsonNode f : arr) {
            HlJson.object(f, "fill");
            out.add(HlChecks.fill(new HlFill(HlJson.text(f, "coin"), HlJson.decimal(f, "px"), HlJson.decimal(f, "sz"),
                    HlJson.side(f, "side"), HlJson.longOf(f, "time"), HlJson.optDecimal(f, "startPosition"),
                    HlJson.optText(f, "dir"), HlJson.optDecimal(f, "closedPnl"), HlJson.optText(f, "hash"),
                    HlJson.longOf(f, "oid"), HlJson.optBool(f, "crossed"), HlJson.decimal(f, "fee"),
                    HlJson.optText(f, "feeToken"), HlJson.optLong(f, "tid", 0), HlJson.optText(f, "cloid"),
                    HlJson.optDecimal(f, "builderFee"))));
        }
        return out;
    }
}
