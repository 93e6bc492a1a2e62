package io.trader.layer4.core;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;

import java.util.ArrayList;
import java.util.List;

/** Records every order event in arrival order. */
final class OrderEventRecorder implements OrderEventListener {

    final List<OrderEvent> events = new ArrayList<>();

    @Override
    public void onOrderEvent(OrderEvent event) {
        events.add(event);
    }

    /** Returns the events recorded so far and forgets them. */
    List<OrderEvent> drain() {
        List<OrderEvent> copy = List.copyOf(events);
        events.clear();
        return copy;
    }
}
