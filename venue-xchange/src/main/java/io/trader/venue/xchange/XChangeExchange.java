package io.trader.venue.xchange;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TimeSource;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.dto.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trading on any XChange venue through the platform's {@link ExchangePort}.
 *
 * <p>Threads: XChange blocks, so every venue call runs on this adapter's own single I/O thread, paced by the venue's
 * {@link RateBudget}; callers never block. Events reach the listener on the given event executor (the engine's),
 * one at a time, in order; a listener that throws halts the adapter (no new orders).
 *
 * <p>Orders: LIMIT GTC / IOC / POST_ONLY with the module's flags ({@link VenueProfile#tifFlags()}; a time in force
 * the module cannot send is rejected unsent) and MARKET; the client id travels as the venue's client order id
 * ({@code userReference}, derived by {@link VenueProfile#clientOid()} so a resend carries the same one). Venue
 * refusals are Rejected with {@link XChangeError#reason()}; 429s back off and retry (nothing was applied); an auth
 * failure halts the adapter with a clear reason. A send that times out or gets a 5xx is Unknown, then looked up by
 * client order id before anything is resent (at most {@link Settings#maxSubmitAttempts()} sends).
 *
 * <p>Fills and closes are polled ({@link Settings#pollMillis()}, or {@link #pollNow()}): the trade history of each
 * instrument with live orders (each venue trade applied once, whatever the overlap of successive polls), then the
 * open orders; an acknowledged order missing from them is queried and closed (its last fills first).
 */
public final class XChangeExchange implements ExchangePort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XChangeExchange.class);
    private static final int MAX_SEEN_TRADES = 100_000;

    /**
     * @param pollMillis             fill / close poll period, 0 for none (tests call {@link #pollNow()})
     * @param maxSubmitAttempts      sends of one order that may reach the venue (after UNKNOWN fates)
     * @param resolveDelayMillis     wait before looking up an order of UNKNOWN fate (and between lookups)
     * @param rateLimitBackoffMillis back-off after a rate-limit answer
     * @param maxRateLimitRetries    retries of one call after rate-limit answers before giving up
     */
    public record Settings(long pollMillis, int maxSubmitAttempts, long resolveDelayMillis,
                           long rateLimitBackoffMillis, int maxRateLimitRetries) {

        public static final Settings DEFAULT = new Settings(1_000, 3, 500, 1_000, 5);

        public Settings {
            if (pollMillis < 0 || maxSubmitAttempts < 1 || resolveDelayMillis < 0 || rateLimitBackoffMillis < 0
                    || maxRateLimitRetries < 0) {
                throw new IllegalArgumentException("settings out of range");
            }
        }
    }

    final String name;
    final Exchange exchange;
    final VenueProfile profile;
    final RateBudget budget;
    final Settings settings;
    final TimeSource clock;
    final ScheduledExecutorService io;
    private final OrderEventListener listener;
    private final Executor eventExecutor;
    final Map<String, TrackedOrder> orders = new LinkedHashMap<>();
    final Map<String, TrackedOrder> byVenueId = new LinkedHashMap<>();
    final Set<String> seenTrades = java.util.Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_SEEN_TRADES;
        }
    });
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Map<String, OrderState> view = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final XChangeOrderFlow flow;
    private volatile XChangeInstruments instruments = XChangeInstruments.of(null);
    private volatile String haltReason;

    public XChangeExchange(Exchange exchange, VenueProfile profile, RateBudget budget, OrderEventListener listener,
                           Executor eventExecutor, TimeSource clock, Settings settings) {
        if (exchange == null || profile == null || budget == null || listener == null || eventExecutor == null
                || clock == null || settings == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        this.name = profile.name();
        this.exchange = exchange;
        this.profile = profile;
        this.budget = budget;
        this.listener = listener;
        this.eventExecutor = eventExecutor;
        this.clock = clock;
        this.settings = settings;
        this.io = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xchange-" + profile.name());
            t.setDaemon(true);
            return t;
        });
        this.flow = new XChangeOrderFlow(this);
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Loads the venue's instruments (XChange {@code remoteInit} when the exchange has none yet) on the I/O thread,
     * then starts the poll. Fails with the translated error when the venue cannot be read; an auth failure (a module
     * that reads private endpoints at start, like xchange-okex) also halts the adapter.
     */
    public CompletableFuture<XChangeInstruments> start() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                var meta = exchange.getExchangeMetaData();
                if (meta == null || meta.getInstruments() == null || meta.getInstruments().isEmpty()) {
                    budget.acquire();
                    exchange.remoteInit();
                }
            } catch (Exception e) {
                XChangeError err = XChangeErrorAdapter.classify(e);
                if (err.kind() == XChangeError.Kind.AUTH) {
                    halt(err.reason());
                }
                throw new IllegalStateException(name + " instruments could not be loaded: " + err.reason(), e);
            }
            instruments = XChangeInstruments.of(exchange.getExchangeMetaData());
            if (settings.pollMillis() > 0) {
                io.scheduleWithFixedDelay(this::pollSafely, settings.pollMillis(), settings.pollMillis(),
                        TimeUnit.MILLISECONDS);
            }
            LOG.info("{} adapter started with {} instruments ({} skipped)", name, instruments.entries().size(),
                    instruments.skipped());
            return instruments;
        }, io);
    }

    public XChangeInstruments instruments() {
        return instruments;
    }

    @Override
    public void submit(OrderRequest request) {
        if (!known.add(request.clientId())) {
            return;
        }
        view.put(request.clientId(), OrderState.created(request));
        io.execute(() -> place(request));
    }

    private void place(OrderRequest r) {
        long now = clock.millis();
        String refusal = refusal(r);
        if (refusal != null) {
            TrackedOrder t = new TrackedOrder(OrderState.created(r), null, null);
            orders.put(r.clientId(), t);
            emit(t, new OrderEvent.Rejected(t.state.withStatus(OrderStatus.REJECTED, now), refusal, now));
            return;
        }
        XChangeInstruments.Entry venue = instruments.bySymbol(r.instrument().symbol()).orElseThrow();
        TrackedOrder t = new TrackedOrder(OrderState.created(r), venue, profile.clientOid().apply(r.clientId()));
        orders.put(r.clientId(), t);
        flow.send(t);
    }

    /**
     * Takes over an order a previous session placed (after a restart): looks its client order id up at the venue
     * (the module's client-id query, else the open orders) and, when the venue has it open, tracks it as Accepted
     * with its venue id, so it is polled and can be cancelled. Fills are then read from the venue again; their ids
     * are the same as the previous session's (venue trade id, or order id and cumulative amount), so a ledger that
     * applies each fill id once does not count them twice. Completes with the order's state, or empty when the venue
     * does not have it open (nothing tracked); fails when the module can look it up neither way.
     */
    public CompletableFuture<java.util.Optional<OrderState>> recover(OrderRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            if (!known.add(request.clientId())) {
                return java.util.Optional.ofNullable(view.get(request.clientId()));
            }
            var venue = instruments.bySymbol(request.instrument().symbol());
            Order found;
            try {
                budget.acquire();
                found = venue.isEmpty() ? null : flow.lookUp(profile.clientOid().apply(request.clientId()));
            } catch (Exception e) {
                XChangeError err = XChangeErrorAdapter.classify(e);
                if (err.kind() != XChangeError.Kind.NOT_FOUND) {
                    known.remove(request.clientId());
                    throw new IllegalStateException(name + " cannot look up " + request.clientId() + ": "
                            + err.reason(), e);
                }
                found = null;
            }
            if (found == null || (found.getStatus() != null && found.getStatus().isFinal())) {
                known.remove(request.clientId());
                return java.util.Optional.empty();
            }
            TrackedOrder t = new TrackedOrder(OrderState.created(request), venue.get(),
                    profile.clientOid().apply(request.clientId()));
            orders.put(request.clientId(), t);
            view.put(request.clientId(), t.state);
            flow.acknowledged(t, found.getId());
            return java.util.Optional.of(t.state);
        }, io);
    }

    private String refusal(OrderRequest r) {
        if (haltReason != null) {
            return "rejected: adapter halted (" + haltReason + ")";
        }
        var venue = instruments.bySymbol(r.instrument().symbol());
        if (venue.isEmpty()) {
            return "rejected: " + r.instrument().symbol() + " is not traded on " + name;
        }
        if (r.type() == OrderType.MARKET && r.timeInForce() == TimeInForce.POST_ONLY) {
            return "rejected: post-only market order";
        }
        if (r.type() == OrderType.MARKET && !profile.marketOrders()) {
            return "unsupported: market orders are not supported by the " + name + " XChange module";
        }
        if (r.type() == OrderType.LIMIT && !profile.tifFlags().containsKey(r.timeInForce())) {
            return "unsupported: " + r.timeInForce() + " limit orders are not supported by the " + name
                    + " XChange module";
        }
        String off = XChangeCalls.offGrid(r, venue.get());
        return off == null ? null : "rejected: " + off;
    }

    Set<Order.IOrderFlags> flags(OrderRequest r) {
        return r.type() == OrderType.MARKET ? Set.of() : profile.tifFlags().get(r.timeInForce());
    }

    /** Cancels by venue id; a cancel asked before the venue acknowledged the order goes out once it has. */
    @Override
    public void cancel(String clientId, String reason) {
        io.execute(() -> {
            TrackedOrder t = orders.get(clientId);
            if (t == null || t.state.status().isTerminal()) {
                return;
            }
            if (t.venueId() == null) {
                t.cancelRequested = true;
                t.cancelReason = reason;
                return;
            }
            flow.cancel(t, reason);
        });
    }

    @Override
    public void cancelAll(String reason) {
        io.execute(() -> List.copyOf(orders.keySet()).forEach(id -> cancel(id, reason)));
    }

    @Override
    public Collection<OrderState> openOrders() {
        synchronized (view) {
            List<OrderState> out = new ArrayList<>();
            view.values().forEach(s -> {
                if (s.status().isOpen() || s.status() == OrderStatus.UNKNOWN) {
                    out.add(s);
                }
            });
            return out;
        }
    }

    /** A call of the XChange exchange that may throw what XChange throws (I/O, venue errors). */
    @FunctionalInterface
    public interface Read<T> {
        T apply(Exchange exchange) throws Exception;
    }

    /**
     * Runs one read of the venue (public trades, balances, open orders ...) on the adapter's I/O thread after one
     * token of its rate budget, so a session's market data and reconciliation share the budget and the thread of its
     * orders. Fails with the translated error ({@link XChangeError#reason()}) when the call throws.
     */
    public <T> CompletableFuture<T> read(Read<T> read) {
        return CompletableFuture.supplyAsync(() -> {
            budget.acquire();
            try {
                return read.apply(exchange);
            } catch (Exception e) {
                throw new IllegalStateException(name + ": " + XChangeErrorAdapter.classify(e).reason(), e);
            }
        }, io);
    }

    /** Runs one fill / close poll on the I/O thread now; completes when it is done. */
    public CompletableFuture<Void> pollNow() {
        return CompletableFuture.runAsync(this::pollSafely, io);
    }

    private void pollSafely() {
        try {
            flow.poll();
        } catch (RuntimeException e) {
            LOG.warn("{} poll failed: {}", name, XChangeErrorAdapter.classify(e).reason());
        }
    }

    /** Records the order's new state and hands the event to the listener on the event executor. */
    void emit(TrackedOrder t, OrderEvent e) {
        t.state = e.state();
        view.put(e.clientId(), e.state());
        eventExecutor.execute(() -> {
            try {
                listener.onOrderEvent(e);
            } catch (RuntimeException ex) {
                halt("listener failed on " + e.getClass().getSimpleName() + ": " + ex);
            }
        });
    }

    void halt(String reason) {
        if (haltReason == null) {
            haltReason = reason;
            LOG.error("{} adapter halted: {}", name, reason);
        }
    }

    /** Why the adapter halted (auth failure, listener failure), or null while it runs. */
    public String haltReason() {
        return haltReason;
    }

    /** Venue trades seen for orders this adapter does not know (other sessions, manual trading). */
    public long foreignFills() {
        return flow.fills.foreignFills;
    }

    @Override
    public void close() {
        io.shutdownNow();
    }
}
