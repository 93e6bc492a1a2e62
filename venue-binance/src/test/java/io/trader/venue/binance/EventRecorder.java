package io.trader.venue.binance;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;

import java.util.ArrayList;
import java.util.List;

/** Records order events in delivery order. */
final class EventRecorder implements OrderEventListener {

    private final List<OrderEvent> events = new ArrayList<>();

    @Override
    public synchronized void onOrderEvent(OrderEvent event) {
        events.add(event);
    }

    synchronized List<OrderEvent> of(String clientId) {
        return events.stream().filter(e -> e.clientId().equals(clientId)).toList();
    }

    synchronized <T extends OrderEvent> List<T> of(String clientId, Class<T> type) {
        return events.stream().filter(e -> e.clientId().equals(clientId)).filter(type::isInstance).map(type::cast)
                .toList();
    }

    synchronized List<String> kinds(String clientId) {
        return of(clientId).stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    synchronized String describe() {
        return events.toString();
    }

    synchronized List<OrderEvent> all() {
        return new ArrayList<>(events);
    }
}
