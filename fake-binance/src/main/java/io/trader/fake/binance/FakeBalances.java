package io.trader.fake.binance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Free and locked balance per asset (guarded by the matcher's lock). */
final class FakeBalances {

    private final Map<String, BigDecimal[]> byAsset = new LinkedHashMap<>();

    private BigDecimal[] of(String asset) {
        return byAsset.computeIfAbsent(asset, a -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
    }

    void credit(String asset, BigDecimal amount) {
        BigDecimal[] b = of(asset);
        b[0] = b[0].add(amount);
    }

    boolean canSpend(String asset, BigDecimal amount) {
        return of(asset)[0].compareTo(amount) >= 0;
    }

    void lock(String asset, BigDecimal amount) {
        BigDecimal[] b = of(asset);
        b[0] = b[0].subtract(amount);
        b[1] = b[1].add(amount);
    }

    void unlock(String asset, BigDecimal amount) {
        BigDecimal[] b = of(asset);
        b[0] = b[0].add(amount);
        b[1] = b[1].subtract(amount);
    }

    /** asset → {free, locked}. */
    Map<String, BigDecimal[]> snapshot() {
        Map<String, BigDecimal[]> out = new LinkedHashMap<>();
        byAsset.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }
}
