package io.trader.layer4.core;

import io.trader.core.domain.OrderState;

/** The paper venue's mutable record of one live order. Engine-thread only. */
final class WorkingOrder {

    OrderState state;
    /** Earliest bar open time this order may fill on (submit time + latency). */
    final long eligibleTime;
    /**
     * True once the order sat on the book: it saw an eligible bar whose open did not cross it. A resting
     * limit order only fills as a maker, at its limit price.
     */
    boolean resting;
    boolean closed;
    private final String fillIdPrefix;
    private int fills;

    WorkingOrder(OrderState state, long eligibleTime, boolean resting, String fillIdPrefix) {
        this.state = state;
        this.eligibleTime = eligibleTime;
        this.resting = resting;
        this.fillIdPrefix = fillIdPrefix;
    }

    String nextFillId() {
        fills++;
        return fillIdPrefix + fills;
    }
}
