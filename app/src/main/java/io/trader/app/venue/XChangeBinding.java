package io.trader.app.venue;

import io.trader.app.Main;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.VenueBinding;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.core.venue.ReconciliationResult;
import io.trader.venue.xchange.RateBudget;
import io.trader.venue.xchange.VenueProfile;
import io.trader.venue.xchange.XChangeExchange;
import io.trader.venue.xchange.XChangeInstruments;
import org.knowm.xchange.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntToLongFunction;

/**
 * A venue of the XChange route (Coinbase Exchange, Bybit, OKX through venue-xchange) as a session's venue, modelled on
 * {@link KrakenVenue}: the generic {@link XChangeExchange} adapter, reconciled through the venue-independent
 * {@link ReconciliationResult} and {@link ReconciliationApplier}, the kill switch's flatten worked by
 * {@link LiveFlatten}.
 *
 * <p>Events: the adapter's order events go through a queue of this binding that the engine thread drains; a
 * reconciliation (on the engine thread) polls the adapter and drains the queue itself first, so every fill the
 * adapter has read is in the session's books before the session is compared with the venue's balances. Spot
 * positions are balances relative to the balances when the session first met the account ({@link XChangeReconciler},
 * kept in the data directory). After a restart each stored open order is recovered by its client id
 * ({@link XChangeExchange#recover}); one the venue no longer has open ends as cancelled, and its fills, if any, show
 * as a position difference that is adopted and halts.
 *
 * <p>A venue module that cannot send IOC limits (OKX, Bybit in 5.2.1) gets them as GTC limits that are cancelled as
 * soon as the venue acknowledged them or reported a part filled (what crossed filled on arrival); the flatten's cancel-all of each round also
 * covers them. Market orders such a module cannot send are rejected unsent by the adapter.
 */
public final class XChangeBinding implements VenueBinding {

    private static final Logger LOG = LoggerFactory.getLogger(XChangeBinding.class);

    private final Exchange xchange;
    private final VenueProfile profile;
    private final RateBudget budget;
    private final XChangeInstruments instruments;
    private final List<InstrumentSpec> specs;
    private final Path dataDir;
    private final double equityBandBps;
    private final long flattenDeadlineMs;
    private final XChangeExchange.Settings settings;
    private final IntToLongFunction marks;
    private final ConcurrentLinkedQueue<Runnable> events = new ConcurrentLinkedQueue<>();
    private final Set<String> emulatedIoc = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> traded = new ConcurrentHashMap<>();
    private final List<OrderState> gone = new ArrayList<>();
    private XChangeExchange exchange;
    private XChangeReconciler reconciler;
    private boolean shared;

    /**
     * @param xchange     the XChange exchange with its instruments loaded
     * @param instruments the session's instruments (a subset of the venue's)
     * @param marks       last traded price in ticks of an instrument's index in {@code instruments}, 0 when unknown
     */
    XChangeBinding(Exchange xchange, VenueProfile profile, RateBudget budget, XChangeInstruments venueInstruments,
                   List<InstrumentSpec> instruments, Path dataDir, double equityBandBps, long flattenDeadlineMs,
                   XChangeExchange.Settings settings, IntToLongFunction marks) {
        this.xchange = xchange;
        this.profile = profile;
        this.budget = budget;
        this.instruments = venueInstruments;
        this.specs = List.copyOf(instruments);
        this.dataDir = dataDir;
        this.equityBandBps = equityBandBps;
        this.flattenDeadlineMs = flattenDeadlineMs;
        this.settings = settings;
        this.marks = marks;
    }

    @Override
    public String name() {
        return profile.name();
    }

    @Override
    public ExchangePort create(OrderEventListener listener, Executor engineThread) {
        OrderEventListener onEvent = e -> {
            if (e.state().status().isTerminal()) {
                emulatedIoc.remove(e.clientId());
            } else if ((e instanceof OrderEvent.Accepted || e instanceof OrderEvent.Filled)
                    && emulatedIoc.remove(e.clientId())) {
                exchange.cancel(e.clientId(), "IOC emulated: the rest of a GTC order is cancelled on arrival");
            }
            if (e instanceof OrderEvent.Filled f) {
                traded.merge(f.state().request().instrument().symbol(), Math.abs(f.fill().qtyLots()), Long::sum);
            }
            listener.onOrderEvent(e);
        };
        Executor queued = task -> {
            events.add(task);
            engineThread.execute(this::drain);
        };
        exchange = new XChangeExchange(xchange, profile, budget, onEvent, queued, System::currentTimeMillis, settings);
        try {
            exchange.start().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            exchange.close();
            throw new Main.UserError(name() + " adapter did not start: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        reconciler = XChangeReconciler.open(this, dataDir);
        return new Port();
    }

    /** Runs the adapter's queued events; on the engine thread (or before it starts). */
    void drain() {
        Runnable r;
        while ((r = events.poll()) != null) {
            r.run();
        }
    }

    public XChangeExchange exchange() {
        return exchange;
    }

    public List<InstrumentSpec> instruments() {
        return specs;
    }

    XChangeInstruments venueInstruments() {
        return instruments;
    }

    /** Lots of {@code symbol} this session's fills traded (both sides). */
    long traded(String symbol) {
        return traded.getOrDefault(symbol, 0L);
    }

    long mark(int index) {
        return marks.applyAsLong(index);
    }

    @Override
    public List<String> symbols() {
        return specs.stream().map(InstrumentSpec::symbol).toList();
    }

    @Override
    public void shareSession() {
        shared = true;
    }

    /** Recovers each stored open order by its client id; those the venue no longer has open end at the next check. */
    @Override
    public void restore(List<OrderState> storedOpenOrders) {
        for (OrderState s : storedOpenOrders) {
            try {
                var found = exchange.recover(s.request()).get(60, TimeUnit.SECONDS);
                if (found.isEmpty()) {
                    gone.add(s.withStatus(OrderStatus.CANCELLED, System.currentTimeMillis()));
                }
            } catch (Exception e) {
                throw new Main.UserError(name() + ": stored order " + s.clientId() + " cannot be looked up ("
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                        + "); its fate at the venue is unknown, so the session does not start");
            }
        }
    }

    @Override
    public ReconciliationResult reconcile(SessionParts parts, Consumer<String> halt) {
        Map<String, OrderState> before = new java.util.HashMap<>();
        exchange.openOrders().forEach(o -> before.put(o.clientId(), o));
        ReconciliationResult r = reconciler.run(parts, List.copyOf(gone), halt);
        if (r == null) {
            return null;
        }
        gone.clear();
        new ReconciliationApplier(parts, name(), specs, equityBandBps, shared)
                .apply(r, before, System.currentTimeMillis(), halt);
        return r;
    }

    @Override
    public boolean drivesFlatten() {
        return true;
    }

    @Override
    public CompletableFuture<FlattenReport> flatten(SessionParts parts,
                                                    Function<Runnable, CompletableFuture<Void>> onEngine,
                                                    Consumer<String> halt, String reason) {
        return new LiveFlatten(parts, Port::new, h -> reconcile(parts, h), onEngine, halt, flattenDeadlineMs)
                .start(reason);
    }

    /** Stops the adapter; open orders stay at the venue. */
    public void stop() {
        if (exchange != null) {
            exchange.close();
        }
    }

    /** The adapter as the session sees it, with IOC limits emulated where the module cannot send them. */
    private final class Port implements ExchangePort {

        @Override
        public String name() {
            return exchange.name();
        }

        @Override
        public void submit(OrderRequest r) {
            if (r.type() == OrderType.LIMIT && r.timeInForce() == TimeInForce.IOC
                    && !profile.tifFlags().containsKey(TimeInForce.IOC)) {
                emulatedIoc.add(r.clientId());
                exchange.submit(new OrderRequest(r.clientId(), r.instrument(), r.side(), r.type(), r.quantityLots(),
                        r.limitTicks(), TimeInForce.GTC, r.reduceOnly(), r.decisionTime(), r.reason(),
                        r.parentId()));
                return;
            }
            exchange.submit(r);
        }

        @Override
        public void cancel(String clientId, String reason) {
            exchange.cancel(clientId, reason);
        }

        @Override
        public void cancelAll(String reason) {
            exchange.cancelAll(reason);
        }

        @Override
        public Collection<OrderState> openOrders() {
            return exchange.openOrders();
        }
    }
}
