package io.trader.venue.hyperliquid;

import io.trader.core.event.OrderEvent;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TimeSource;
import io.trader.venue.hyperliquid.exec.HyperliquidOrderTracker;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state the adapter's parts share: connections, the signer, and the order tracker behind one lock. Every
 * tracker change goes through {@link #apply}, which queues the resulting events while still holding the lock (so
 * they reach the listener in the order they happened), logs anomalies and hands settlement requests on.
 */
final class VenueSession {

    private static final Logger LOG = LoggerFactory.getLogger(VenueSession.class);

    final Vertx vertx;
    final HyperliquidConfig config;
    final HyperliquidSigner signer;
    final String user;
    final TimeSource clock;
    final HyperliquidRaw raw;
    final HyperliquidInfo info;
    final io.trader.core.venue.OrderEventDispatcher dispatcher;
    /** When each order was first sent (epoch ms), for fill look-ups. */
    final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private volatile HyperliquidOrderTracker tracker;
    private volatile Consumer<List<String>> settlements = ids -> { };
    private volatile String haltReason;
    private volatile boolean stopped;

    VenueSession(Vertx vertx, HyperliquidConfig config, HyperliquidSigner signer, TimeSource clock, HyperliquidRaw raw,
                 OrderEventListener listener, Executor eventExecutor) {
        this.vertx = vertx;
        this.config = config;
        this.signer = signer;
        this.clock = clock;
        this.raw = raw;
        this.info = new HyperliquidInfo(raw);
        this.dispatcher = new io.trader.core.venue.OrderEventDispatcher(listener, eventExecutor, e -> halt("order event listener failed: " + e));
        this.user = config.vaultAddress() != null ? config.vaultAddress()
                : config.accountAddress() != null ? config.accountAddress() : signer.address();
    }

    void start(HyperliquidOrderTracker t, Consumer<List<String>> settlementScheduler) {
        synchronized (lock) {
            this.tracker = t;
            this.settlements = settlementScheduler;
        }
    }

    boolean started() {
        return tracker != null;
    }

    long now() {
        return clock.millis();
    }

    /** Runs a tracker change under the lock and queues its events. */
    List<OrderEvent> apply(Function<HyperliquidOrderTracker, List<OrderEvent>> change) {
        List<OrderEvent> events;
        List<String> settle;
        List<String> notes;
        synchronized (lock) {
            if (tracker == null || stopped) {
                if (tracker == null) {
                    LOG.warn("hyperliquid: venue data before start() is ignored; reconcile after start covers it");
                }
                return List.of();
            }
            events = change.apply(tracker);
            dispatcher.dispatch(events);
            settle = tracker.drainSettleRequests();
            notes = tracker.drainAnomalies();
        }
        notes.forEach(n -> LOG.warn("hyperliquid: {}", n));
        if (!settle.isEmpty()) {
            settlements.accept(settle);
        }
        return events;
    }

    /** Reads tracker state under the lock ({@code fallback} before start). */
    <T> T read(Function<HyperliquidOrderTracker, T> query, T fallback) {
        synchronized (lock) {
            return tracker == null ? fallback : query.apply(tracker);
        }
    }

    /** After {@link HyperliquidExchange#stop}: no more tracker changes, no more events. */
    void stop() {
        synchronized (lock) {
            stopped = true;
        }
    }

    boolean stopped() {
        return stopped;
    }

    /** Stops new orders (fail-stop after a listener failure or an explicit halt). */
    void halt(String reason) {
        if (haltReason == null) {
            haltReason = reason;
            LOG.error("hyperliquid adapter halted: {}", reason);
        }
    }

    String haltReason() {
        return haltReason;
    }
}
