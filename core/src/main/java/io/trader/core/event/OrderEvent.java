package io.trader.core.event;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderState;

/** What a venue (paper or live) says about an order. Each event carries the order's state after it. */
public sealed interface OrderEvent permits OrderEvent.Accepted, OrderEvent.Rejected, OrderEvent.Filled,
        OrderEvent.Cancelled, OrderEvent.Unknown {

    OrderState state();

    long time();

    default String clientId() {
        return state().clientId();
    }

    /** The venue accepted the order; it rests or is about to execute. */
    record Accepted(OrderState state, long time) implements OrderEvent {
    }

    /** The venue refused the order; {@code reason} is the venue's reason in plain words. */
    record Rejected(OrderState state, String reason, long time) implements OrderEvent {
    }

    /** An execution; {@code state} is FILLED or PARTIALLY_FILLED after it. */
    record Filled(Fill fill, OrderState state, long time) implements OrderEvent {
    }

    /** The order was cancelled (by us, the venue or expiry); the unfilled rest is gone. */
    record Cancelled(OrderState state, String reason, long time) implements OrderEvent {
    }

    /** The order's fate is unknown (timeout, dropped connection): reconcile before trusting it. */
    record Unknown(OrderState state, String reason, long time) implements OrderEvent {
    }
}
