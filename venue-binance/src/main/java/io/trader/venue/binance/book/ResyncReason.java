package io.trader.venue.binance.book;

/** Why a {@link BinanceBook} left {@link BookState#LIVE} and needs a new snapshot. */
public enum ResyncReason {
    /** None: the book has not needed a resync since its last snapshot. */
    NONE,
    /** A diff did not continue the id chain (spot: U != previous u + 1; futures: pu != previous u). */
    GAP,
    /** After applying a diff the best bid was at or above the best ask. */
    CROSSED,
    /** Diffs arrived while waiting for a snapshot faster than the buffer holds: the oldest were dropped. */
    BUFFER_OVERFLOW
}
