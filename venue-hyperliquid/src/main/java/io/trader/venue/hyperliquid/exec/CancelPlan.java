package io.trader.venue.hyperliquid.exec;

/** What {@link HyperliquidOrderTracker#requestCancel} wants the shell to do. */
public enum CancelPlan {
    /** Send a cancel by cloid now. */
    SEND,
    /**
     * The order is in flight: the cancel goes out when the venue answers
     * ({@link HyperliquidOrderTracker#takeDeferredCancel}).
     */
    DEFERRED,
    /** Unknown, closed, or a cancel is already on its way: nothing to send. */
    NONE
}
