package io.trader.fake.kraken;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Renders the fake's state in Kraken's REST shapes (decimals as strings, times as seconds with a fraction). */
final class FakeJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private FakeJson() {
    }

    static String ok(ObjectNode result) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("error");
        root.set("result", result);
        return root.toString();
    }

    static String error(String error) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("error").add(error);
        return root.toString();
    }

    static ObjectNode order(FakeMarket.Order o) {
        ObjectNode n = JSON.createObjectNode();
        n.putNull("refid");
        n.put("userref", o.userref);
        if (o.clOrdId != null) {
            n.put("cl_ord_id", o.clOrdId);
        }
        n.put("status", o.status);
        n.put("opentm", o.openTime);
        n.put("starttm", 0);
        n.put("expiretm", 0);
        if (o.closeTime != null) {
            n.put("closetm", o.closeTime);
        }
        ObjectNode d = n.putObject("descr");
        d.put("pair", o.pair.name());
        d.put("aclass", "forex");
        d.put("type", o.side);
        d.put("ordertype", o.type);
        d.put("price", o.type.equals("market") ? "0" : o.price.toPlainString());
        d.put("price2", "0");
        d.put("leverage", "none");
        d.put("order", o.side + " " + o.volume.setScale(o.pair.lotDecimals()).toPlainString() + " " + o.pair.name()
                + " @ " + (o.type.equals("market") ? "market" : "limit " + o.price.toPlainString()));
        d.put("close", "");
        n.put("vol", o.volume.setScale(o.pair.lotDecimals()).toPlainString());
        n.put("vol_exec", o.volExec.setScale(o.pair.lotDecimals()).toPlainString());
        n.put("cost", o.cost.setScale(o.pair.costDecimals()).toPlainString());
        n.put("fee", o.fee.setScale(o.pair.costDecimals()).toPlainString());
        n.put("price", o.volExec.signum() == 0 ? "0.00000"
                : o.cost.divide(o.volExec, o.pair.pairDecimals(), RoundingMode.HALF_EVEN).toPlainString());
        n.put("stopprice", "0.00000");
        n.put("limitprice", "0.00000");
        n.put("misc", "");
        n.put("oflags", o.oflags.isEmpty() ? "fciq" : o.oflags + ",fciq");
        if (o.reason != null) {
            n.put("reason", o.reason);
        }
        return n;
    }

    static ObjectNode trade(FakeMarket.Trade t) {
        ObjectNode n = JSON.createObjectNode();
        FakeMarket.Order o = t.order();
        n.put("ordertxid", o.txid);
        n.put("postxid", "TKH2SE-M7IF5-CFI7LT");
        n.put("pair", o.pair.name());
        n.put("aclass", "forex");
        n.put("time", t.time());
        n.put("type", o.side);
        n.put("ordertype", o.type);
        n.put("price", t.price().setScale(5, RoundingMode.UNNECESSARY).toPlainString());
        n.put("cost", t.cost().toPlainString());
        n.put("fee", t.fee().toPlainString());
        n.put("vol", t.volume().setScale(o.pair.lotDecimals()).toPlainString());
        n.put("margin", "0.00000");
        n.put("leverage", "0");
        n.put("misc", "");
        n.put("trade_id", t.tradeId());
        n.put("maker", t.maker());
        return n;
    }

    static ObjectNode pair(FakePairs.Pair p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("altname", p.name());
        n.put("wsname", p.wsname());
        n.put("aclass_base", "currency");
        n.put("base", p.base());
        n.put("aclass_quote", "currency");
        n.put("quote", p.quote());
        n.put("lot", "unit");
        n.put("cost_decimals", p.costDecimals());
        n.put("pair_decimals", p.pairDecimals());
        n.put("lot_decimals", p.lotDecimals());
        n.put("lot_multiplier", 1);
        ArrayNode fees = n.putArray("fees");
        fees.addArray().add(0).add(0.4);
        ArrayNode maker = n.putArray("fees_maker");
        maker.addArray().add(0).add(0.25);
        n.put("fee_volume_currency", "ZUSD");
        n.put("ordermin", p.orderMin().toPlainString());
        n.put("costmin", p.costMin().toPlainString());
        n.put("tick_size", p.tickSize().toPlainString());
        n.put("status", "online");
        return n;
    }

    static String amount(String asset, BigDecimal v) {
        return v.setScale(FakePairs.ASSET_DECIMALS.getOrDefault(asset, 8), RoundingMode.HALF_EVEN).toPlainString();
    }

    static ObjectNode balances(Map<String, BigDecimal> balances) {
        ObjectNode n = JSON.createObjectNode();
        balances.forEach((a, v) -> n.put(a, amount(a, v)));
        return n;
    }
}
