package io.trader.venue.hyperliquid.data;

/**
 * Why a Hyperliquid message or response was dropped. Each dropped message gets exactly one reason (the first
 * problem found: size before syntax, syntax before values, like {@link io.trader.layer0.core.RejectReason} for
 * candle files); streams count them and carry on, and nothing of a dropped message reaches a listener.
 */
public enum HlMalformed {
    /** Not JSON, truncated JSON, or JSON of the wrong shape for a field (e.g. an object where a string belongs). */
    INVALID_JSON,
    /** The top level is not a JSON object ({@code {"channel":..,"data":..}}). */
    NOT_AN_OBJECT,
    /** No {@code channel} field. */
    MISSING_CHANNEL,
    /** A required field is absent or null. */
    MISSING_FIELD,
    /** A number or decimal string that does not parse, or does not fit a {@code long}. */
    BAD_NUMBER,
    /** A field with a value outside its domain (side not A/B, levels not two arrays, unknown interval...). */
    BAD_VALUE,
    /** A price or size with more decimals than the instrument's tick or lot allows. */
    PRECISION,
    /** A book or trade for a coin the instrument table does not know (so it cannot be scaled). */
    UNKNOWN_COIN,
    /** A book snapshot whose sides are unsorted or cross (best bid at or above best ask). */
    BAD_BOOK,
    /**
     * Larger than a venue-realistic bound: over {@link HlWsDecoder#MAX_MESSAGE_BYTES} (dropped without parsing), or
     * more rows than the venue ever sends in one message (trades, mids, candles, fills, order updates).
     */
    TOO_LARGE,
    /** A price (fill, trade, book level, order limit, candle o/h/l/c, mid) that is zero or negative. */
    NON_POSITIVE_PRICE,
    /** A size (fill, trade, book level) that is zero or negative, or an order size below zero. */
    NON_POSITIVE_SIZE,
    /** A venue time outside 1970-01-01..2100-01-01 (epoch ms), or a candle that closes before it opens. */
    BAD_TIME,
    /** A candle whose high is below its low. */
    HIGH_BELOW_LOW,
    /** A candle whose open or close lies outside [low, high]. */
    OPEN_CLOSE_OUTSIDE_RANGE,
    /** A candle with a volume below zero. */
    NEGATIVE_VOLUME,
    /** A candle interval Hyperliquid does not have. */
    BAD_INTERVAL;

    /** The reason as a metric label, e.g. {@code too_large}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
