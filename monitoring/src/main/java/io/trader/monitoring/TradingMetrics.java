package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;
import io.prometheus.client.exporter.common.TextFormat;
import io.prometheus.client.hotspot.DefaultExports;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
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
import java.util.LinkedHashMap;
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
    /** Orders remembered for round trip and slippage; the oldest is forgotten beyond this. */
    static final int MAX_PENDING_ORDERS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(TradingMetrics.class);
    private static final Set<CollectorRegistry> JVM_REGISTERED = Collections.newSetFromMap(new WeakHashMap<>());

    private final CollectorRegistry registry;
    private final MetricFamilies m;
    private final Map<String, InstrumentMetrics> instruments = new ConcurrentHashMap<>();
    private final Map<String, Gauge.Child> breakers = new ConcurrentHashMap<>();
    private final Counter.Child submitted;
    private final Counter.Child accepted;
    private final Counter.Child rejected;
    private final Counter.Child filled;
    private final Counter.Child partiallyFilled;
    private final Counter.Child cancelled;
    private final Counter.Child unknown;
    private final Counter.Child[] rejectionsByCode = new Counter.Child[RiskCode.values().length];
    private final Histogram.Child roundTrip;
    private final LongSupplier nanoClock;
    private final FeedRegistry feeds;
    private final Map<String, PendingOrder> pending = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PendingOrder> eldest) {
            return size() > MAX_PENDING_ORDERS;
        }
    };
    private volatile InstrumentMetrics[] instrumentList = new InstrumentMetrics[0];
    private volatile String barStreamPrefix = DEFAULT_BAR_STREAM_PREFIX;
    private final EquityStats equityStats;
    private final EnsembleMetrics ensemble;
    private final BookMetrics book;
    private final ParentMetrics parents;

    /**
     * Registers the {@code trader_*} families on {@code registry}.
     *
     * @param venue value of the {@code venue} label, e.g. {@code binance} or {@code paper}
     * @throws IllegalArgumentException when the venue is blank or the registry already holds them
     */
    public TradingMetrics(CollectorRegistry registry, String venue) {
        this(registry, venue, System::nanoTime);
    }

    /** As {@link #TradingMetrics(CollectorRegistry, String)} with a monotonic nanosecond clock (tests). */
    TradingMetrics(CollectorRegistry registry, String venue, LongSupplier nanoClock) {
        if (registry == null) {
            throw new IllegalArgumentException("registry is required");
        }
        if (venue == null || venue.isBlank()) {
            throw new IllegalArgumentException("venue must not be blank");
        }
        this.registry = registry;
        this.nanoClock = nanoClock;
        this.m = new MetricFamilies(registry);
        this.equityStats = new EquityStats(m);
        this.feeds = new FeedRegistry(m, nanoClock);
        this.ensemble = new EnsembleMetrics(registry);
        this.book = new BookMetrics(registry);
        this.parents = new ParentMetrics(registry);
        submitted = m.orders.labels(venue, "submitted");
        accepted = m.orders.labels(venue, "accepted");
        rejected = m.orders.labels(venue, "rejected");
        filled = m.orders.labels(venue, "filled");
        partiallyFilled = m.orders.labels(venue, "partially_filled");
        cancelled = m.orders.labels(venue, "cancelled");
        unknown = m.orders.labels(venue, "unknown");
        for (RiskCode code : RiskCode.values()) {
            rejectionsByCode[code.ordinal()] = m.riskRejections.labels(code.label());
        }
        RISK_EVENT_KINDS.forEach(m.riskEvents::labels);
        m.killSwitch.set(0);
        BREAKERS.forEach(b -> setBreakerTripped(b, false));
        roundTrip = m.orderRoundTrip.labels(venue);
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
            InstrumentMetrics im = instrument(spec.symbol());
            if (alphaIds != null && alphas != null) {
                InstrumentMetrics.AlphaChildren[] children = im.alphas(alphaIds);
                double[] weights = forecast == null ? null : forecast.weights();
                int n = Math.min(children.length, alphas.length);
                for (int i = 0; i < n; i++) {
                    InstrumentMetrics.AlphaChildren c = children[i];
                    c.score().set(alphas[i].score());
                    c.confidence().set(alphas[i].confidence());
                    if (weights != null && i < weights.length) {
                        c.weight().set(weights[i]);
                    }
                }
                im.keepSignals(alphas, n);
            }
            if (forecast != null) {
                im.forecastScore.set(forecast.score());
                im.forecastExpectedReturn.set(forecast.expectedReturn());
                im.forecastConfidence.set(forecast.confidence());
                im.forecastProbability.set(forecast.probability());
                im.regime.set(forecast.regime());
            }
            if (sizing != null) {
                im.targetPosition.set(spec.qty(sizing.targetLots()));
                im.kellyFraction.set(sizing.appliedFraction());
            }
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

    /** Counts the order and remembers its arrival price (the last close) and send time. */
    @Override
    public void onOrderSubmitted(OrderRequest request) {
        submitted.inc();
        try {
            InstrumentSpec spec = request.instrument();
            InstrumentMetrics im = instrument(spec.symbol());
            im.submittedQuantity.inc(spec.qty(request.quantityLots()));
            PendingOrder order = new PendingOrder(im.lastPrice(), request.side().sign(), nanoClock.getAsLong());
            synchronized (pending) {
                pending.put(request.clientId(), order);
            }
        } catch (RuntimeException e) {
            failed("onOrderSubmitted", e);
        }
    }

    /**
     * Counts the event under its outcome ({@code filled} or {@code partially_filled} by the order's
     * state after a fill: these count fill events, not orders) and applies fills to position,
     * traded notional and fees.
     */
    @Override
    public void onOrderEvent(OrderEvent event) {
        try {
            PendingOrder order;
            synchronized (pending) {
                order = pending.get(event.clientId());
            }
            if (order != null && !order.answered && !(event instanceof OrderEvent.Unknown)) {
                order.answered = true;
                roundTrip.observe(Math.max(0, nanoClock.getAsLong() - order.sentNanos) * 1e-9);
            }
            if (event instanceof OrderEvent.Filled fillEvent) {
                boolean complete = fillEvent.state().status() == OrderStatus.FILLED;
                (complete ? filled : partiallyFilled).inc();
                applyFill(fillEvent.fill(), order);
            } else if (event instanceof OrderEvent.Accepted) {
                accepted.inc();
            } else if (event instanceof OrderEvent.Rejected) {
                rejected.inc();
            } else if (event instanceof OrderEvent.Cancelled) {
                cancelled.inc();
            } else if (event instanceof OrderEvent.Unknown) {
                unknown.inc();
            }
            OrderState state = event.state();
            if (state.status().isTerminal()) {
                instrument(state.request().instrument().symbol())
                        .finished(state.request().quantityLots(), state.filledLots());
                synchronized (pending) {
                    pending.remove(event.clientId());
                }
            }
        } catch (RuntimeException e) {
            failed("onOrderEvent", e);
        }
    }

    private void applyFill(Fill fill, PendingOrder order) {
        InstrumentSpec spec = fill.instrument();
        InstrumentMetrics im = instrument(spec.symbol());
        double notional = Money.toDouble(fill.notional());
        double price = spec.price(fill.priceTicks());
        im.fills.inc();
        im.tradedNotional.inc(notional);
        im.filledQuantity.inc(spec.qty(fill.qtyLots()));
        if (order != null && order.arrival > 0) {
            im.slipped(order.side * (price - order.arrival) / order.arrival, notional);
        }
        if (fill.feeCash() > 0) {
            im.fees.inc(Money.toDouble(fill.feeCash()));
        } else if (fill.feeCash() < 0) {
            im.feeRebates.inc(Money.toDouble(-fill.feeCash()));
        }
        long lots = im.positionLots() + fill.signedLots();
        im.mark(price);
        im.position(lots, spec.qty(lots));
    }

    @Override
    public void onRiskEvent(RiskEvent event) {
        try {
            m.riskEvents.labels(event.kind()).inc();
            if (event instanceof RiskEvent.OrderBlocked blocked) {
                rejectionsByCode[blocked.code().ordinal()].inc();
            } else if (event instanceof RiskEvent.KillSwitchEngaged) {
                setKillSwitchEngaged(true);
            } else if (event instanceof RiskEvent.KillSwitchReset) {
                setKillSwitchEngaged(false);
            } else if (event instanceof RiskEvent.BreakerTripped tripped) {
                setBreakerTripped(tripped.breaker(), true);
            } else if (event instanceof RiskEvent.BreakerCleared cleared) {
                setBreakerTripped(cleared.breaker(), false);
            } else if (event instanceof RiskEvent.ModelDrift drift) {
                ensemble.driftEvent(drift.symbol(), drift.subject(), drift.action());
            }
        } catch (RuntimeException e) {
            failed("onRiskEvent", e);
        }
    }

    @Override
    public void onEquity(EquityPoint p) {
        try {
            double equity = Money.toDouble(p.equity());
            double gross = Money.toDouble(p.grossExposure());
            m.equity.set(equity);
            m.cash.set(Money.toDouble(p.cash()));
            m.peakEquity.set(Money.toDouble(p.peakEquity()));
            m.pnlRealized.set(Money.toDouble(p.realizedPnl()));
            m.pnlUnrealized.set(Money.toDouble(p.unrealizedPnl()));
            m.grossExposure.set(gross);
            m.grossLeverage.set(equity > 0 ? gross / equity : gross > 0 ? Double.POSITIVE_INFINITY : 0.0);
            m.drawdown.set(p.drawdown());
            m.lastEquityTimestamp.set(p.time() / 1000.0);
            double net = 0;
            InstrumentMetrics[] all = instrumentList;
            for (InstrumentMetrics im : all) {
                net += im.positionNotional();
            }
            m.netExposure.set(net);
            m.netLeverage.set(equity > 0 ? net / equity : 0.0);
            equityStats.onEquity(p.time(), equity);
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
        m.killSwitch.set(engaged ? 1 : 0);
    }

    /** Sets one breaker's gauge, e.g. to the state restored from the store at start-up. */
    public void setBreakerTripped(String breaker, boolean tripped) {
        if (breaker == null || breaker.isBlank()) {
            throw new IllegalArgumentException("breaker must not be blank");
        }
        breakers.computeIfAbsent(breaker, m.breakerTripped::labels).set(tripped ? 1 : 0);
    }

    /**
     * Sets the position that later fills move, e.g. the one restored or reconciled at start-up.
     * Call it before the engine runs or from the engine thread.
     */
    public void setPosition(InstrumentSpec instrument, long lots) {
        instrument(instrument.symbol()).position(lots, instrument.qty(lots));
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
        im = new InstrumentMetrics(m, symbol);
        String prefix = barStreamPrefix;
        im.barFeed = prefix == null ? null : feed(prefix + symbol);
        InstrumentMetrics[] list = java.util.Arrays.copyOf(instrumentList, instrumentList.length + 1);
        list[list.length - 1] = im;
        instruments.put(symbol, im);
        instrumentList = list;
        return im;
    }

    /** What the metrics remember of one sent order until its final state. */
    private static final class PendingOrder {
        final double arrival;
        final int side;
        final long sentNanos;
        boolean answered;

        PendingOrder(double arrival, int side, long sentNanos) {
            this.arrival = arrival;
            this.side = side;
            this.sentNanos = sentNanos;
        }
    }

    private void failed(String where, RuntimeException e) {
        m.metricsErrors.inc();
        long n = (long) m.metricsErrors.get();
        if (Long.bitCount(n) == 1) { // 1st, 2nd, 4th, 8th ... error: never floods the log
            LOG.warn("metrics could not record {} (error {}); skipped", where, n, e);
        }
    }
}
