package io.trader.core.port;

import io.trader.core.event.OrderEvent;

/** Receives the lifecycle events of orders from a venue. */
@FunctionalInterface
public interface OrderEventListener {

    void onOrderEvent(OrderEvent event);
}
