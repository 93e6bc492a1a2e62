package io.trader.core.venue;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Delivers a venue adapter's order events to the listener on the app's executor, one at a time and in the order they
 * were queued, however many threads queue them and whatever the executor's thread count: every venue adapter uses
 * it. Fail-stop: when the listener throws, or the executor refuses delivery (events would be lost), delivery stops
 * and {@code onFailure} tells the adapter to halt (it logs the cause).
 */
public final class OrderEventDispatcher {

    private final OrderEventListener listener;
    private final Executor executor;
    private final Consumer<RuntimeException> onFailure;
    private final ArrayDeque<OrderEvent> queue = new ArrayDeque<>();
    private boolean draining;
    private boolean failed;

    public OrderEventDispatcher(OrderEventListener listener, Executor executor,
                                Consumer<RuntimeException> onFailure) {
        this.listener = listener;
        this.executor = executor;
        this.onFailure = onFailure;
    }

    /** Queues events (call in the order they happened, e.g. while holding the adapter's state lock). */
    public void dispatch(List<OrderEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        boolean start;
        synchronized (queue) {
            if (failed) {
                return;
            }
            queue.addAll(events);
            start = !draining;
            draining = true;
        }
        if (start) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                synchronized (queue) {
                    failed = true;
                    queue.clear();
                    draining = false;
                }
                onFailure.accept(new IllegalStateException("the event executor refused delivery of "
                        + events.size() + " order events", e));
            }
        }
    }

    private void drain() {
        while (true) {
            OrderEvent next;
            synchronized (queue) {
                next = queue.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                listener.onOrderEvent(next);
            } catch (RuntimeException e) {
                synchronized (queue) {
                    failed = true;
                    queue.clear();
                    draining = false;
                }
                onFailure.accept(e);
                return;
            }
        }
    }
}
