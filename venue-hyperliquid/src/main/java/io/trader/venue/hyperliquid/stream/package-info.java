/**
 * The Hyperliquid market-data shell on Vert.x: {@link io.trader.venue.hyperliquid.stream.HyperliquidInfoClient}
 * (over {@link io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw}: weight budget, retries with backoff, typed
 * errors), {@link io.trader.venue.hyperliquid.stream.HyperliquidMarketStream} (websocket subscriptions, heartbeat,
 * reconnect, candle backfill, STALE/LIVE status) and
 * {@link io.trader.venue.hyperliquid.stream.HyperliquidCandleDownloader} (resumable CSV in the {@code shared/data}
 * layout). Limits and policies are declared in {@link io.trader.venue.hyperliquid.stream.HyperliquidResilience};
 * tests run against the {@code fake-hyperliquid} module.
 */
package io.trader.venue.hyperliquid.stream;
