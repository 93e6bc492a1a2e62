/**
 * Kraken streaming order book with CRC32 checksum validation, pure (no I/O, no clock, no framework): how a feed
 * drives it.
 * <ol>
 *   <li>Subscribe to {@code book} (v2: {@code {"method":"subscribe","params":{"channel":"book","symbol":["BTC/USD"],
 *       "depth":25}}}) and create one {@link io.trader.venue.kraken.book.KrakenBook} per symbol with the same
 *       depth, and one {@link io.trader.venue.kraken.book.KrakenBookParser} (v1:
 *       {@link io.trader.venue.kraken.book.KrakenV1BookParser}) per connection.</li>
 *   <li>Pass every text frame to {@code parser.parse(text)}: a {@link io.trader.venue.kraken.book.BookMessage}
 *       goes to {@code book.onMessage}; a {@link io.trader.venue.kraken.book.BookReject} is counted by reason
 *       ({@code NOT_BOOK} for heartbeats, status and acks).</li>
 *   <li>{@code onMessage} returns a {@link io.trader.venue.kraken.book.KrakenOutcome}: {@code CHECKSUM_MISMATCH}
 *       (or {@code CROSSED}) latches {@code RESYNC}: unsubscribe and resubscribe to get a new snapshot; updates
 *       meanwhile return {@code IGNORED}.</li>
 *   <li>Read {@code bestBid()/bestAsk()/midTicks()/bids(n, ticks, lots)} while {@code isLive()}; prices are
 *       ticks and sizes lots at the {@link io.trader.core.domain.InstrumentSpec}'s scales (BTC/USD: 1 and 8),
 *       the digits Kraken wrote are kept beside them for the checksum.</li>
 * </ol>
 */
package io.trader.venue.kraken.book;
