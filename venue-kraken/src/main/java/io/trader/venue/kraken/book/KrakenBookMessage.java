package io.trader.venue.kraken.book;

/** What the Kraken book parsers make of one wire message: book data, or a counted rejection. */
public sealed interface KrakenBookMessage permits BookMessage, BookReject {
}
