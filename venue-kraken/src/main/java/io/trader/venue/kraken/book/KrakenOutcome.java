package io.trader.venue.kraken.book;

/** What {@link KrakenBook#apply} did with one book entry; each outcome is counted. */
public enum KrakenOutcome {
    /** A snapshot replaced the book (its checksum, when present, matched). */
    SNAPSHOT_APPLIED,
    /** An update was applied and its checksum matched (or it carried none). */
    APPLIED,
    /** Applied, but the checksum after it did not match: the book went to RESYNC. */
    CHECKSUM_MISMATCH,
    /** Applied, but left the best bid at or above the best ask: the book went to RESYNC. */
    CROSSED,
    /** An update arrived while there is no valid book (before the first snapshot or in RESYNC): ignored. */
    IGNORED,
    /** The entry is for another symbol: ignored. */
    WRONG_SYMBOL
}
