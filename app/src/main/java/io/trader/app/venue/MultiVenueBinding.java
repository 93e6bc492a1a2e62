package io.trader.app.venue;

import io.trader.app.engine.AppliedFills;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.VenueBinding;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.OrderState;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.core.venue.ReconciliationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Several live venues in one session. Each venue keeps its own adapter, fill ledger, equity baseline and
 * reconciliation; orders are routed by instrument ({@link RoutingExchange}); the session's portfolio holds every
 * venue's positions (an instrument names its venue: a symbol is traded on one venue only in a session). The kill
 * switch's flatten works every venue in one loop until all are flat with no open order.
 */
public final class MultiVenueBinding implements VenueBinding {

    private static final Logger LOG = LoggerFactory.getLogger(MultiVenueBinding.class);
    private final List<VenueBinding> venues;
    private final Map<String, String> venueBySymbol = new LinkedHashMap<>();
    private final long flattenDeadlineMs;
    private RoutingExchange router;

    /**
     * @throws IllegalArgumentException when two venues have one name, or two venues trade one symbol
     */
    public MultiVenueBinding(List<VenueBinding> venues, long flattenDeadlineMs) {
        if (venues.size() < 2) {
            throw new IllegalArgumentException("a multi-venue session needs two venues or more");
        }
        this.venues = List.copyOf(venues);
        this.flattenDeadlineMs = flattenDeadlineMs;
        Map<String, VenueBinding> names = new HashMap<>();
        for (VenueBinding v : venues) {
            if (names.put(v.name(), v) != null) {
                throw new IllegalArgumentException("two venues are named " + v.name());
            }
            for (String symbol : v.symbols()) {
                String other = venueBySymbol.put(symbol, v.name());
                if (other != null) {
                    throw new IllegalArgumentException(symbol + " is traded on both " + other + " and " + v.name()
                            + ": an instrument names one venue in a session");
                }
            }
            v.shareSession();
        }
    }

    @Override
    public String name() {
        return String.join("+", venues.stream().map(VenueBinding::name).toList());
    }

    /** The venue of each instrument. */
    public Map<String, String> venueBySymbol() {
        return Map.copyOf(venueBySymbol);
    }

    @Override
    public String venueOf(String symbol) {
        return venueBySymbol.getOrDefault(symbol, name());
    }

    @Override
    public List<String> symbols() {
        return List.copyOf(venueBySymbol.keySet());
    }

    @Override
    public ExchangePort create(OrderEventListener listener, Executor engineThread) {
        Map<String, ExchangePort> ports = new LinkedHashMap<>();
        for (VenueBinding v : venues) {
            ports.put(v.name(), v.create(listener, engineThread));
        }
        router = new RoutingExchange(ports, venueBySymbol);
        return router;
    }

    /** Gives each venue its own fill ledger in the engine; before the session's first event. */
    @Override
    public void attach(SessionParts parts) {
        parts.engine.useVenueLedgers(venueBySymbol, AppliedFills.LIVE_CAPACITY);
    }

    @Override
    public void restore(List<OrderState> storedOpenOrders) {
        for (VenueBinding v : venues) {
            List<OrderState> mine = new ArrayList<>();
            for (OrderState o : storedOpenOrders) {
                if (v.name().equals(venueBySymbol.get(o.request().instrument().symbol()))) {
                    mine.add(o);
                }
            }
            v.restore(mine);
        }
    }

    @Override
    public void rememberSent(List<String> clientIds) {
        venues.forEach(v -> v.rememberSent(clientIds)); // ids a venue never saw match nothing there
    }

    /** Reconciles every venue; the combined result, or null when any venue could not be read (then halted). */
    @Override
    public ReconciliationResult reconcile(SessionParts parts, Consumer<String> halt) {
        return reconcile(parts, halt, (venue, result) -> { });
    }

    /** As {@link #reconcile(SessionParts, Consumer)}, telling {@code observer} each venue's own outcome. */
    @Override
    public ReconciliationResult reconcile(SessionParts parts, Consumer<String> halt,
                                          BiConsumer<String, ReconciliationResult> observer) {
        List<ReconciliationResult> results = new ArrayList<>();
        boolean missing = false;
        for (VenueBinding v : venues) {
            ReconciliationResult r = v.reconcile(parts, halt, observer);
            if (r == null) {
                LOG.error("reconciliation with {} failed: the session is halted", v.name());
                missing = true;
            } else {
                results.add(r);
            }
        }
        return missing || results.isEmpty() ? null : ReconciliationResult.combine(results);
    }

    @Override
    public boolean drivesFlatten() {
        return true;
    }

    @Override
    public CompletableFuture<FlattenReport> flatten(SessionParts parts,
                                                    Function<Runnable, CompletableFuture<Void>> onEngine,
                                                    Consumer<String> halt, String reason) {
        return new LiveFlatten(parts, () -> router, h -> reconcile(parts, h), onEngine, halt, flattenDeadlineMs)
                .start(reason);
    }
}
