package io.trader.layer0.core;

/**
 * Why a candle row was not turned into a bar. Each rejected row gets exactly one reason: the first
 * failing check in the order declared here (syntax first, then prices, then time order, then the
 * comparison with the neighbouring bars of a whole file).
 */
public enum RejectReason {
    /** Wrong number of fields, an unparseable date or number, or a value too large for a {@code long}. */
    MALFORMED,
    /** A price or volume spelled {@code NaN} or {@code Inf}/{@code Infinity} (any case, any sign). */
    NAN_OR_INFINITE,
    /** A price with more significant decimals than the instrument's price scale. */
    PRECISION,
    /** open, high, low or close is zero or negative. */
    NON_POSITIVE_PRICE,
    /** high is below low. */
    HIGH_BELOW_LOW,
    /** open or close lies outside [low, high]. */
    OPEN_CLOSE_OUTSIDE_RANGE,
    /** volume is below zero. */
    NEGATIVE_VOLUME,
    /** open time earlier than the previous accepted row's (later, in a newest-first file). */
    OUT_OF_ORDER,
    /** open time equal to the previous accepted row's (the first one is kept). */
    DUPLICATE_TIME,
    /** A price far (more than {@link PriceSpikes#FACTOR}x) from the closes of the bars on both sides. */
    PRICE_SPIKE;

    private static final RejectReason[] VALUES = values();

    static RejectReason of(int ordinal) {
        return VALUES[ordinal];
    }

    static int count() {
        return VALUES.length;
    }
}
