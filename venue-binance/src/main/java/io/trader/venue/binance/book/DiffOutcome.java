package io.trader.venue.binance.book;

/** What {@link BinanceBook#onDiff} did with a diff; each outcome is counted (by the book, REJECTED by the parser). */
public enum DiffOutcome {
    /** Applied to a live book. */
    APPLIED,
    /** Held for the next snapshot (no snapshot yet, or the book is resyncing). */
    BUFFERED,
    /** Older than the book (u at or below the last applied id, or older than the snapshot): ignored. */
    DROPPED_OLD,
    /** Did not continue the id chain: nothing applied, the book went to RESYNC and buffers from this diff on. */
    GAP,
    /** Applied, but left the book crossed: the book went to RESYNC. */
    CROSSED,
    /**
     * Only from {@link BinanceDepthParser#parseInto}: the frame was not a depth diff (refused and counted by reason
     * in the parser); the book is unchanged. {@link BinanceBook#onDiff} never returns it.
     */
    REJECTED
}
