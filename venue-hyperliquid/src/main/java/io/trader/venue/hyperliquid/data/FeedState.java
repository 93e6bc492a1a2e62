package io.trader.venue.hyperliquid.data;

/** Whether a market-data stream can be trusted right now. */
public enum FeedState {
    /** Disconnected, not yet received, silent for too long, or waiting for a backfill: do not trade on it. */
    STALE,
    /** Receiving messages within its threshold. */
    LIVE
}
