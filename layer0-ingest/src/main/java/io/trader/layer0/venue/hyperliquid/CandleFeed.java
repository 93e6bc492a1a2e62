package io.trader.layer0.venue.hyperliquid;

import io.trader.layer0.core.hyperliquid.CandleAssembler;
import io.trader.layer0.core.hyperliquid.HlSubscription;

/** One candle subscription's assembler and its backfill state (stream thread only). */
final class CandleFeed {

    final HlSubscription subscription;
    final CandleAssembler assembler;
    boolean backfilling;
    long retryTimer = -1;
    int failures;

    CandleFeed(HlSubscription subscription, CandleAssembler assembler) {
        this.subscription = subscription;
        this.assembler = assembler;
    }

    String key() {
        return subscription.key();
    }
}
