package io.trader.venue.binance.market;

import java.util.Locale;

/** Why a kline message or row was dropped; counted by reason, never thrown at the caller. */
public enum KlineReject {
    /** Not JSON, or JSON of an unexpected shape (no {@code data}, {@code k} or row array). */
    NOT_JSON,
    /** A required field is missing or of the wrong type. */
    MISSING_FIELD,
    /** A price or volume is not a decimal number, or a time is not a number. */
    BAD_NUMBER,
    /** A price finer than the instrument's tick, or too large for a long. */
    OFF_TICK,
    /** High below low, open or close outside high..low, a non-positive price or a negative volume. */
    INCONSISTENT,
    /** A kline whose open time is not on the interval's grid, or whose close time is not after its open. */
    BAD_TIME,
    /** A symbol or interval the stream did not subscribe. */
    UNKNOWN_STREAM,
    /** A message of another event type on the kline stream. */
    OTHER_EVENT;

    /** Metric label, e.g. {@code missing_field}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
