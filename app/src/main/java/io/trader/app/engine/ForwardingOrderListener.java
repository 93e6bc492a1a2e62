package io.trader.app.engine;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;

/** Lets a venue be built before the engine that listens to it: events go to the target set later. */
public final class ForwardingOrderListener implements OrderEventListener {

    private OrderEventListener target;

    public void setTarget(OrderEventListener target) {
        this.target = target;
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        if (target == null) {
            throw new IllegalStateException("order event before the engine was attached: " + event);
        }
        target.onOrderEvent(event);
    }
}
