package io.trader.venue.binance;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.core.domain.InstrumentSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure mapping from Binance JSON to {@link BinanceWire} values and instruments. A message missing a required
 * field throws {@link IllegalArgumentException} (the caller counts it as malformed and drops it).
 */
public final class BinanceAdapters {

    private BinanceAdapters() {
    }

    /** The TRADING symbols of {@code exchangeInfo} with their filters. */
    public static List<BinanceInstrument> instruments(JsonNode exchangeInfo) {
        List<BinanceInstrument> out = new ArrayList<>();
        for (JsonNode s : exchangeInfo.path("symbols")) {
            if (!"TRADING".equals(s.path("status").asText("TRADING"))) {
                continue;
            }
            BigDecimal tick = null;
            BigDecimal minPrice = null;
            BigDecimal step = null;
            BigDecimal minQty = null;
            BigDecimal minNotional = null;
            for (JsonNode f : s.path("filters")) {
                switch (f.path("filterType").asText()) {
                    case "PRICE_FILTER" -> {
                        tick = dec(f, "tickSize");
                        minPrice = dec(f, "minPrice");
                    }
                    case "LOT_SIZE" -> {
                        step = dec(f, "stepSize");
                        minQty = dec(f, "minQty");
                    }
                    case "NOTIONAL", "MIN_NOTIONAL" -> minNotional = dec(f, "minNotional");
                    default -> {
                    }
                }
            }
            if (tick == null || step == null || tick.signum() <= 0 || step.signum() <= 0) {
                continue;
            }
            InstrumentSpec spec = new InstrumentSpec(text(s, "symbol"), BinanceInstrument.scaleOf(tick),
                    BinanceInstrument.scaleOf(step));
            out.add(new BinanceInstrument(spec, s.path("baseAsset").asText(""), s.path("quoteAsset").asText(""),
                    tick, minPrice, step, minQty, minNotional));
        }
        return out;
    }

    /** The declared {@code rateLimits} of {@code exchangeInfo}. */
    public static List<BinanceRateLimit> rateLimits(JsonNode exchangeInfo) {
        List<BinanceRateLimit> out = new ArrayList<>();
        for (JsonNode l : exchangeInfo.path("rateLimits")) {
            out.add(new BinanceRateLimit(text(l, "rateLimitType"), text(l, "interval"), l.path("intervalNum").asInt(1),
                    l.path("limit").asLong()));
        }
        return out;
    }

    /** An order object (new-order RESULT/FULL, query, cancel, openOrders entry). */
    public static BinanceWire.Order order(JsonNode o) {
        List<BinanceWire.Trade> fills = new ArrayList<>();
        String symbol = text(o, "symbol");
        long orderId = o.path("orderId").asLong(-1);
        long time = o.path("updateTime").asLong(o.path("transactTime").asLong(o.path("time").asLong(0)));
        for (JsonNode f : o.path("fills")) {
            fills.add(new BinanceWire.Trade(symbol, f.path("tradeId").asLong(-1), orderId, dec(f, "price"),
                    dec(f, "qty"), dec(f, "commission"), f.path("commissionAsset").asText(""), false, time));
        }
        String clientId = o.hasNonNull("origClientOrderId") && "CANCELED".equals(o.path("status").asText())
                ? o.path("origClientOrderId").asText() : text(o, "clientOrderId");
        return new BinanceWire.Order(symbol, orderId, clientId, text(o, "status"), o.path("side").asText(""),
                o.path("type").asText(""), o.path("timeInForce").asText(""), dec(o, "price"), dec(o, "origQty"),
                dec(o, "executedQty"), dec(o, "cummulativeQuoteQty"), time, fills);
    }

    /** One {@code myTrades} row. */
    public static BinanceWire.Trade trade(JsonNode t) {
        return new BinanceWire.Trade(text(t, "symbol"), t.path("id").asLong(-1), t.path("orderId").asLong(-1),
                dec(t, "price"), dec(t, "qty"), dec(t, "commission"), t.path("commissionAsset").asText(""),
                t.path("isMaker").asBoolean(false), t.path("time").asLong(0));
    }

    /** A user-data {@code executionReport} event ({@code e} must be {@code executionReport}). */
    public static BinanceWire.ExecutionReport executionReport(JsonNode e) {
        if (!"executionReport".equals(e.path("e").asText())) {
            throw new IllegalArgumentException("not an executionReport: " + e.path("e").asText());
        }
        String execType = text(e, "x");
        String orig = e.path("C").asText("");
        String clientId = orig.isEmpty() || "null".equals(orig) ? text(e, "c") : orig;
        BinanceWire.Trade trade = null;
        if ("TRADE".equals(execType)) {
            trade = new BinanceWire.Trade(text(e, "s"), e.path("t").asLong(-1), e.path("i").asLong(-1), dec(e, "L"),
                    dec(e, "l"), dec(e, "n"), e.path("N").asText(""), e.path("m").asBoolean(false),
                    e.path("T").asLong(0));
        }
        return new BinanceWire.ExecutionReport(text(e, "s"), clientId, e.path("i").asLong(-1), text(e, "S"), execType,
                text(e, "X"), e.path("r").asText("NONE"), dec(e, "z"), trade, e.path("E").asLong(0));
    }

    /** {@code GET /api/v3/account} balances by asset (zero balances left out). */
    public static Map<String, BinanceWire.Balance> balances(JsonNode account) {
        Map<String, BinanceWire.Balance> out = new LinkedHashMap<>();
        for (JsonNode b : account.path("balances")) {
            BigDecimal free = dec(b, "free");
            BigDecimal locked = dec(b, "locked");
            if (free.signum() != 0 || locked.signum() != 0) {
                out.put(text(b, "asset"), new BinanceWire.Balance(free, locked));
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return v.asText();
    }

    private static BigDecimal dec(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + field + " is not a decimal: " + v.asText());
        }
    }
}
