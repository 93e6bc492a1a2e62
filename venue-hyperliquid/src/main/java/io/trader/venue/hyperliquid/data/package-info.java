/**
 * Hyperliquid market data, pure: parsers of {@code /info} responses ({@link io.trader.venue.hyperliquid.data.HlInfoParser},
 * {@link io.trader.venue.hyperliquid.data.HlUserMessages}) and websocket messages
 * ({@link io.trader.venue.hyperliquid.data.HlWsDecoder}, Jackson streaming for books and trades straight into
 * ticks and lots), the per-coin {@link io.trader.venue.hyperliquid.data.L2Book}, the
 * {@link io.trader.venue.hyperliquid.data.CandleAssembler} that turns the candle stream into closed bars through
 * layer 0's {@code BarValidator}, stream health ({@link io.trader.venue.hyperliquid.data.FeedHealth},
 * {@link io.trader.venue.hyperliquid.data.FeedStatus}) and the resilience arithmetic (backoff, weight budget).
 * No framework, no I/O, no clock: time is passed in. Venue prices and sizes are decimal strings and never pass
 * through {@code double} on their way to ticks, lots or {@code BigDecimal}.
 */
package io.trader.venue.hyperliquid.data;
