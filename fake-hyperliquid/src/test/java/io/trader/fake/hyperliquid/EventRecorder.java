package io.trader.fake.hyperliquid;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Records order events with the thread each arrived on, and whether two ever overlapped. */
final class EventRecorder implements OrderEventListener {

    private final List<OrderEvent> events = new CopyOnWriteArrayList<>();
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inside = new AtomicInteger();
    private volatile boolean overlapped;

    @Override
    public void onOrderEvent(OrderEvent event) {
        if (inside.incrementAndGet() > 1) {
            overlapped = true;
        }
        threads.add(Thread.currentThread().getName());
        events.add(event);
        inside.decrementAndGet();
    }

    List<OrderEvent> all() {
        return List.copyOf(events);
    }

    List<OrderEvent> of(String clientId) {
        return events.stream().filter(e -> e.clientId().equals(clientId)).toList();
    }

    /** Event kinds of one order, e.g. {@code [Accepted, Filled]}. */
    List<String> kinds(String clientId) {
        return of(clientId).stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    <T extends OrderEvent> T last(String clientId, Class<T> type) {
        List<OrderEvent> mine = of(clientId);
        for (int i = mine.size() - 1; i >= 0; i--) {
            if (type.isInstance(mine.get(i))) {
                return type.cast(mine.get(i));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " for " + clientId + " in " + kinds(clientId));
    }

    /** Waits until the order's event kinds equal {@code expected}. */
    void awaitKinds(String clientId, List<String> expected) {
        Poll.until(() -> kinds(clientId).equals(expected), () -> clientId + " events " + kinds(clientId)
                + " expected " + expected);
    }

    boolean overlapped() {
        return overlapped;
    }
}
