package io.trader.fake.bybit;

import io.trader.fake.spot.FakeSpotMarket;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake's answers in Bybit v5's JSON shapes (field names and string-typed numbers as in the v5 API reference:
 * "Get Instruments Info", "Get Wallet Balance", "Get Open & Closed Orders", "Get Trade History"), and the venue's
 * retCodes for refused orders (spot trade error codes of the v5 "Error Codes" page).
 */
final class FakeBybitJson {

    String envelope(int retCode, String retMsg, Object result) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("retCode", retCode);
        m.put("retMsg", retMsg);
        m.put("result", result);
        m.put("retExtInfo", Map.of());
        m.put("time", System.currentTimeMillis());
        return FakeBybit.JSON.writeValueAsString(m);
    }

    String envelopeUnchecked(int retCode, String retMsg) {
        try {
            return envelope(retCode, retMsg, Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String refusal(FakeSpotMarket.Refusal r) throws JsonProcessingException {
        return switch (r) {
            case UNKNOWN_SYMBOL -> envelope(170121, "Invalid symbol.", Map.of());
            case QTY_TOO_SMALL -> envelope(170136, "Order quantity is lower than the minimum.", Map.of());
            case QTY_OFF_GRID -> envelope(170137, "Order quantity has too many decimals.", Map.of());
            case PRICE_OFF_GRID -> envelope(170134, "Order price has too many decimals.", Map.of());
            case INSUFFICIENT_FUNDS -> envelope(170131, "Insufficient balance.", Map.of());
            case DUPLICATE_CLIENT_ID -> envelope(170141, "Duplicate clientOrderId.", Map.of());
            case NO_PRICE -> envelope(170130, "Data sent for parameter 'price' is out of range.", Map.of());
        };
    }

    Map<String, Object> instruments(String category, List<FakeSpotMarket.Product> products) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("category", category);
        r.put("list", !"spot".equals(category) ? List.of() : products.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", p.symbol());
            m.put("baseCoin", p.base());
            m.put("quoteCoin", p.quote());
            m.put("innovation", "0");
            m.put("status", p.trading() ? "Trading" : "PreLaunch");
            m.put("marginTrading", "both");
            m.put("lotSizeFilter", Map.of("basePrecision", p.qtyStep().toPlainString(), "quotePrecision", "0.00000001",
                    "minOrderQty", p.minQty().toPlainString(), "maxOrderQty", "71.73956243", "minOrderAmt", "1",
                    "maxOrderAmt", "2000000"));
            m.put("priceFilter", Map.of("tickSize", p.tickSize().toPlainString()));
            return m;
        }).toList());
        r.put("nextPageCursor", "");
        return r;
    }

    Map<String, Object> wallet(Map<String, BigDecimal> balances) {
        List<Map<String, Object>> coins = balances.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("coin", e.getKey());
            c.put("equity", e.getValue().toPlainString());
            c.put("walletBalance", e.getValue().toPlainString());
            c.put("free", e.getValue().toPlainString());
            c.put("locked", "0");
            c.put("availableToWithdraw", e.getValue().toPlainString());
            c.put("usdValue", "0");
            c.put("unrealisedPnl", "0");
            c.put("cumRealisedPnl", "0");
            return c;
        }).toList();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("accountType", "UNIFIED");
        account.put("totalEquity", "0");
        account.put("totalWalletBalance", "0");
        account.put("totalAvailableBalance", "0");
        account.put("coin", coins);
        return Map.of("list", List.of(account));
    }

    Map<String, Object> orders(String category, List<FakeSpotMarket.Order> orders) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("category", category);
        r.put("list", orders.stream().map(FakeBybitJson::order).toList());
        r.put("nextPageCursor", "");
        return r;
    }

    private static Map<String, Object> order(FakeSpotMarket.Order o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", o.id);
        m.put("orderLinkId", o.clientId);
        m.put("blockTradeId", "");
        m.put("symbol", o.symbol);
        m.put("price", o.price == null ? "0" : o.price.toPlainString());
        m.put("qty", o.qty.toPlainString());
        m.put("side", "buy".equals(o.side) ? "Buy" : "Sell");
        m.put("isLeverage", "0");
        m.put("positionIdx", 0);
        m.put("orderStatus", status(o));
        m.put("cancelType", o.status == FakeSpotMarket.Status.CANCELLED ? "CancelByUser" : "UNKNOWN");
        m.put("rejectReason", o.cancelReason.startsWith("post-only") ? "EC_PostOnlyWillTakeLiquidity" : "EC_NoError");
        BigDecimal avg = o.avgPrice();
        m.put("avgPrice", avg == null ? "" : avg.toPlainString());
        m.put("leavesQty", o.isOpen() ? o.remaining().toPlainString() : "0");
        m.put("leavesValue", o.isOpen() && o.price != null ? o.remaining().multiply(o.price).toPlainString() : "0");
        m.put("cumExecQty", o.filled.toPlainString());
        m.put("cumExecValue", o.value.toPlainString());
        m.put("cumExecFee", o.fee.toPlainString());
        m.put("timeInForce", switch (o.timeInForce) {
            case "POST_ONLY" -> "PostOnly";
            default -> o.timeInForce;
        });
        m.put("orderType", "market".equals(o.type) ? "Market" : "Limit");
        m.put("stopOrderType", "");
        m.put("orderIv", "");
        m.put("triggerPrice", "0.00");
        m.put("takeProfit", "");
        m.put("stopLoss", "");
        m.put("tpTriggerBy", "");
        m.put("slTriggerBy", "");
        m.put("triggerDirection", 0);
        m.put("triggerBy", "");
        m.put("lastPriceOnCreated", "");
        m.put("reduceOnly", o.reduceOnly);
        m.put("closeOnTrigger", false);
        m.put("smpType", "None");
        m.put("smpGroup", 0);
        m.put("smpOrderId", "");
        m.put("placeType", "");
        m.put("marketUnit", o.quoteSized ? "quoteCoin" : "baseCoin");
        m.put("createdTime", Long.toString(o.createdAt));
        m.put("updatedTime", Long.toString(o.updatedAt));
        return m;
    }

    private static String status(FakeSpotMarket.Order o) {
        return switch (o.status) {
            case NEW -> "New";
            case PARTIALLY_FILLED -> "PartiallyFilled";
            case FILLED -> "Filled";
            case CANCELLED -> o.filled.signum() > 0 ? "PartiallyFilledCanceled" : "Cancelled";
        };
    }

    Map<String, Object> executions(String category, List<FakeSpotMarket.Execution> list) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("category", category);
        r.put("list", list.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", e.symbol());
            m.put("orderId", e.orderId());
            m.put("orderLinkId", e.clientId());
            m.put("side", "buy".equals(e.side()) ? "Buy" : "Sell");
            m.put("execId", e.execId());
            m.put("execPrice", e.price().toPlainString());
            m.put("execQty", e.qty().toPlainString());
            m.put("execValue", e.price().multiply(e.qty()).toPlainString());
            m.put("execFee", e.fee().toPlainString());
            m.put("feeCurrency", e.feeCurrency());
            m.put("execType", "Trade");
            m.put("isMaker", e.maker());
            m.put("execTime", Long.toString(e.time()));
            return m;
        }).toList());
        r.put("nextPageCursor", "");
        return r;
    }
}
