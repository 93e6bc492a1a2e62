/**
 * Binance streaming order book, pure (no I/O, no clock, no framework): how a feed drives it.
 * <ol>
 *   <li>One {@link io.trader.venue.binance.book.BinanceDepthParser} and one
 *       {@link io.trader.venue.binance.book.BinanceBook} per symbol and stream (spot {@code <symbol>@depth@100ms}
 *       with {@link io.trader.venue.binance.book.SyncRule#SPOT}, USD-M {@code <symbol>@depth@0ms|100ms} with
 *       {@link io.trader.venue.binance.book.SyncRule#USDM}), both on the feed's thread.</li>
 *   <li>Open the WebSocket first and pass every frame to {@code parser.parse(bytes, off, len)} (or a String):
 *       a {@link io.trader.venue.binance.book.DepthDiff} goes to {@code book.onDiff}; a
 *       {@link io.trader.venue.binance.book.DepthReject} is already counted by reason
 *       ({@code parser.rejected(reason)}), drop it.</li>
 *   <li>Then fetch {@code GET /api/v3/depth?limit=1000} ({@code /fapi/v1/depth}) and pass its body through the same
 *       parser to {@code book.onSnapshot}: {@code LIVE} means the book is valid; {@code TOO_OLD} means fetch again
 *       (the buffered diffs are kept).</li>
 *   <li>Whenever {@code book.state()} is {@code RESYNC} ({@code onDiff} returned {@code GAP} or {@code CROSSED};
 *       {@code resyncReason()} and {@code resyncDetail()} say why), fetch a new snapshot; diffs keep being
 *       buffered meanwhile.</li>
 *   <li>Read {@code bestBid()/bestAsk()/bestBidLots()/midTicks()/bids(n, ticks, lots)} on the feed thread only
 *       while {@code isLive()}; hand other threads {@code snapshot(n)}, an immutable
 *       {@link io.trader.venue.binance.book.BookSnapshot}. Prices are ticks and sizes lots at the
 *       {@link io.trader.core.domain.InstrumentSpec}'s scales; counters: {@code count(DiffOutcome)},
 *       {@code count(SnapshotOutcome)}, {@code count(ResyncReason)}.</li>
 * </ol>
 */
package io.trader.venue.binance.book;
