package io.trader.venue.kraken.book;

/** Where a {@link KrakenBook} is. Only {@link #LIVE} books may be read as valid. */
public enum KrakenBookState {
    /** No snapshot yet: updates are ignored (Kraken sends the snapshot first after subscribing). */
    AWAITING_SNAPSHOT,
    /** Built from a snapshot and every update since; the last checksum matched. */
    LIVE,
    /**
     * A checksum did not match (or the book crossed): the book is invalid and stays so, ignoring updates, until a
     * new snapshot (resubscribe). See {@link KrakenBook#resyncDetail()}.
     */
    RESYNC
}
