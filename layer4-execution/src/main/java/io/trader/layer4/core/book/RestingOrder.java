package io.trader.layer4.core.book;

import io.trader.core.domain.Side;

/** A simulated limit order resting in the book (mutable, owned by {@link BookSimulator}). */
final class RestingOrder {

    final long orderId;
    final Side side;
    final long priceTick;
    long remainingLots;
    long queueAheadLots;

    RestingOrder(long orderId, Side side, long priceTick, long remainingLots, long queueAheadLots) {
        this.orderId = orderId;
        this.side = side;
        this.priceTick = priceTick;
        this.remainingLots = remainingLots;
        this.queueAheadLots = queueAheadLots;
    }

    /** True when a trade at {@code tradeTick} is strictly beyond this order's price (its level was cleared). */
    boolean tradedThrough(long tradeTick) {
        return side == Side.BUY ? tradeTick < priceTick : tradeTick > priceTick;
    }
}
