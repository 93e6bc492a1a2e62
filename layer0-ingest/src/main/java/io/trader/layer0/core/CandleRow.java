package io.trader.layer0.core;

/**
 * One candle row as parsed, before validation. A mutable holder that the parser refills for every row
 * (no allocation per row); copy what you need, never keep a reference. Prices are ticks at the scale
 * the row was parsed with. When {@link #reject()} is non-null the other values are unspecified.
 */
public final class CandleRow {

    long lineNumber;
    long openTime;
    long open;
    long high;
    long low;
    long close;
    double volume;
    RejectReason reject;

    /** Fills the row with values from another source (e.g. a venue stream), clearing any rejection. */
    public CandleRow set(long lineNumber, long openTime, long open, long high, long low, long close,
                         double volume) {
        this.lineNumber = lineNumber;
        this.openTime = openTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.reject = null;
        return this;
    }

    /** Marks the row as rejected by the parser. */
    public CandleRow reject(long lineNumber, RejectReason reason) {
        this.lineNumber = lineNumber;
        this.reject = reason;
        return this;
    }

    /** 1-based line number in the source (or a sequence number for non-text sources). */
    public long lineNumber() {
        return lineNumber;
    }

    public long openTime() {
        return openTime;
    }

    public long open() {
        return open;
    }

    public long high() {
        return high;
    }

    public long low() {
        return low;
    }

    public long close() {
        return close;
    }

    public double volume() {
        return volume;
    }

    /** Syntax-level rejection found by the parser, or {@code null}. */
    public RejectReason reject() {
        return reject;
    }
}
