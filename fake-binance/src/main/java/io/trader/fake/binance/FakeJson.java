package io.trader.fake.binance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The fake's JSON bodies, shaped as the Binance Spot REST API documents them (decimals as strings). */
final class FakeJson {

    static final ObjectMapper M = new ObjectMapper();

    private FakeJson() {
    }

    static ObjectNode orderNode(FakeOrder o) {
        ObjectNode n = M.createObjectNode();
        n.put("symbol", o.symbol).put("orderId", o.orderId).put("orderListId", -1)
                .put("clientOrderId", o.clientOrderId).put("price", o.price.toPlainString())
                .put("origQty", o.origQty.toPlainString()).put("executedQty", o.executedQty.toPlainString())
                .put("cummulativeQuoteQty", o.cumQuote.toPlainString()).put("status", o.status)
                .put("timeInForce", o.timeInForce).put("type", o.type).put("side", o.side)
                .put("time", o.time).put("updateTime", o.updateTime).put("isWorking", o.open())
                .put("workingTime", o.time).put("origQuoteOrderQty", "0.00000000")
                .put("selfTradePreventionMode", "EXPIRE_MAKER");
        return n;
    }

    /** A query answer, or with {@code full} the FULL new-order response (transactTime and fills). */
    static String order(FakeOrder o, List<FakeTrade> fills, boolean full) {
        ObjectNode n = orderNode(o);
        if (full) {
            n.remove("time");
            n.remove("updateTime");
            n.remove("isWorking");
            n.put("transactTime", o.updateTime);
            ArrayNode fa = n.putArray("fills");
            for (FakeTrade t : fills) {
                fa.addObject().put("price", t.price().toPlainString()).put("qty", t.qty().toPlainString())
                        .put("commission", t.commission().toPlainString()).put("commissionAsset", t.commissionAsset())
                        .put("tradeId", t.id());
            }
        }
        return n.toString();
    }

    static String cancelled(FakeOrder o) {
        ObjectNode n = orderNode(o);
        n.remove("time");
        n.remove("updateTime");
        n.remove("isWorking");
        n.put("origClientOrderId", o.clientOrderId).put("clientOrderId", "cancel-" + o.orderId)
                .put("transactTime", o.updateTime);
        return n.toString();
    }

    static String orders(List<FakeOrder> list) {
        ArrayNode a = M.createArrayNode();
        list.forEach(o -> a.add(orderNode(o)));
        return a.toString();
    }

    static String cancelledAll(List<FakeOrder> list) {
        ArrayNode a = M.createArrayNode();
        for (FakeOrder o : list) {
            try {
                a.add(M.readTree(cancelled(o)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return a.toString();
    }

    static String trades(List<FakeTrade> list) {
        ArrayNode a = M.createArrayNode();
        for (FakeTrade t : list) {
            a.addObject().put("symbol", t.symbol()).put("id", t.id()).put("orderId", t.orderId())
                    .put("orderListId", -1).put("price", t.price().toPlainString()).put("qty", t.qty().toPlainString())
                    .put("quoteQty", t.quoteQty().toPlainString()).put("commission", t.commission().toPlainString())
                    .put("commissionAsset", t.commissionAsset()).put("time", t.time()).put("isBuyer", t.buyer())
                    .put("isMaker", t.maker()).put("isBestMatch", true);
        }
        return a.toString();
    }

    static String account(Map<String, BigDecimal[]> balances, long now) {
        ObjectNode n = M.createObjectNode();
        n.put("makerCommission", 10).put("takerCommission", 10).put("canTrade", true).put("canWithdraw", true)
                .put("canDeposit", true).put("updateTime", now).put("accountType", "SPOT");
        ArrayNode b = n.putArray("balances");
        balances.forEach((asset, v) -> b.addObject().put("asset", asset).put("free", v[0].toPlainString())
                .put("locked", v[1].toPlainString()));
        n.putArray("permissions").add("SPOT");
        return n.toString();
    }

    static String exchangeInfo(Map<String, FakeSymbol> symbols, List<FakeLimit> limits, long now) {
        ObjectNode n = M.createObjectNode();
        n.put("timezone", "UTC").put("serverTime", now);
        ArrayNode rl = n.putArray("rateLimits");
        for (FakeLimit l : limits) {
            rl.addObject().put("rateLimitType", l.type()).put("interval", l.interval())
                    .put("intervalNum", l.intervalNum()).put("limit", l.limit());
        }
        n.putArray("exchangeFilters");
        ArrayNode sa = n.putArray("symbols");
        for (FakeSymbol s : symbols.values()) {
            ObjectNode o = sa.addObject();
            o.put("symbol", s.symbol()).put("status", "TRADING").put("baseAsset", s.baseAsset())
                    .put("baseAssetPrecision", 8).put("quoteAsset", s.quoteAsset()).put("quotePrecision", 8)
                    .put("quoteAssetPrecision", 8).put("isSpotTradingAllowed", true);
            o.putArray("orderTypes").add("LIMIT").add("LIMIT_MAKER").add("MARKET");
            ArrayNode f = o.putArray("filters");
            f.addObject().put("filterType", "PRICE_FILTER").put("minPrice", dec(s.tickSize()))
                    .put("maxPrice", "1000000.00000000").put("tickSize", dec(s.tickSize()));
            f.addObject().put("filterType", "LOT_SIZE").put("minQty", dec(s.stepSize()))
                    .put("maxQty", "9000.00000000").put("stepSize", dec(s.stepSize()));
            f.addObject().put("filterType", "NOTIONAL").put("minNotional", dec(s.minNotional()))
                    .put("applyMinToMarket", true).put("maxNotional", "9000000.00000000").put("applyMaxToMarket", false)
                    .put("avgPriceMins", 5);
        }
        return n.toString();
    }

    private static String dec(BigDecimal d) {
        return d.setScale(8).toPlainString();
    }
}
