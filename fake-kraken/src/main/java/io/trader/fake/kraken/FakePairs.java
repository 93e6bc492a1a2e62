package io.trader.fake.kraken;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fake's pairs and assets: a small fixture written from Kraken's "Get Tradable Asset Pairs" and "Get Asset
 * Info" reference (field names and the XBTUSDT/ETHUSDT rules as Kraken documents them).
 */
final class FakePairs {

    record Pair(String name, String wsname, String base, String quote, int pairDecimals, int lotDecimals,
                int costDecimals, BigDecimal orderMin, BigDecimal costMin, BigDecimal tickSize) {
    }

    static final Map<String, Pair> PAIRS = new LinkedHashMap<>();
    /** Asset decimals ("Get Asset Info" {@code decimals}). */
    static final Map<String, Integer> ASSET_DECIMALS = Map.of("XXBT", 10, "XETH", 10, "USDT", 8, "ZUSD", 4);

    static {
        PAIRS.put("XBTUSDT", new Pair("XBTUSDT", "XBT/USDT", "XXBT", "USDT", 1, 8, 5, new BigDecimal("0.00005"),
                new BigDecimal("0.5"), new BigDecimal("0.1")));
        PAIRS.put("ETHUSDT", new Pair("ETHUSDT", "ETH/USDT", "XETH", "USDT", 2, 8, 5, new BigDecimal("0.002"),
                new BigDecimal("0.5"), new BigDecimal("0.01")));
    }

    private FakePairs() {
    }

    static Pair find(String name) {
        if (name == null) {
            return null;
        }
        Pair p = PAIRS.get(name);
        if (p != null) {
            return p;
        }
        return PAIRS.values().stream().filter(x -> x.wsname().equals(name)
                || ("X" + x.base().substring(1) + "Z" + x.quote()).equals(name)).findFirst().orElse(null);
    }
}
