package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.prometheus.client.hotspot.DefaultExports;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.venue.ReconciliationResult;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Prometheus metrics of the trading engine, fed through the {@link TradingListener} port. The metric
 * families are listed in {@link MetricFamilies}; money is in whole quote units, positions in base units.
 *
 * <p>Listener calls come from the engine thread and are cheap: labelled children are resolved once
 * per instrument and alpha, after which a bar costs a map lookup and a few atomic stores, with no
 * allocation. Following the monitoring failure policy, a call that cannot be recorded is logged,
 * counted in {@code trader_metrics_errors_total} and skipped; it never reaches the engine. Scrapes
 * may run on any thread. One instance per registry.
 *
 * <p>A session may trade on several venues ({@link MetricLabels}): orders, fills, traded notional and positions are
 * counted on the venue of their instrument; reconciliations ({@link #onReconciliation}), rate-limit budgets
 * ({@link #venueBudget}) and each asset's feed-divergence halt have series of their own. The concerns live in
 * {@link OrderFlowMetrics}, {@link RiskMetrics}, {@link VenueFamilies} and {@link VenueBudgets}.
 *
 * <p>Besides the listener port it offers:
 * <ul>
 *   <li>L0 feed metrics for venue shells: {@link #feed(String)} (hold the handle) or the one-call forms
 *       {@link #feedMessage}, {@link #feedRejected}, {@link #feedStaleness}, {@link #feedReconnect}. Until
 *       {@link #countBarsAsFeedMessages(String)} says otherwise, every bar entering the pipeline counts as
 *       one message of the stream {@code replay:<SYMBOL>}: what a replay source delivers.</li>
 *   <li>Derived per-layer figures: each alpha's live hit rate and information coefficient against the
 *       next bar's return ({@link SignalQuality}); net leverage; daily P&L against the equity at the
 *       start of the UTC day of the events; historical 99% one-step VaR over the last 500 step returns
 *       ({@link HistoricalVar}); per order the round trip (wall clock, send to the venue's first answer)
 *       and per fill the slippage against the arrival price, the last close when the order was sent;
 *       the fill ratio of finished orders.</li>
 * </ul>
 */
public final class TradingMetrics implements TradingListener {

    /** Content type of {@link #scrape()} and {@link #writeTo(Writer)}: text exposition format 0.0.4. */
    public static final String CONTENT_TYPE = TextFormat.CONTENT_TYPE_004;

    /** Values of the {@code outcome} label of {@code trader_orders_total}. */
    public static final List<String> ORDER_OUTCOMES = List.of("submitted", "accepted", "rejected", "filled",
            "partially_filled", "cancelled", "unknown");

    /** Values of the {@code outcome} label of {@code trader_unknown_orders_resolved_total}. */
    public static final List<String> UNKNOWN_RESOLUTIONS = VenueFamilies.RESOLUTIONS;

    /** Values of the {@code outcome} label of {@code trader_reconciliations_total}. */
    public static final List<String> RECONCILIATION_OUTCOMES = VenueFamilies.RECONCILIATION_OUTCOMES;

    /** Values of the {@code kind} label of {@code trader_risk_events_total}: every {@link RiskEvent#kind()}. */
    public static final List<String> RISK_EVENT_KINDS = List.of("order_blocked", "kill_switch_engaged",
            "kill_switch_reset", "breaker_tripped", "breaker_cleared", "reconciliation_difference", "model_drift",
            "sizing_fallback", "feed_divergence_halted", "feed_divergence_resumed");

    /**
     * Values of the {@code reason} label of {@code trader_feed_rejected_total}: the layer-0 validation
     * reasons of files (lower-case names of {@code RejectReason}) and of venue messages (of {@code HlMalformed}),
     * and {@code other} for anything else.
     */
    public static final List<String> FEED_REJECT_REASONS = List.of("malformed", "nan_or_infinite", "precision",
            "non_positive_price", "high_below_low", "open_close_outside_range", "negative_volume", "out_of_order",
            "duplicate_time", "price_spike", "invalid_json", "not_an_object", "missing_channel", "missing_field",
            "bad_number", "bad_value", "unknown_coin", "bad_book", "too_large", "non_positive_size", "bad_time",
            "bad_interval", "other");

    /** Breakers of the risk layer, exposed at 0 from the start so dashboards and alerts see them before a trip. */
    public static final List<String> BREAKERS = List.of("daily_loss", "max_drawdown");

    /** Prefix of the stream that bars count as messages of until {@link #countBarsAsFeedMessages} changes it. */
    public static final String DEFAULT_BAR_STREAM_PREFIX = "replay:";

    /** Distinct feed streams kept; more are counted under the stream {@code other}. */
    static final int MAX_STREAMS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(TradingMetrics.class);
    private static final Set<CollectorRegistry> JVM_REGISTERED = Collections.newSetFromMap(new WeakHashMap<>());

    private final CollectorRegistry registry;
    private final MetricFamilies m;
    private final VenueFamilies v;
    private final MetricLabels labels;
    private final Map<String, InstrumentMetrics> instruments = new ConcurrentHashMap<>();
    private final Map<String, VenueOrders> venues = new ConcurrentHashMap<>();
    private final FeedRegistry feeds;
    private final OrderFlowMetrics orders;
    private final RiskMetrics risk;
    private final VenueBudgets budgets;
    private volatile InstrumentMetrics[] instrumentList = new InstrumentMetrics[0];
    private volatile String barStreamPrefix = DEFAULT_BAR_STREAM_PREFIX;
    private final EquityStats equityStats;
    private final BookMetrics book;
    private final ParentMetrics parents;

    /**
     * Registers the {@code trader_*} families on {@code registry} for a session on one venue.
     *
     * @param venue value of the {@code venue} label, e.g. {@code binance} or {@code paper}
     * @throws IllegalArgumentException when the venue is blank or the registry already holds them
     */
    public TradingMetrics(CollectorRegistry registry, String venue) {
        this(registry, MetricLabels.single(venue), System::nanoTime);
    }

    /**
     * Registers the {@code trader_*} families on {@code registry} for a session on the venues of {@code labels}.
     *
     * @throws IllegalArgumentException when the registry already holds them
     */
    public TradingMetrics(CollectorRegistry registry, MetricLabels labels) {
        this(registry, labels, System::nanoTime);
    }

    /** As {@link #TradingMetrics(CollectorRegistry, String)} with a monotonic nanosecond clock (tests). */
    TradingMetrics(CollectorRegistry registry, String venue, LongSupplier nanoClock) {
        this(registry, MetricLabels.single(venue), nanoClock);
    }

    /** As {@link #TradingMetrics(CollectorRegistry, MetricLabels)} with a monotonic nanosecond clock (tests). */
    TradingMetrics(CollectorRegistry registry, MetricLabels labels, LongSupplier nanoClock) {
        if (registry == null) {
            throw new IllegalArgumentException("registry is required");
        }
        this.registry = registry;
        this.labels = labels;
        this.m = new MetricFamilies(registry);
        this.v = new VenueFamilies(registry);
        this.equityStats = new EquityStats(m);
        this.feeds = new FeedRegistry(m, nanoClock);
        this.book = new BookMetrics(registry);
        this.parents = new ParentMetrics(registry);
        this.orders = new OrderFlowMetrics(this::instrument, nanoClock);
        this.risk = new RiskMetrics(m, v, new EnsembleMetrics(registry), RISK_EVENT_KINDS, BREAKERS);
        this.budgets = new VenueBudgets(m.metricsErrors::inc).register(registry);
        labels.venues().forEach(this::venue);
        m.valueAtRisk.set(Double.NaN);
        m.valueAtRiskRatio.set(Double.NaN);
    }

    /**
     * Registers the standard JVM collectors ({@link DefaultExports}: memory, GC, threads, classes,
     * buffer pools, process) on {@code registry}, once per registry however often it is called.
     *
     * @return true when this call registered them, false when they already were
     */
    public static boolean registerJvmMetrics(CollectorRegistry registry) {
        synchronized (JVM_REGISTERED) {
            if (JVM_REGISTERED.contains(registry)) {
                return false;
            }
            DefaultExports.register(registry);
            JVM_REGISTERED.add(registry);
            return true;
        }
    }

    // ---- TradingListener ----------------------------------------------------------------------

    @Override
    public void onBar(Bar bar) {
        try {
            InstrumentMetrics im = instrument(bar.instrument().symbol());
            FeedMetrics feed = im.barFeed;
            if (feed != null) {
                feed.message();
            }
            im.bars.inc();
            im.lastBarTimestamp.set(bar.closeTime() / 1000.0);
            double close = bar.closePrice();
            im.scorePendingSignals(close);
            im.mark(close);
        } catch (RuntimeException e) {
            failed("onBar", e);
        }
    }

    @Override
    public void onSignals(FeatureVector features, List<String> alphaIds, AlphaOutput[] alphas, Forecast forecast,
                          SizingDecision sizing) {
        try {
            InstrumentSpec spec = features.instrument();
            instrument(spec.symbol()).signals(spec, alphaIds, alphas, forecast, sizing);
        } catch (RuntimeException e) {
            failed("onSignals", e);
        }
    }

    @Override
    public void onDecision(Decision decision) {
        try {
            instrument(decision.symbol()).decisions.inc();
        } catch (RuntimeException e) {
            failed("onDecision", e);
        }
    }

    /** Counts the order on its instrument's venue and remembers its arrival price (the last close) and send time. */
    @Override
    public void onOrderSubmitted(OrderRequest request) {
        try {
            orders.submitted(request);
        } catch (RuntimeException e) {
            failed("onOrderSubmitted", e);
        }
    }

    /**
     * Counts the event under its outcome on the order's venue ({@code filled} or {@code partially_filled} by the
     * order's state after a fill: these count fill events, not orders) and applies fills to position, traded
     * notional and fees; resolves an order of unknown fate.
     */
    @Override
    public void onOrderEvent(OrderEvent event) {
        try {
            orders.event(event);
        } catch (RuntimeException e) {
            failed("onOrderEvent", e);
        }
    }

    @Override
    public void onRiskEvent(RiskEvent event) {
        try {
            risk.event(event);
        } catch (RuntimeException e) {
            failed("onRiskEvent", e);
        }
    }

    @Override
    public void onEquity(EquityPoint p) {
        try {
            double net = 0;
            for (InstrumentMetrics im : instrumentList) {
                net += im.positionNotional();
            }
            equityStats.onEquity(p, net);
        } catch (RuntimeException e) {
            failed("onEquity", e);
        }
    }

    @Override
    public void onParentOrder(io.trader.core.exec.ParentOrder parent) {
        parents.onParentOrder(parent);
    }

    @Override
    public void onParentDone(io.trader.core.exec.ParentReport report) {
        parents.onParentDone(report);
    }

    @Override
    public void onBookSized(io.trader.core.signal.BookStep step, io.trader.core.signal.BookOutcome outcome) {
        book.onBookSized(step, outcome);
    }

    @Override
    public void onStepCompleted(long time) {
        m.lastStepTimestamp.set(time / 1000.0);
    }

    @Override
    public void onPipelineLatency(long nanos) {
        m.pipelineLatency.observe(nanos * 1e-9);
    }

    // ---- L0 feeds (any thread) ----------------------------------------------------------------

    /**
     * The metrics of feed stream {@code stream}, created at the first call (its counters at 0, its
     * staleness counting from now). Streams are bounded: past {@value #MAX_STREAMS} distinct ones, new
     * names share the stream {@code other}.
     */
    public FeedMetrics feed(String stream) {
        return feeds.get(stream);
    }

    /** One message of {@code stream} arrived. */
    public void feedMessage(String stream) {
        feed(stream).message();
    }

    /** One message or row of {@code stream} failed validation for {@code reason} (see {@link #FEED_REJECT_REASONS}). */
    public void feedRejected(String stream, String reason) {
        feed(stream).rejected(reason);
    }

    /** {@code n} messages or rows of {@code stream} failed validation for {@code reason}. */
    public void feedRejected(String stream, String reason, long n) {
        feed(stream).rejected(reason, n);
    }

    /** The newest message of {@code stream} is {@code seconds} old now. */
    public void feedStaleness(String stream, double seconds) {
        feed(stream).staleness(seconds);
    }

    /** {@code stream} reconnected. */
    public void feedReconnect(String stream) {
        feed(stream).reconnect();
    }

    /**
     * Bars entering the pipeline count as messages of the stream {@code prefix + SYMBOL} (default
     * {@value #DEFAULT_BAR_STREAM_PREFIX}); {@code null} stops it, for a venue shell that counts its own
     * messages. Call before the engine runs or from the engine thread.
     */
    public void countBarsAsFeedMessages(String prefix) {
        barStreamPrefix = prefix;
        for (InstrumentMetrics im : instrumentList) {
            im.barFeed = prefix == null ? null : feed(prefix + im.symbol);
        }
    }

    // ---- restored state -----------------------------------------------------------------------

    /** Sets the kill-switch gauge, e.g. to the state restored from the store at start-up. */
    public void setKillSwitchEngaged(boolean engaged) {
        risk.killSwitch(engaged);
    }

    /** Sets one breaker's gauge, e.g. to the state restored from the store at start-up. */
    public void setBreakerTripped(String breaker, boolean tripped) {
        risk.breaker(breaker, tripped);
    }

    /**
     * Sets the position that later fills move, e.g. the one restored or reconciled at start-up.
     * Call it before the engine runs or from the engine thread.
     */
    public void setPosition(InstrumentSpec instrument, long lots) {
        instrument(instrument.symbol()).position(lots, instrument.qty(lots));
    }

    /**
     * Sets the position and its unrealised P&amp;L as the session's portfolio books them (e.g. after a reconciliation
     * adopted the venue's). Call from the engine thread.
     *
     * @param unrealizedPnlCash the position at the last price minus its entry cost, cash units
     */
    public void syncPosition(InstrumentSpec instrument, long lots, long unrealizedPnlCash) {
        try {
            InstrumentMetrics im = instrument(instrument.symbol());
            if (im.positionLots() != lots) {
                im.position(lots, instrument.qty(lots));
            }
            im.positionPnlUnrealized.set(Money.toDouble(unrealizedPnlCash));
        } catch (RuntimeException e) {
            failed("syncPosition", e);
        }
    }

    // ---- venues -------------------------------------------------------------------------------

    /**
     * One reconciliation with {@code venue}: counted as clean, with differences (and how many), or unread when
     * {@code result} is null (the venue could not be read); the venue's account value is kept.
     */
    public void onReconciliation(String venue, ReconciliationResult result) {
        try {
            String outcome = result == null ? "unread" : result.differences().isEmpty() ? "clean" : "differences";
            v.reconciliations.labels(venue, outcome).inc();
            if (result != null) {
                v.reconciliationDifferences.labels(venue).inc(result.differences().size());
                v.accountValue.labels(venue).set(Money.toDouble(result.margin().accountValue()));
            }
        } catch (RuntimeException e) {
            failed("onReconciliation", e);
        }
    }

    /** The venue's account value when the session first met it (its equity baseline), cash units. */
    public void setEquityBaseline(String venue, long accountValueCash) {
        v.equityBaseline.labels(venue).set(Money.toDouble(accountValueCash));
    }

    /**
     * Exposes {@code venue}'s rate-limit budget, read at each scrape ({@code trader_venue_budget_*},
     * {@code trader_venue_rate_limited_seconds_total}); a later call for the same venue replaces it.
     */
    public void venueBudget(String venue, RateLimitBudget budget) {
        budgets.put(venue, budget);
    }

    // ---- exposition ---------------------------------------------------------------------------

    /** Everything in the registry in text format 0.0.4, without the {@code *_created} series. */
    public void writeTo(Writer writer) throws IOException {
        TextFormat.write004(writer, registry.filteredMetricFamilySamples(name -> !name.endsWith("_created")));
    }

    /** {@link #writeTo(Writer)} into a string. */
    public String scrape() {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("StringWriter failed", e);
        }
        return out.toString();
    }

    public CollectorRegistry registry() {
        return registry;
    }

    // ---- internals ----------------------------------------------------------------------------

    private InstrumentMetrics instrument(String symbol) {
        InstrumentMetrics im = instruments.get(symbol);
        if (im == null) {
            im = newInstrument(symbol);
        }
        return im;
    }

    private synchronized InstrumentMetrics newInstrument(String symbol) {
        InstrumentMetrics im = instruments.get(symbol);
        if (im != null) {
            return im;
        }
        im = new InstrumentMetrics(m, symbol, venue(labels.venueOf().apply(symbol)));
        if (labels.assetOf() != null) {
            risk.asset(labels.assetOf().apply(symbol));
        }
        String prefix = barStreamPrefix;
        im.barFeed = prefix == null ? null : feed(prefix + symbol);
        InstrumentMetrics[] list = java.util.Arrays.copyOf(instrumentList, instrumentList.length + 1);
        list[list.length - 1] = im;
        instruments.put(symbol, im);
        instrumentList = list;
        return im;
    }

    /** The order children of {@code venue}, created (at 0) at the first call. */
    private VenueOrders venue(String venue) {
        if (venue == null || venue.isBlank()) {
            throw new IllegalArgumentException("venue must not be blank");
        }
        return venues.computeIfAbsent(venue, name -> new VenueOrders(m, v, name));
    }

    private void failed(String where, RuntimeException e) {
        m.metricsErrors.inc();
        long n = (long) m.metricsErrors.get();
        if (Long.bitCount(n) == 1) { // 1st, 2nd, 4th, 8th ... error: never floods the log
            LOG.warn("metrics could not record {} (error {}); skipped", where, n, e);
        }
    }
}
