package io.trader.layer0.core.hyperliquid;

/**
 * Why a Hyperliquid message or response was dropped. Each dropped message gets exactly one reason (the first
 * problem found); streams count them and carry on.
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
    /** A book snapshot whose sides are unsorted, hold a non-positive size, or cross. */
    BAD_BOOK
}
