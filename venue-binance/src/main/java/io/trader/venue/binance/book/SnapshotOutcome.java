package io.trader.venue.binance.book;

/** What {@link BinanceBook#onSnapshot} did with a REST snapshot. */
public enum SnapshotOutcome {
    /** Loaded; the buffered diffs that follow it were applied and the book is LIVE. */
    LIVE,
    /**
     * Too old for the buffered diffs (the first diff newer than the snapshot starts after lastUpdateId + 1):
     * nothing changed, the diffs stay buffered; fetch a newer snapshot.
     */
    TOO_OLD,
    /** Older than what a live book already applied: ignored. */
    STALE,
    /** Loaded, but the buffered diffs broke the chain or crossed the book: the book is in RESYNC again. */
    RESYNC
}
