package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;

/**
 * Every {@code trader_*} metric family, registered once on one registry. Money is in whole quote
 * currency units (e.g. USDT), positions in base units, times in seconds, fractions as ratios.
 * Labels are bounded: instrument, venue, alpha, reason, outcome, kind and breaker only.
 */
final class MetricFamilies {

    static final String INSTRUMENT = "instrument";
    static final String ALPHA = "alpha";

    /** Pipeline latency buckets, 1 µs to 1 s, three per decade. */
    static final double[] LATENCY_BUCKETS = {
            1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4,
            1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2, 0.1, 0.25, 0.5, 1.0};

    // account, from EquityPoint
    final Gauge equity;
    final Gauge cash;
    final Gauge peakEquity;
    final Gauge pnlRealized;
    final Gauge pnlUnrealized;
    final Gauge grossExposure;
    final Gauge grossLeverage;
    final Gauge drawdown;
    final Gauge lastEquityTimestamp;
    final Gauge lastStepTimestamp;

    // per instrument
    final Gauge position;
    final Gauge positionNotional;
    final Counter fills;
    final Counter tradedNotional;
    final Counter fees;
    final Counter feeRebates;
    final Counter bars;
    final Gauge lastBarTimestamp;
    final Counter decisions;

    // signals
    final Gauge alphaScore;
    final Gauge alphaConfidence;
    final Gauge ensembleWeight;
    final Gauge forecastScore;
    final Gauge forecastExpectedReturn;
    final Gauge forecastConfidence;
    final Gauge targetPosition;
    final Gauge kellyFraction;

    // orders and risk
    final Counter orders;
    final Counter riskRejections;
    final Counter riskEvents;
    final Gauge killSwitch;
    final Gauge breakerTripped;

    // engine and self
    final Histogram pipelineLatency;
    final Counter metricsErrors;

    MetricFamilies(CollectorRegistry registry) {
        equity = gauge(registry, "trader_equity", "Account equity: cash plus positions at last prices, quote units");
        cash = gauge(registry, "trader_cash", "Cash balance, quote units");
        peakEquity = gauge(registry, "trader_peak_equity", "Highest equity seen, quote units");
        pnlRealized = gauge(registry, "trader_pnl_realized", "Realised P&L since start after fees, quote units");
        pnlUnrealized = gauge(registry, "trader_pnl_unrealized", "Open positions at last prices against entry, quote units");
        grossExposure = gauge(registry, "trader_gross_exposure", "Sum of absolute position notionals, quote units");
        grossLeverage = gauge(registry, "trader_gross_leverage_ratio", "Gross exposure divided by equity");
        drawdown = gauge(registry, "trader_drawdown_ratio", "1 - equity / peak equity (0 at a new high)");
        lastEquityTimestamp = gauge(registry, "trader_last_equity_timestamp_seconds",
                "Event time of the last equity point, unix seconds");
        lastStepTimestamp = gauge(registry, "trader_last_step_timestamp_seconds",
                "Close time of the last fully processed step (safe resume point), unix seconds");

        position = gauge(registry, "trader_position", "Signed position from fills, base units", INSTRUMENT);
        positionNotional = gauge(registry, "trader_position_notional",
                "Signed position at the last price, quote units", INSTRUMENT);
        fills = counter(registry, "trader_fills_total", "Executions", INSTRUMENT);
        tradedNotional = counter(registry, "trader_traded_notional_total", "Executed notional, quote units",
                INSTRUMENT);
        fees = counter(registry, "trader_fees_total", "Fees paid on executions, quote units", INSTRUMENT);
        feeRebates = counter(registry, "trader_fee_rebates_total", "Fee rebates received on executions, quote units",
                INSTRUMENT);
        bars = counter(registry, "trader_bars_processed_total", "Bars that entered the pipeline", INSTRUMENT);
        lastBarTimestamp = gauge(registry, "trader_last_bar_timestamp_seconds",
                "Close time of the last bar processed, unix seconds", INSTRUMENT);
        decisions = counter(registry, "trader_decisions_total", "Trade decisions of the strategy", INSTRUMENT);

        alphaScore = gauge(registry, "trader_alpha_score", "Alpha score in [-1, 1] at the last bar", INSTRUMENT, ALPHA);
        alphaConfidence = gauge(registry, "trader_alpha_confidence", "Alpha confidence in [0, 1] at the last bar",
                INSTRUMENT, ALPHA);
        ensembleWeight = gauge(registry, "trader_ensemble_weight", "Weight of the alpha in the last forecast",
                INSTRUMENT, ALPHA);
        forecastScore = gauge(registry, "trader_forecast_score", "Ensemble score in [-1, 1] at the last bar",
                INSTRUMENT);
        forecastExpectedReturn = gauge(registry, "trader_forecast_expected_return",
                "Expected simple return per bar of the last forecast", INSTRUMENT);
        forecastConfidence = gauge(registry, "trader_forecast_confidence",
                "Ensemble confidence in [0, 1] at the last bar", INSTRUMENT);
        targetPosition = gauge(registry, "trader_target_position", "Signed target position of the sizer, base units",
                INSTRUMENT);
        kellyFraction = gauge(registry, "trader_kelly_fraction",
                "Signed fraction of equity targeted after the Kelly multiplier and caps", INSTRUMENT);

        orders = counter(registry, "trader_orders_total",
                "Orders submitted and order events by outcome", "venue", "outcome");
        riskRejections = counter(registry, "trader_risk_rejections_total", "Orders blocked by the risk gate",
                "reason");
        riskEvents = counter(registry, "trader_risk_events_total", "Risk events by kind", "kind");
        killSwitch = gauge(registry, "trader_kill_switch_engaged", "1 while the kill switch is engaged, else 0");
        breakerTripped = gauge(registry, "trader_breaker_tripped", "1 while the circuit breaker is tripped, else 0",
                "breaker");

        pipelineLatency = Histogram.build().name("trader_pipeline_latency_seconds")
                .help("Time from a bar entering the pipeline to its orders being sent")
                .buckets(LATENCY_BUCKETS).withoutExemplars().register(registry);
        metricsErrors = counter(registry, "trader_metrics_errors_total",
                "Listener calls the metrics could not record (logged and skipped)");
    }

    private static Gauge gauge(CollectorRegistry registry, String name, String help, String... labels) {
        return Gauge.build().name(name).help(help).labelNames(labels).register(registry);
    }

    private static Counter counter(CollectorRegistry registry, String name, String help, String... labels) {
        return Counter.build().name(name).help(help).labelNames(labels).withoutExemplars().register(registry);
    }
}
