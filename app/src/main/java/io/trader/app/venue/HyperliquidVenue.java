package io.trader.app.venue;

import io.trader.app.engine.AppliedFills;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.VenueBinding;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderState;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.venue.hyperliquid.data.HlFill;
import io.trader.venue.hyperliquid.data.HlOrderUpdate;
import io.trader.venue.hyperliquid.data.HlUserFills;
import io.trader.venue.hyperliquid.stream.HlUserListener;
import io.trader.venue.hyperliquid.exec.HyperliquidFill;
import io.trader.venue.hyperliquid.exec.HyperliquidOrderUpdate;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.LocalSnapshot;
import io.trader.core.venue.ReconciliationResult;
import io.trader.venue.hyperliquid.HyperliquidConfig;
import io.trader.venue.hyperliquid.HyperliquidExchange;
import io.trader.layer5.core.Position;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hyperliquid as a session's venue: the signed execution adapter (layer 4), fed by the user streams of the
 * market-data connection (layer 0), reconciled with the venue at start-up and after reconnects.
 */
public final class HyperliquidVenue implements VenueBinding {

    private static final Logger LOG = LoggerFactory.getLogger(HyperliquidVenue.class);
    private final Vertx vertx;
    private final HyperliquidConnection connection;
    private final HyperliquidConfig config;
    private final HyperliquidSigner signer;
    private final Collection<InstrumentSpec> instruments;
    private HyperliquidExchange exchange;
    private final double equityBandBps;
    /** Default of {@code trader.venue.equity-band-bps}. */
    public static final double DEFAULT_EQUITY_BAND_BPS = 100;
    /** Default of {@code trader.venue.flatten-deadline-ms}. */
    public static final long DEFAULT_FLATTEN_DEADLINE_MS = 30_000;
    private final long flattenDeadlineMs;
    private String name = HyperliquidExchange.NAME;
    /** Part of a multi-venue session ({@link #shareSession}). */
    private boolean shared;
    /** Reads of the venue a reconciliation tries (0.5, 1, 2, 4 s apart) before it halts for want of them. */

    public HyperliquidVenue(Vertx vertx, HyperliquidConnection connection, HyperliquidConfig config,
                            HyperliquidSigner signer, Collection<InstrumentSpec> instruments) {
        this(vertx, connection, config, signer, instruments, DEFAULT_EQUITY_BAND_BPS, DEFAULT_FLATTEN_DEADLINE_MS);
    }

    /**
     * @param connection    the session's connection to the venue: its weight budget is shared with the market data
     *                      ({@link HyperliquidMarketData#connection()}); its base URL must be the config's
     * @param equityBandBps how far (bps of the session's equity when it first met the venue, at least one dollar)
     *                      the local equity may move apart from the venue's account value before a reconciliation
     *                      halts
     * @param flattenDeadlineMs how long the kill switch's flatten works the venue before it reports what is left
     */
    public HyperliquidVenue(Vertx vertx, HyperliquidConnection connection, HyperliquidConfig config,
                            HyperliquidSigner signer, Collection<InstrumentSpec> instruments, double equityBandBps,
                            long flattenDeadlineMs) {
        if (!connection.serves(config.baseUrl())) {
            throw new IllegalArgumentException("the adapter trades on " + config.baseUrl() + " but the connection is to "
                    + connection.baseUrl() + ": one connection (one weight budget) per base URL");
        }
        this.connection = connection;
        this.equityBandBps = equityBandBps;
        this.flattenDeadlineMs = flattenDeadlineMs;
        this.vertx = vertx;
        this.config = config;
        this.signer = signer;
        this.instruments = List.copyOf(instruments);
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The same venue under another name, e.g. a second Hyperliquid account in a multi-venue session ({@code
     * hyperliquid-sub}); call before the session is built.
     */
    public HyperliquidVenue named(String venueName) {
        if (venueName == null || !venueName.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("venue name must match [a-z][a-z0-9-]{0,31}: " + venueName);
        }
        this.name = venueName;
        return this;
    }

    /**
     * The adapter on the connection's one {@code /info} transport (its order lane, with this config's timeout and
     * retries) and the connection's one {@code meta} read (already made by the market data, so not asked again).
     */
    @Override
    public ExchangePort create(OrderEventListener listener, Executor engineThread) {
        exchange = new HyperliquidExchange(vertx, config, connection.open(vertx), signer, instruments, listener,
                engineThread, System::currentTimeMillis);
        try {
            connection.meta().toCompletionStage().thenCompose(meta -> exchange.start(meta.universe()))
                    .toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("hyperliquid adapter did not start: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return exchange;
    }

    /** The connection whose weight budget, info transport and {@code meta} the adapter shares with the market data. */
    public HyperliquidConnection connection() {
        return connection;
    }

    /** The account whose user streams to subscribe (the signer's address, or the configured account). */
    public String user() {
        return exchange.user();
    }

    public HyperliquidExchange exchange() {
        return exchange;
    }

    @Override
    public void restore(List<OrderState> storedOpenOrders) {
        exchange.restore(storedOpenOrders);
    }

    @Override
    public void rememberSent(List<String> clientIds) {
        if (!clientIds.isEmpty()) {
            LOG.warn("orders sent after the last checkpoint, fate to be read from the venue: {}", clientIds);
        }
        exchange.rememberClientIds(clientIds);
    }

    @Override
    public ReconciliationResult reconcile(SessionParts parts, Consumer<String> halt) {
        return reconcileOnce(parts, halt);
    }

    @Override
    public List<String> symbols() {
        return instruments.stream().map(InstrumentSpec::symbol).toList();
    }

    /** The instruments this venue trades in the session. */
    public List<InstrumentSpec> instruments() {
        return List.copyOf(instruments);
    }

    @Override
    public void shareSession() {
        shared = true;
    }

    @Override
    public boolean drivesFlatten() {
        return true;
    }

    @Override
    public CompletableFuture<FlattenReport> flatten(SessionParts parts,
                                                    Function<Runnable, CompletableFuture<Void>> onEngine,
                                                    Consumer<String> halt, String reason) {
        return new LiveFlatten(parts, () -> exchange, h -> reconcileOnce(parts, h), onEngine, halt,
                flattenDeadlineMs).start(reason);
    }

    /** One reconciliation, applied to the session; null when the venue could not be compared (then halted). */
    private ReconciliationResult reconcileOnce(SessionParts parts, Consumer<String> halt) {
        Map<String, Long> local = new HashMap<>();
        java.util.Set<String> mine = new java.util.HashSet<>(symbols());
        for (Position p : parts.portfolio.positions()) {
            if (mine.contains(p.instrument().symbol())) {
                local.put(p.instrument().symbol(), p.lots());
            }
        }
        AppliedFills ledger = parts.engine.appliedFills(name());
        long since = ledger.baselined() ? ledger.since() : LocalSnapshot.BASELINE;
        Map<String, OrderState> before = new HashMap<>();
        exchange.openOrders().forEach(o -> before.put(o.clientId(), o));
        if (LOG.isDebugEnabled()) {
            LOG.debug("reconciling: fills since {}, applied {}, open orders {}, positions {}", since,
                    ledger.recent().stream().map(f -> f.fillId() + "/" + f.clientId() + "/" + f.qtyLots()).toList(),
                    before.values().stream().map(o -> o.clientId() + "/" + o.status() + "/" + o.filledLots())
                            .toList(), local);
        }
        ReconciliationResult r = VenueReads.read(name(),
                () -> exchange.reconcile(exchange.localSnapshot(local, ledger.recent(), since)), halt);
        if (r == null) {
            return null;
        }
        new ReconciliationApplier(parts, name(), instruments, equityBandBps, shared)
                .apply(r, before, System.currentTimeMillis(), halt);
        return r;
    }

    /** Routes the market-data connection's user streams into the adapter. */
    public HlUserListener userListener() {
        return new HlUserListener() {
            @Override
            public void onOrderUpdates(List<HlOrderUpdate> updates) {
                List<HyperliquidOrderUpdate> mapped = new ArrayList<>(updates.size());
                for (HlOrderUpdate u : updates) {
                    mapped.add(new HyperliquidOrderUpdate(u.coin(), u.side(), u.limitPx(), u.size(), u.oid(),
                            u.timestamp(), u.origSize(), u.cloid(), u.status(), u.statusTimestamp()));
                }
                exchange.onOrderUpdates(mapped);
            }

            @Override
            public void onUserFills(HlUserFills fills) {
                if (fills.snapshot()) {
                    return;
                }
                List<HyperliquidFill> mapped = new ArrayList<>(fills.fills().size());
                for (HlFill f : fills.fills()) {
                    mapped.add(new HyperliquidFill(f.coin(), f.price(), f.size(), f.side(), f.time(), f.oid(),
                            f.tid(), f.hash(), f.crossed(), f.fee(), f.cloid()));
                }
                exchange.onUserFills(mapped);
            }
        };
    }
}
