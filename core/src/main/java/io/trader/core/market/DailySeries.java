package io.trader.core.market;

/** Daily on-chain and sentiment series a model may see (BTC-wide; one value per UTC day). */
public enum DailySeries {
    /** alternative.me Crypto Fear &amp; Greed index, 0..100. */
    FEAR_GREED,
    /** Market value / realised value. */
    MVRV,
    /** Net unrealised profit/loss, fraction of market cap. */
    NUPL,
    /** Spent output profit ratio. */
    SOPR;

    private static final DailySeries[] VALUES = values();

    public static int count() {
        return VALUES.length;
    }
}
