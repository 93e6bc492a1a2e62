package io.trader.venue.hyperliquid.stream;

import io.trader.core.market.CandleBars;
import io.trader.venue.hyperliquid.data.HlSubscription;

/** One candle subscription's assembler and its backfill state (stream thread only). */
final class CandleFeed {

    final HlSubscription subscription;
    final CandleBars assembler;
    boolean backfilling;
    long retryTimer = -1;
    int failures;

    CandleFeed(HlSubscription subscription, CandleBars assembler) {
        this.subscription = subscription;
        this.assembler = assembler;
    }

    String key() {
        return subscription.key();
    }
}
