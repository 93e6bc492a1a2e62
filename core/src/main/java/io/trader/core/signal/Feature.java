package io.trader.core.signal;

/**
 * Features layer 0 computes per instrument and bar. A value is {@code NaN} until its warm-up is over,
 * and stays {@code NaN} while its input is missing (no funding data, no book feed, ...): models read
 * {@code NaN} as "unknown", never as zero. The first twelve are parameterised by {@link FeatureConfig};
 * the rest have fixed periods, so their names are a stable schema ({@link FeatureSchema}).
 *
 * <p>Every value at a bar uses only data known at that bar's close time: OHLCV of this and earlier
 * bars, and the auxiliary series of {@link io.trader.core.market.MarketContext} as of that time.
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
    VOLUME,

    // ---- moving averages of close, fixed periods (price units) ----
    SMA_5, SMA_10, SMA_20, SMA_50, SMA_100, SMA_200,
    /** EMA seeded with the SMA of the first n closes, then alpha 2/(n+1) (ta4j seeds with the first close). */
    EMA_5, EMA_10, EMA_20, EMA_50, EMA_100, EMA_200,
    /** Linearly weighted moving average: weights 1..n, newest heaviest. */
    WMA_5, WMA_10, WMA_20, WMA_50, WMA_100, WMA_200,

    // ---- oscillators ----
    /** Wilder RSI with periods 14, 21 and 34 (0..100). */
    RSI_14, RSI_21, RSI_34,
    /** MACD line EMA(12) - EMA(26), its signal EMA(9) of the line, and the histogram line - signal. */
    MACD, MACD_SIGNAL, MACD_HIST,
    /** Stochastic %K(14) = 100 (close - lowest low) / (highest high - lowest low); %D = SMA(3) of %K. */
    STOCH_K, STOCH_D,
    /** Williams %R(14) = -100 (highest high - close) / (highest high - lowest low), -100..0. */
    WILLIAMS_R,
    /** Rate of change over 10 bars, percent: 100 (close / close[10 bars ago] - 1). */
    ROC_10,
    /** Wilder average true range, periods 14 and 21, price units. */
    ATR_14, ATR_21,
    /** Bollinger bands (20, 2 population sigmas): middle SMA(20), upper, lower, width (upper-lower)/middle, %B. */
    BB_MIDDLE, BB_UPPER, BB_LOWER, BB_WIDTH, BB_PERCENT_B,
    /** Realised volatility: sqrt of the sum of squared log returns over the last 24 bars. */
    REALIZED_VOL_24,
    /** On-balance volume (cumulative, base units; starts at 0 on the first bar). */
    OBV,
    /** Volume rate of change over 10 bars, percent. */
    VOLUME_ROC_10,
    /** Money flow index (14), 0..100. */
    MFI_14,
    /** Rolling volume-weighted average of the typical price over 20 bars. */
    VWAP_20,
    /** Typical price (high + low + close) / 3. */
    TYPICAL_PRICE,
    /** Weighted close (high + low + 2 close) / 4. */
    WEIGHTED_PRICE,

    // ---- calendar of the bar's close time (UTC) ----
    HOUR_SIN, HOUR_COS, WEEKDAY_SIN, WEEKDAY_COS,
    /** 1 when the close time falls in the session (Asia 00-08 UTC, Europe 07-16 UTC, US 13-21 UTC), else 0. */
    SESSION_ASIA, SESSION_EUROPE, SESSION_US,

    // ---- derivatives (NaN without a funding / mark / OI source) ----
    /** Latest published funding rate per funding interval, fraction. */
    FUNDING_RATE,
    /** Change of the funding rate since the previous funding event. */
    FUNDING_CHANGE,
    /** z-score of the funding rate over the last 30 funding events. */
    FUNDING_ZSCORE,
    /** (mark - index) / index, fraction. */
    MARK_INDEX_BASIS,
    /** Open-interest change since the previous bar, fraction. */
    OI_CHANGE,

    // ---- order book as of the bar close (NaN without a book feed) ----
    /** (bid size - ask size) / (bid size + ask size) over the top 1, 5 and 10 levels, -1..1. */
    BOOK_IMBALANCE_1, BOOK_IMBALANCE_5, BOOK_IMBALANCE_10,
    /** (ask - bid) / mid, basis points. */
    SPREAD_BPS,
    /** Size-weighted mid (micro-price) of the best level, price units. */
    WEIGHTED_MID,
    /** Bid plus ask size over the top 10 levels, base units. */
    DEPTH_10,

    // ---- trades within the bar (NaN without a trade feed) ----
    /** Taker buy volume / total taker volume, 0..1. */
    TAKER_BUY_RATIO,
    /** Trades per second within the bar. */
    TRADE_INTENSITY,

    // ---- daily on-chain and sentiment (usable only after the day closes plus the publication lag) ----
    FEAR_GREED, MVRV, NUPL, SOPR,

    // ---- Hyperliquid smart money (NaN without a smart-money feed or recorded history) ----
    /** The tracked traders' weighted long/short bias in the coin, -1..1. */
    SMART_MONEY_BIAS,
    /** Tier 1 (whales) bias minus Tier 3 (crowd) bias, -2..2: elite against crowd. */
    SMART_MONEY_DIVERGENCE,
    /** Confidence of the bias from coverage and agreement, 0..1. */
    SMART_MONEY_CONFIDENCE;

    /** The last auxiliary feature: {@code FUNDING_RATE .. LAST_AUX} are the features of a market context. */
    public static final Feature LAST_AUX = SMART_MONEY_CONFIDENCE;

    private static final Feature[] VALUES = values();

    public static int count() {
        return VALUES.length;
    }

    /** All features in ordinal order (shared array; do not modify). */
    public static Feature[] all() {
        return VALUES;
    }
}
