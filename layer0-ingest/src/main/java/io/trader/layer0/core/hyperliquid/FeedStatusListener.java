package io.trader.layer0.core.hyperliquid;

/** Receives stream health changes, in the order they happen. */
@FunctionalInterface
public interface FeedStatusListener {

    void onStatus(FeedStatus status);
}
