package io.trader.core.port;

import io.trader.core.market.MarketContext;

/**
 * Fills a {@link MarketContext} with the auxiliary data of one instrument known at a bar's close time:
 * aligned files in backtests, live feeds in sessions. It sets {@code context.asOf(time)} and must never
 * reveal a value that became available after {@code time}.
 */
@FunctionalInterface
public interface MarketContextSource {

    /** No auxiliary data: every auxiliary feature stays unknown. */
    MarketContextSource NONE = (time, context) -> context.asOf(time);

    void fill(long time, MarketContext context);
}
