package io.trader.core.port;

import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;

/**
 * Fills a {@link MarketContext} with the auxiliary data of one instrument known at a bar's close time
 * (and, for per-bar aggregates such as trades, over the bar):
 * aligned files in backtests, live feeds in sessions. It sets {@code context.asOf(time)} and must never
 * reveal a value that became available after the bar's close.
 */
@FunctionalInterface
public interface MarketContextSource {

    /** No auxiliary data: every auxiliary feature stays unknown. */
    MarketContextSource NONE = (bar, context) -> context.asOf(bar.closeTime());

    void fill(Bar bar, MarketContext context);
}
