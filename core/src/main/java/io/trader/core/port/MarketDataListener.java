package io.trader.core.port;

import io.trader.core.market.Bar;

/** Receives completed bars, in event-time order. */
@FunctionalInterface
public interface MarketDataListener {

    void onBar(Bar bar);
}
