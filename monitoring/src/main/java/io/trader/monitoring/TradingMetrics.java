package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.exporter.common.TextFormat;
import io.prometheus.client.hotspot.DefaultExports;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prometheus metrics of the trading engine, fed through the {@link TradingListener} port. The metric
 * families are listed in {@link MetricFamilies}; money is in whole quote units, positions in base units.
 *
 * <p>Listener calls come from the engine thread and are cheap: labelled children are resolved once
 * per instrument and alpha, after which a bar costs a map lookup and a few atomic stores, with no
 * allocation. Following the monitoring failure policy, a call that cannot be recorded is logged,
 * counted in {@code trader_metrics_errors_total} and skipped; it never reaches the engine. Scrapes
 * may run on any thread. One instance per registry.
 */
public final class TradingMetrics implements TradingListener {

    /** Content type of {@link #scrape()} and {@link #writeTo(Writer)}: text exposition format 0.0.4. */
    public static final String CONTENT_TYPE = TextFormat.CONTENT_TYPE_004;

    /** Values of the {@code outcome} label of {@code trader_orders_total}. */
    public static final List<String> ORDER_OUTCOMES = List.of("submitted", "accepted", "rejected", "filled",
            "partially_filled", "cancelled", "unknown");

    /** Values of the {@code kind} label of {@code trader_risk_events_total}: every {@link RiskEvent#kind()}. */
    public static final List<String> RISK_EVENT_KINDS = List.of("order_blocked", "kill_switch_engaged",
            "kill_switch_reset", "breaker_tripped", "breaker_cleared", "reconciliation_difference");

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

    /**
     * Registers the {@code trader_*} families on {@code registry}.
     *
     * @param venue value of the {@code venue} label, e.g. {@code binance} or {@code paper}
     * @throws IllegalArgumentException when the venue is blank or the registry already holds them
     */
    public TradingMetrics(CollectorRegistry registry, String venue) {
        if (registry == null) {
            throw new IllegalArgumentException("registry is required");
        }
        if (venue == null || venue.isBlank()) {
            throw new IllegalArgumentException("venue must not be blank");
        }
        this.registry = registry;
        this.m = new MetricFamilies(registry);
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
            im.bars.inc();
            im.lastBarTimestamp.set(bar.closeTime() / 1000.0);
            im.mark(bar.closePrice());
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
            }
            if (forecast != null) {
                im.forecastScore.set(forecast.score());
                im.forecastExpectedReturn.set(forecast.expectedReturn());
                im.forecastConfidence.set(forecast.confidence());
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

    @Override
    public void onOrderSubmitted(OrderRequest request) {
        submitted.inc();
    }

    /**
     * Counts the event under its outcome ({@code filled} or {@code partially_filled} by the order's
     * state after a fill: these count fill events, not orders) and applies fills to position,
     * traded notional and fees.
     */
    @Override
    public void onOrderEvent(OrderEvent event) {
        try {
            if (event instanceof OrderEvent.Filled fillEvent) {
                boolean complete = fillEvent.state().status() == OrderStatus.FILLED;
                (complete ? filled : partiallyFilled).inc();
                applyFill(fillEvent.fill());
            } else if (event instanceof OrderEvent.Accepted) {
                accepted.inc();
            } else if (event instanceof OrderEvent.Rejected) {
                rejected.inc();
            } else if (event instanceof OrderEvent.Cancelled) {
                cancelled.inc();
            } else if (event instanceof OrderEvent.Unknown) {
                unknown.inc();
            }
        } catch (RuntimeException e) {
            failed("onOrderEvent", e);
        }
    }

    private void applyFill(Fill fill) {
        InstrumentSpec spec = fill.instrument();
        InstrumentMetrics im = instrument(spec.symbol());
        im.fills.inc();
        im.tradedNotional.inc(Money.toDouble(fill.notional()));
        if (fill.feeCash() > 0) {
            im.fees.inc(Money.toDouble(fill.feeCash()));
        } else if (fill.feeCash() < 0) {
            im.feeRebates.inc(Money.toDouble(-fill.feeCash()));
        }
        long lots = im.positionLots() + fill.signedLots();
        im.mark(spec.price(fill.priceTicks()));
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
        } catch (RuntimeException e) {
            failed("onEquity", e);
        }
    }

    @Override
    public void onStepCompleted(long time) {
        m.lastStepTimestamp.set(time / 1000.0);
    }

    @Override
    public void onPipelineLatency(long nanos) {
        m.pipelineLatency.observe(nanos * 1e-9);
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
            im = instruments.computeIfAbsent(symbol, s -> new InstrumentMetrics(m, s));
        }
        return im;
    }

    private void failed(String where, RuntimeException e) {
        m.metricsErrors.inc();
        long n = (long) m.metricsErrors.get();
        if (Long.bitCount(n) == 1) { // 1st, 2nd, 4th, 8th ... error: never floods the log
            LOG.warn("metrics could not record {} (error {}); skipped", where, n, e);
        }
    }
}
