package io.trader.venue.binance.book;

/** Where a {@link BinanceBook} is in Binance's sync procedure. Only {@link #LIVE} books may be read as valid. */
public enum BookState {
    /** No snapshot applied yet: diffs are buffered until one arrives. */
    AWAITING_SNAPSHOT,
    /** Snapshot applied and every diff since continues the id chain: the book is valid. */
    LIVE,
    /** The chain broke (see {@link ResyncReason}): the book is invalid until a new snapshot; diffs are buffered. */
    RESYNC
}
