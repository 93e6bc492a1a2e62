package io.trader.fake.okx;

import io.trader.fake.spot.FakeSpotMarket;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake's answers in OKX v5's JSON shapes (field names and string-typed numbers as in the v5 API reference:
 * "Get instruments", "Get currencies", "Get account configuration", "Get fee rates", "Get balance", "Place order",
 * "Get order details", "Get order list", "Get order history", "Get transaction details"), and the venue's sCodes for
 * refused orders (v5 "Error Code", trade 51xxx). Fees are negative (charged), as the venue reports them.
 */
final class FakeOkxJson {

    String ok(Object data) throws JsonProcessingException {
        return envelope("0", "", data);
    }

    String failure(String code, String msg, Object data) throws JsonProcessingException {
        return envelope(code, msg, data);
    }

    String error(String code, String msg) {
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("msg", msg);
            m.put("code", code);
            return FakeOkx.JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String envelope(String code, String msg, Object data) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("msg", msg);
        m.put("data", data);
        return FakeOkx.JSON.writeValueAsString(m);
    }

    /** One public trade: {@code instId, tradeId, px, sz, side, ts} (side: the taker's; ts in epoch ms). */
    Map<String, Object> publicTrade(String instId, FakeSpotMarket.PublicTrade t) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("instId", instId);
        m.put("tradeId", Long.toString(t.tradeId()));
        m.put("px", t.price().toPlainString());
        m.put("sz", t.size().toPlainString());
        m.put("side", t.side());
        m.put("ts", Long.toString(t.time()));
        return m;
    }

    Map<String, Object> ack(String ordId, String clOrdId, String sCode, String sMsg) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clOrdId", clOrdId);
        m.put("ordId", ordId);
        m.put("tag", "");
        m.put("ts", Long.toString(System.currentTimeMillis()));
        m.put("sCode", sCode);
        m.put("sMsg", sMsg);
        return m;
    }

    String refusal(FakeSpotMarket.Refusal r, String clOrdId) throws JsonProcessingException {
        String[] c = switch (r) {
            case UNKNOWN_SYMBOL -> new String[] {"51001", "Instrument ID does not exist"};
            case QTY_TOO_SMALL -> new String[] {"51020", "Your order should meet or exceed the minimum order amount."};
            case QTY_OFF_GRID -> new String[] {"51121", "Order quantity must be a multiple of the lot size."};
            case PRICE_OFF_GRID -> new String[] {"51000", "Parameter px error"};
            case INSUFFICIENT_FUNDS -> new String[] {"51008", "Order failed. Insufficient USDT balance in account."};
            case DUPLICATE_CLIENT_ID -> new String[] {"51016", "Duplicated clOrdId"};
            case NO_PRICE -> new String[] {"51006", "Order price is not within the price limit"};
        };
        return failure("1", "All operations failed", List.of(ack("", clOrdId == null ? "" : clOrdId, c[0], c[1])));
    }

    List<Map<String, Object>> instruments(String instType, List<FakeSpotMarket.Product> products) {
        if (!"SPOT".equals(instType)) {
            return List.of();
        }
        return products.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("instType", "SPOT");
            m.put("instId", p.symbol());
            m.put("uly", "");
            m.put("instFamily", "");
            m.put("category", "1");
            m.put("baseCcy", p.base());
            m.put("quoteCcy", p.quote());
            m.put("settleCcy", "");
            m.put("ctVal", "");
            m.put("ctMult", "");
            m.put("ctValCcy", "");
            m.put("optType", "");
            m.put("stk", "");
            m.put("listTime", "1606468572000");
            m.put("expTime", "");
            m.put("lever", "10");
            m.put("tickSz", p.tickSize().toPlainString());
            m.put("lotSz", p.qtyStep().toPlainString());
            m.put("minSz", p.minQty().toPlainString());
            m.put("ctType", "");
            m.put("alias", "");
            m.put("state", p.trading() ? "live" : "suspend");
            return m;
        }).toList();
    }

    List<Map<String, Object>> currencies(List<FakeSpotMarket.Product> products) {
        return products.stream().flatMap(p -> java.util.stream.Stream.of(p.base(), p.quote())).distinct().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ccy", c);
            m.put("name", c);
            m.put("chain", c + "-" + c);
            m.put("canDep", true);
            m.put("canWd", true);
            m.put("canInternal", true);
            m.put("minWd", "0.001");
            m.put("minFee", "0.0001");
            m.put("maxFee", "0.0002");
            return m;
        }).toList();
    }

    List<Map<String, Object>> config() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uid", "44705892343619584");
        m.put("acctLv", "1");
        m.put("posMode", "net_mode");
        m.put("autoLoan", false);
        m.put("greeksType", "PA");
        m.put("level", "Lv1");
        m.put("levelTmp", "");
        return List.of(m);
    }

    List<Map<String, Object>> tradeFee() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", "1");
        m.put("delivery", "");
        m.put("exercise", "");
        m.put("instType", "SPOT");
        m.put("level", "Lv1");
        m.put("maker", FakeSpotMarket.MAKER_FEE.negate().toPlainString());
        m.put("taker", FakeSpotMarket.TAKER_FEE.negate().toPlainString());
        m.put("ts", Long.toString(System.currentTimeMillis()));
        return List.of(m);
    }

    List<Map<String, Object>> balance(Map<String, BigDecimal> balances) {
        List<Map<String, Object>> details = balances.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("ccy", e.getKey());
            d.put("eq", e.getValue().toPlainString());
            d.put("cashBal", e.getValue().toPlainString());
            d.put("availBal", e.getValue().toPlainString());
            d.put("availEq", e.getValue().toPlainString());
            d.put("frozenBal", "0");
            d.put("ordFrozen", "0");
            d.put("uTime", Long.toString(System.currentTimeMillis()));
            return d;
        }).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uTime", Long.toString(System.currentTimeMillis()));
        m.put("totalEq", "0");
        m.put("details", details);
        return List.of(m);
    }

    String state(FakeSpotMarket.Order o) {
        return switch (o.status) {
            case NEW -> "live";
            case PARTIALLY_FILLED -> "partially_filled";
            case FILLED -> "filled";
            case CANCELLED -> "canceled";
        };
    }

    Map<String, Object> order(FakeSpotMarket.Order o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instType", "SPOT");
        m.put("instId", o.symbol);
        m.put("tgtCcy", "market".equals(o.type) ? (o.quoteSized ? "quote_ccy" : "base_ccy") : "");
        m.put("ccy", "");
        m.put("ordId", o.id);
        m.put("clOrdId", o.clientId);
        m.put("tag", "");
        // a market order has no price: "" as the venue answers
        m.put("px", o.price == null ? "" : o.price.toPlainString());
        m.put("sz", o.qty.toPlainString());
        m.put("pnl", "0");
        m.put("ordType", "market".equals(o.type) ? "market" : switch (o.timeInForce) {
            case "POST_ONLY" -> "post_only";
            case "IOC" -> "ioc";
            case "FOK" -> "fok";
            default -> "limit";
        });
        m.put("side", o.side);
        m.put("posSide", "");
        m.put("tdMode", "cash");
        m.put("accFillSz", o.filled.toPlainString());
        BigDecimal avg = o.avgPrice();
        // no fill yet: avgPx "" (v5 "Get order details": "If none is filled, it will return ''")
        m.put("avgPx", avg == null ? "" : avg.toPlainString());
        m.put("fillPx", "");
        m.put("tradeId", "");
        m.put("fillSz", "");
        m.put("fillTime", "");
        m.put("state", state(o));
        m.put("lever", "");
        m.put("feeCcy", "buy".equals(o.side) ? o.symbol.split("-")[0] : o.symbol.split("-")[1]);
        m.put("fee", o.fee.signum() == 0 ? "0" : o.fee.negate().toPlainString());
        m.put("rebateCcy", "buy".equals(o.side) ? o.symbol.split("-")[1] : o.symbol.split("-")[0]);
        m.put("rebate", "0");
        m.put("category", "normal");
        m.put("reduceOnly", Boolean.toString(o.reduceOnly));
        m.put("cancelSource", o.cancelReason.startsWith("post-only") ? "31" : "");
        m.put("uTime", Long.toString(o.updatedAt));
        m.put("cTime", Long.toString(o.createdAt));
        return m;
    }

    Map<String, Object> fill(FakeSpotMarket.Execution e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instType", "SPOT");
        m.put("instId", e.symbol());
        m.put("tradeId", e.execId());
        m.put("ordId", e.orderId());
        m.put("clOrdId", e.clientId());
        m.put("billId", e.execId());
        m.put("tag", "");
        m.put("fillPx", e.price().toPlainString());
        m.put("fillSz", e.qty().toPlainString());
        m.put("side", e.side());
        m.put("posSide", "net");
        m.put("execType", e.maker() ? "M" : "T");
        m.put("feeCcy", e.feeCurrency());
        m.put("fee", e.fee().negate().toPlainString());
        m.put("ts", Long.toString(e.time()));
        m.put("fillTime", Long.toString(e.time()));
        return m;
    }
}
