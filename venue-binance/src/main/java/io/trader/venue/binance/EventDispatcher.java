package io.trader.venue.binance;

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
 * Delivers order events to the listener on the engine's executor, one at a time, in the order they were queued.
 * Fail-stop: a listener that throws stops delivery and halts the adapter.
 */
final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final OrderEventListener listener;
    private final Executor executor;
    private final Consumer<RuntimeException> onFailure;
    private final ArrayDeque<OrderEvent> queue = new ArrayDeque<>();
    private boolean draining;
    private boolean failed;

    EventDispatcher(OrderEventListener listener, Executor executor, Consumer<RuntimeException> onFailure) {
        this.listener = listener;
        this.executor = executor;
        this.onFailure = onFailure;
    }

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
                LOG.error("the event executor refused delivery; {} order events dropped", events.size(), e);
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
                LOG.error("order event listener failed on {}; the Binance adapter halts", next, e);
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
