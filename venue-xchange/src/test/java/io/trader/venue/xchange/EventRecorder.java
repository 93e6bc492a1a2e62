package io.trader.venue.xchange;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Records order events and waits (with a deadline, no sleeps) until they satisfy a condition. */
final class EventRecorder implements OrderEventListener {

    private final List<OrderEvent> events = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();

    @Override
    public synchronized void onOrderEvent(OrderEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    synchronized List<OrderEvent> events() {
        return List.copyOf(events);
    }

    synchronized List<String> threads() {
        return List.copyOf(threads);
    }

    synchronized List<OrderEvent> of(String clientId) {
        return events.stream().filter(e -> e.clientId().equals(clientId)).toList();
    }

    /** Waits up to 15 s for {@code condition} over the events so far; fails with the events seen otherwise. */
    synchronized List<OrderEvent> await(Predicate<List<OrderEvent>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.test(events)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not met; events: " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(events);
    }

    /** Waits until {@code clientId} has an event of {@code type}. */
    <T extends OrderEvent> T awaitEvent(String clientId, Class<T> type) throws InterruptedException {
        await(es -> es.stream().anyMatch(e -> e.clientId().equals(clientId) && type.isInstance(e)));
        return of(clientId).stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
