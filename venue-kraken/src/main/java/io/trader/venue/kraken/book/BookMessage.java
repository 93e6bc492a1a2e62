package io.trader.venue.kraken.book;

import java.util.List;

/**
 * A Kraken {@code book} message: a snapshot (replaces the book) or an update (levels to set), one entry per symbol.
 *
 * @param snapshot true for {@code "type":"snapshot"} (v1: the {@code as}/{@code bs} message)
 * @param entries  the message's data entries, usually one
 */
public record BookMessage(boolean snapshot, List<BookData> entries) implements KrakenBookMessage {

    public BookMessage {
        entries = List.copyOf(entries);
    }

    /**
     * One symbol's part of a book message.
     *
     * @param symbol   e.g. {@code BTC/USD}
     * @param checksum the CRC32 Kraken computed after applying this entry (unsigned 32 bits), or -1 when absent
     *                 (v1 snapshots carry none)
     * @param republish v1 only: the {@code "r"} flag, an update re-sent for a level that changed in place
     */
    public record BookData(String symbol, LevelChanges bids, LevelChanges asks, long checksum, boolean republish) {
    }
}
