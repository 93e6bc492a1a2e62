package io.trader.venue.kraken;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TimeSource;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the adapter's parts share: the REST client, the order table behind one lock, the instrument map, the
 * starting balances, and the event delivery (in order, on the given executor). A listener that throws halts the
 * adapter.
 */
final class KrakenSession {

    private static final Logger LOG = LoggerFactory.getLogger(KrakenSession.class);

    final Vertx vertx;
    final KrakenConfig config;
    final KrakenRest rest;
    final TimeSource clock;
    final MalformedCounter malformed = new MalformedCounter();
    private final OrderTable table = new OrderTable();
    private final OrderEventListener listener;
    private final Executor executor;
    volatile KrakenInstruments instruments;
    volatile Map<String, BigDecimal> startBalances;
    private volatile String haltReason;
    private volatile boolean stopped;

    KrakenSession(Vertx vertx, KrakenConfig config, KrakenRest rest, TimeSource clock, OrderEventListener listener,
                  Executor executor) {
        this.vertx = vertx;
        this.config = config;
        this.rest = rest;
        this.clock = clock;
        this.listener = listener;
        this.executor = executor;
    }

    long now() {
        return clock.millis();
    }

    boolean started() {
        return instruments != null && !stopped;
    }

    /**
     * Applies a change to the order table and hands its events to the executor under the same lock, so events
     * reach the listener in the order the changes were made, whichever thread made them.
     */
    List<OrderEvent> apply(Function<OrderTable, List<OrderEvent>> change) {
        synchronized (table) {
            List<OrderEvent> events = change.apply(table);
            dispatch(events);
            return events;
        }
    }

    <T> T read(Function<OrderTable, T> query) {
        synchronized (table) {
            return query.apply(table);
        }
    }

    void dispatch(List<OrderEvent> events) {
        if (events.isEmpty() || stopped) {
            return;
        }
        executor.execute(() -> {
            for (OrderEvent e : events) {
                try {
                    listener.onOrderEvent(e);
                } catch (RuntimeException ex) {
                    halt("the order-event listener failed: " + ex);
                    LOG.error("order-event listener failed on {}", e, ex);
                }
            }
        });
    }

    void halt(String reason) {
        if (haltReason == null) {
            haltReason = reason;
            LOG.error("Kraken adapter halted: {}", reason);
        }
    }

    String haltReason() {
        return haltReason;
    }

    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }
}
