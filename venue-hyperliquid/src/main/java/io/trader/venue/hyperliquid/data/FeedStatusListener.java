package io.trader.venue.hyperliquid.data;

/** Receives stream health changes, in the order they happen. */
@FunctionalInterface
public interface FeedStatusListener {

    void onStatus(FeedStatus status);
}
