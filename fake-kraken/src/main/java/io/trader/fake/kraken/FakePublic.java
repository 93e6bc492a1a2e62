package io.trader.fake.kraken;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The public endpoints, built from the fixture pairs and the scripted prices (shapes as in Kraken's "Market Data"
 * reference): Time, Assets, AssetPairs, Ticker, Depth (a one-level book around the price), OHLC (the committed candles of {@link FakeCandles} at the asked interval after {@code since}, then the
 * current one).
 */
final class FakePublic {

    /** Kraken's OHLC intervals, minutes. */
    static final java.util.Set<Integer> INTERVALS = java.util.Set.of(1, 5, 15, 30, 60, 240, 1440, 10080, 21600);

    private FakePublic() {
    }

    private static void row(ArrayNode rows, FakeCandles.Candle c, int count) {
        rows.addArray().add(c.time()).add(c.open().toPlainString()).add(c.high().toPlainString())
                .add(c.low().toPlainString()).add(c.close().toPlainString()).add(c.close().toPlainString())
                .add(c.volume().toPlainString()).add(count);
    }

    static String answer(String method, Map<String, String> q, FakeMarket market, FakeCandles candles) {
        ObjectNode r = FakeJson.JSON.createObjectNode();
        long nowSec = System.currentTimeMillis() / 1000;
        switch (method) {
            case "Time" -> {
                r.put("unixtime", nowSec);
                r.put("rfc1123", FakeKraken.rfc1123(nowSec));
            }
            case "Assets" -> FakePairs.ASSET_DECIMALS.forEach((a, d) -> {
                ObjectNode n = r.putObject(a);
                n.put("aclass", "currency");
                n.put("altname", a.length() == 4 && (a.startsWith("X") || a.startsWith("Z")) ? a.substring(1) : a);
                n.put("decimals", d);
                n.put("display_decimals", Math.min(d, 5));
                n.put("status", "enabled");
            });
            case "AssetPairs" -> FakePairs.PAIRS.values().stream()
                    .filter(p -> !q.containsKey("pair") || q.get("pair").contains(p.name()))
                    .forEach(p -> r.set(p.name(), FakeJson.pair(p)));
            case "Ticker", "Depth", "OHLC" -> {
                for (String name : q.getOrDefault("pair", "XBTUSDT").split(",")) {
                    FakePairs.Pair p = FakePairs.find(name);
                    if (p == null) {
                        return FakeJson.error("EQuery:Unknown asset pair");
                    }
                    BigDecimal px = market.price(p.name());
                    BigDecimal bid = px.subtract(p.tickSize());
                    BigDecimal ask = px.add(p.tickSize());
                    switch (method) {
                        case "Ticker" -> {
                            ObjectNode t = r.putObject(p.name());
                            t.putArray("a").add(ask.toPlainString()).add("1").add("1.000");
                            t.putArray("b").add(bid.toPlainString()).add("1").add("1.000");
                            t.putArray("c").add(px.toPlainString()).add("0.00100000");
                            t.putArray("v").add("0").add("0");
                            t.putArray("p").add(px.toPlainString()).add(px.toPlainString());
                            t.putArray("t").add(0).add(0);
                            t.putArray("l").add(px.toPlainString()).add(px.toPlainString());
                            t.putArray("h").add(px.toPlainString()).add(px.toPlainString());
                            t.put("o", px.toPlainString());
                        }
                        case "Depth" -> {
                            ObjectNode d = r.putObject(p.name());
                            d.putArray("asks").addArray().add(ask.toPlainString()).add("1.000").add(nowSec);
                            d.putArray("bids").addArray().add(bid.toPlainString()).add("1.000").add(nowSec);
                        }
                        default -> {
                            ArrayNode rows = r.putArray(p.name());
                            long since = Long.parseLong(q.getOrDefault("since", "0"));
                            int minutes = Integer.parseInt(q.getOrDefault("interval", "1"));
                            if (!INTERVALS.contains(minutes)) {
                                return FakeJson.error("EGeneral:Invalid arguments");
                            }
                            FakeCandles.Ohlc ohlc = candles.ohlc(p.name(), minutes, since, px);
                            ohlc.committed().forEach(c -> row(rows, c, 1));
                            row(rows, ohlc.current(), 0); // the current candle, not committed yet
                            r.put("last", ohlc.last());
                        }
                    }
                }
            }
            default -> {
                return FakeJson.error("EGeneral:Unknown method");
            }
        }
        return FakeJson.ok(r);
    }
}
