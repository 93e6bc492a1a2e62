package io.trader.fake.kraken;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The private endpoints' answers over the fake market (shapes as in Kraken's "Account Data"/"Trading" reference). */
final class FakePrivate {

    private FakePrivate() {
    }

    static String answer(String method, Map<String, String> f, FakeMarket m) {
        ObjectNode r = FakeJson.JSON.createObjectNode();
        switch (method) {
            case "Balance" -> {
                return FakeJson.ok(FakeJson.balances(m.balances()));
            }
            case "BalanceEx" -> m.balances().forEach((a, v) -> {
                ObjectNode n = r.putObject(a);
                n.put("balance", FakeJson.amount(a, v));
                n.put("hold_trade", FakeJson.amount(a, m.held(a)));
            });
            case "TradeBalance" -> {
                BigDecimal eb = m.balance(f.getOrDefault("asset", "USDT"));
                for (FakePairs.Pair p : FakePairs.PAIRS.values()) {
                    eb = eb.add(m.balance(p.base()).multiply(m.price(p.name())));
                }
                String e = eb.setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString();
                for (String k : List.of("eb", "tb", "e", "mf", "mfo")) {
                    r.put(k, e);
                }
                for (String k : List.of("m", "uv", "n", "c", "v")) {
                    r.put(k, "0.0000");
                }
            }
            case "AddOrder" -> {
                FakeMarket.Order[] out = new FakeMarket.Order[1];
                String err = m.add(f, out);
                if (err != null) {
                    return FakeJson.error(err);
                }
                r.putArray("txid").add(out[0].txid);
                r.putObject("descr").put("order", FakeJson.order(out[0]).path("descr").path("order").asText());
            }
            case "CancelOrder" -> {
                String id = f.getOrDefault("txid", f.get("cl_ord_id"));
                if (id == null || !m.cancel(id)) {
                    return FakeJson.error("EOrder:Unknown order");
                }
                r.put("count", 1);
            }
            case "OpenOrders" -> {
                ObjectNode open = r.putObject("open");
                m.orders().stream().filter(o -> o.status.equals("open") && matches(o, f))
                        .forEach(o -> open.set(o.txid, FakeJson.order(o)));
            }
            case "ClosedOrders" -> {
                ObjectNode closed = r.putObject("closed");
                BigDecimal start = new BigDecimal(f.getOrDefault("start", "0"));
                List<FakeMarket.Order> list = m.orders().stream().filter(o -> !o.status.equals("open")
                        && matches(o, f) && o.closeTime.compareTo(start) > 0)
                        .sorted(Comparator.comparing((FakeMarket.Order o) -> o.closeTime).reversed()).toList();
                list.stream().limit(50).forEach(o -> closed.set(o.txid, FakeJson.order(o)));
                r.put("count", list.size());
            }
            case "QueryOrders" -> {
                for (String id : Arrays.asList(f.getOrDefault("txid", "").split(","))) {
                    FakeMarket.Order o = m.find(id.trim());
                    if (o == null) {
                        return FakeJson.error("EOrder:Invalid order");
                    }
                    r.set(o.txid, FakeJson.order(o));
                }
            }
            case "TradesHistory" -> {
                BigDecimal start = new BigDecimal(f.getOrDefault("start", "0"));
                int ofs = Integer.parseInt(f.getOrDefault("ofs", "0"));
                List<FakeMarket.Trade> list = m.trades().stream().filter(t -> t.time().compareTo(start) > 0)
                        .sorted(Comparator.comparing(FakeMarket.Trade::time).reversed()).toList();
                ObjectNode trades = r.putObject("trades");
                list.stream().skip(ofs).limit(50).forEach(t -> trades.set(t.id(), FakeJson.trade(t)));
                r.put("count", list.size());
            }
            default -> {
                return FakeJson.error("EGeneral:Unknown method");
            }
        }
        return FakeJson.ok(r);
    }

    private static boolean matches(FakeMarket.Order o, Map<String, String> f) {
        if (f.containsKey("cl_ord_id") && !f.get("cl_ord_id").equals(o.clOrdId)) {
            return false;
        }
        return !f.containsKey("userref") || f.get("userref").equals(Long.toString(o.userref));
    }
}
