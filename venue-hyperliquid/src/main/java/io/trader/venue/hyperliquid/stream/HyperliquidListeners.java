package io.trader.venue.hyperliquid.stream;

import io.trader.core.port.MarketDataListener;
import io.trader.venue.hyperliquid.data.FeedStatusListener;

/**
 * Where a {@link HyperliquidMarketStream} sends its output. All are called on the stream's event-loop thread.
 *
 * @param bars   closed, validated bars of the candle subscriptions, in time order per series
 * @param market books, trades, mids
 * @param user   order updates, fills, user events
 * @param status stream health changes (STALE / LIVE)
 */
public record HyperliquidListeners(MarketDataListener bars, HlMarketListener market, HlUserListener user,
                                   FeedStatusListener status) {

    public HyperliquidListeners {
        if (bars == null || market == null || user == null || status == null) {
            throw new IllegalArgumentException("listeners must not be null (use none() and the with... methods)");
        }
    }

    /** Listeners that ignore everything. */
    public static HyperliquidListeners none() {
        return new HyperliquidListeners(bar -> {
        }, new HlMarketListener() {
        }, new HlUserListener() {
        }, s -> {
        });
    }

    public HyperliquidListeners withBars(MarketDataListener l) {
        return new HyperliquidListeners(l, market, user, status);
    }

    public HyperliquidListeners withMarket(HlMarketListener l) {
        return new HyperliquidListeners(bars, l, user, status);
    }

    public HyperliquidListeners withUser(HlUserListener l) {
        return new HyperliquidListeners(bars, market, l, status);
    }

    public HyperliquidListeners withStatus(FeedStatusListener l) {
        return new HyperliquidListeners(bars, market, user, l);
    }
}
