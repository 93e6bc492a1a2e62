package io.trader.core.signal;

/**
 * Features layer 0 computes per instrument and bar. A value is {@code NaN} until its warm-up is over.
 * Periods are set by {@link FeatureConfig}.
 */
public enum Feature {
    /** Close price. */
    CLOSE,
    /** Simple return close/prevClose - 1. */
    RETURN,
    /** Log return ln(close/prevClose). */
    LOG_RETURN,
    /** Simple moving average of close, fast period. */
    SMA_FAST,
    /** Simple moving average of close, slow period. */
    SMA_SLOW,
    /** Exponential moving average of close, fast period (alpha 2/(n+1), seeded with the SMA). */
    EMA_FAST,
    /** Exponential moving average of close, slow period. */
    EMA_SLOW,
    /** Sample standard deviation of log returns over the volatility window (per bar, not annualised). */
    VOLATILITY,
    /** Wilder RSI, 0..100. */
    RSI,
    /** Wilder average true range, in price units. */
    ATR,
    /** (close - SMA(z window)) / sample stdev of close over the z window. */
    ZSCORE,
    /** Bar volume in base units. */
    VOLUME;

    private static final Feature[] VALUES = values();

    public static int count() {
        return VALUES.length;
    }
}
