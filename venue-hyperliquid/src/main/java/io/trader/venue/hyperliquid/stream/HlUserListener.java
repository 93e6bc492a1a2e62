package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.data.HlOrderUpdate;
import io.trader.venue.hyperliquid.data.HlUserEvent;
import io.trader.venue.hyperliquid.data.HlUserFills;

import java.util.List;

/**
 * Receives the user streams ({@code orderUpdates}, {@code userFills}, {@code userEvents}) from a
 * {@link HyperliquidMarketStream}, on the stream's event-loop thread. Every method defaults to a no-op. After a
 * reconnect the venue re-sends a {@code userFills} snapshot ({@link HlUserFills#snapshot()}); fills already seen
 * must be de-duplicated by {@code tid}/{@code oid} by the consumer.
 */
public interface HlUserListener {

    default void onOrderUpdates(List<HlOrderUpdate> updates) {
    }

    default void onUserFills(HlUserFills fills) {
    }

    default void onUserEvent(HlUserEvent event) {
    }
}
