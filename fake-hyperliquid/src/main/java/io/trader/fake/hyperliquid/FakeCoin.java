package io.trader.fake.hyperliquid;

import java.math.BigDecimal;

/**
 * A perp of the fake market. Its asset id is its position in the market's coin list; prices live on a grid of
 * {@code 10^-(6 - szDecimals)}, sizes on {@code 10^-szDecimals}, as on the venue.
 *
 * @param name        coin name, e.g. {@code BTC}
 * @param szDecimals  size decimals (0..6)
 * @param maxLeverage maximum leverage
 * @param mid         initial mid price
 */
public record FakeCoin(String name, int szDecimals, int maxLeverage, BigDecimal mid) {

    public FakeCoin {
        if (name == null || name.isBlank() || mid == null || mid.signum() <= 0) {
            throw new IllegalArgumentException("name and a positive mid are required");
        }
        if (szDecimals < 0 || szDecimals > 6) {
            throw new IllegalArgumentException("szDecimals must be in 0..6");
        }
    }

    public static FakeCoin of(String name, int szDecimals, String mid) {
        return new FakeCoin(name, szDecimals, 50, new BigDecimal(mid));
    }

    /** Decimals of one price tick: {@code 6 - szDecimals}. */
    public int priceScale() {
        return 6 - szDecimals;
    }
}
