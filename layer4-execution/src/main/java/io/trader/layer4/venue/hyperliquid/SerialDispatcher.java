package io.trader.layer4.venue.hyperliquid;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Delivers order events to the listener on the app's executor, one at a time and in the order they were queued,
 * however many threads queue them and whatever the executor's thread count. Fail-stop: a listener that throws is
 * logged, delivery stops, and {@code onFailure} tells the adapter to halt.
 */
final class SerialDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SerialDispatcher.class);

    private final OrderEventListener listener;
    private final Executor executor;
    private final Consumer<RuntimeException> onFailure;
    private final ArrayDeque<OrderEvent> queue = new ArrayDeque<>();
    private boolean draining;
    private boolean failed;

    SerialDispatcher(OrderEventListener listener, Executor executor, Consumer<RuntimeException> onFailure) {
        this.listener = listener;
        this.executor = executor;
        this.onFailure = onFailure;
    }

    /** Queues events (call in the order they happened, e.g. while holding the adapter's state lock). */
    void dispatch(List<OrderEvent> events) {
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
                LOG.error("the event executor refused delivery; {} order events are dropped", events.size(), e);
                synchronized (queue) {
                    queue.clear();
                    draining = false;
                }
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
                LOG.error("order event listener failed on {}; the Hyperliquid adapter halts", next, e);
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
