package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.data.HlTrade;
import io.trader.venue.hyperliquid.data.L2Book;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Receives public market data from a {@link HyperliquidMarketStream}, on the stream's event-loop thread (do not
 * block; hand off to another thread if the work is slow). Every method defaults to a no-op.
 */
public interface HlMarketListener {

    /**
     * The book of a coin was replaced by a newer snapshot. The {@link L2Book} is the stream's live object: read it
     * during the call (or copy {@code book.levels()}), never keep it.
     */
    default void onBook(L2Book book) {
    }

    /** A public trade. */
    default void onTrade(HlTrade trade) {
    }

    /** Every coin's mid (an {@code allMids} message). */
    default void onMids(Map<String, BigDecimal> mids) {
    }
}
