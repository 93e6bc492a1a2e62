/**
 * The Hyperliquid market-data shell on Vert.x: {@link io.trader.layer0.venue.hyperliquid.HyperliquidInfoClient}
 * (over {@link io.trader.layer0.venue.hyperliquid.HyperliquidInfoRaw}: weight budget, retries with backoff, typed
 * errors), {@link io.trader.layer0.venue.hyperliquid.HyperliquidMarketStream} (websocket subscriptions, heartbeat,
 * reconnect, candle backfill, STALE/LIVE status) and
 * {@link io.trader.layer0.venue.hyperliquid.HyperliquidCandleDownloader} (resumable CSV in the {@code shared/data}
 * layout). Limits and policies are declared in {@link io.trader.layer0.venue.hyperliquid.HyperliquidResilience};
 * tests run against the {@code fake-hyperliquid} module.
 */
package io.trader.layer0.venue.hyperliquid;
