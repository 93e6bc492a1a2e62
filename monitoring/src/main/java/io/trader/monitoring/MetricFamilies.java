package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;

/**
 * Every {@code trader_*} metric family, registered once on one registry. Money is in whole quote
 * currency units (e.g. USDT), positions in base units, times in seconds, fractions and returns as
 * ratios (a basis point is 0.0001; dashboards scale for display). Labels are bounded: instrument,
 * venue, alpha, stream, reason, outcome, kind, breaker and asset only. The execution families of an instrument
 * (position, its notional and unrealised P&amp;L, fills, traded notional) carry the instrument's venue too: an
 * instrument trades on one venue in a session, so the label adds no series. Per-venue families are in
 * {@link VenueFamilies}.
 */
final class MetricFamilies {

    static final String INSTRUMENT = "instrument";
    static final String ALPHA = "alpha";
    static final String STREAM = "stream";
    static final String VENUE = "venue";

    /** Pipeline latency buckets, 1 µs to 1 s, three per decade. */
    static final double[] LATENCY_BUCKETS = {
            1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4,
            1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2, 0.1, 0.25, 0.5, 1.0};

    /** Order round-trip buckets, 10 µs (paper) to 10 s (a slow venue). */
    static final double[] ROUND_TRIP_BUCKETS = {
            1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2,
            0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};

    /** Signed slippage buckets as a ratio of the arrival price: -100 to +200 basis points. */
    static final double[] SLIPPAGE_BUCKETS = {
            -0.01, -0.005, -0.002, -0.001, -0.0005, -0.0002, -0.0001, 0.0,
            0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02};

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
    final Gauge netExposure;
    final Gauge netLeverage;
    final Gauge pnlDaily;
    final Gauge dayStartEquity;
    final Gauge valueAtRisk;
    final Gauge valueAtRiskRatio;

    // L0 feeds
    final Counter feedMessages;
    final Counter feedRejected;
    final Gauge feedStaleness;
    final Counter feedReconnects;

    // per instrument
    final Gauge position;
    final Gauge positionNotional;
    final Gauge positionPnlUnrealized;
    final Counter fills;
    final Counter tradedNotional;
    final Counter fees;
    final Counter feeRebates;
    final Counter bars;
    final Gauge lastBarTimestamp;
    final Counter decisions;
    final Counter submittedQuantity;
    final Counter filledQuantity;
    final Gauge fillRatio;
    final Histogram slippage;
    final Gauge slippageCost;

    // signals
    final Gauge alphaScore;
    final Gauge alphaConfidence;
    final Gauge ensembleWeight;
    final Gauge alphaHitRatio;
    final Gauge alphaInformationCoefficient;
    final Gauge forecastScore;
    final Gauge forecastExpectedReturn;
    final Gauge forecastConfidence;
    final Gauge forecastProbability;
    final Gauge regime;
    final Gauge targetPosition;
    final Gauge kellyFraction;

    // orders and risk
    final Counter orders;
    final Counter riskRejections;
    final Counter riskEvents;
    final Gauge killSwitch;
    final Gauge breakerTripped;
    final Histogram orderRoundTrip;

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
        netExposure = gauge(registry, "trader_net_exposure", "Sum of signed position notionals, quote units");
        netLeverage = gauge(registry, "trader_net_leverage_ratio", "Net exposure divided by equity (signed)");
        pnlDaily = gauge(registry, "trader_pnl_daily",
                "Equity minus equity at the start of the UTC day (event time), quote units");
        dayStartEquity = gauge(registry, "trader_day_start_equity",
                "Equity at the start of the UTC day (event time), quote units");
        valueAtRisk = gauge(registry, "trader_value_at_risk",
                "Historical 99% one-step value at risk over the last 500 step returns, quote units (NaN until 100)");
        valueAtRiskRatio = gauge(registry, "trader_value_at_risk_ratio",
                "Historical 99% one-step value at risk as a fraction of equity (NaN until 100 step returns)");

        feedMessages = counter(registry, "trader_feed_messages_total", "Market data messages received", STREAM);
        feedRejected = counter(registry, "trader_feed_rejected_total",
                "Market data messages or rows rejected by validation", STREAM, "reason");
        feedStaleness = gauge(registry, "trader_feed_staleness_seconds",
                "Wall-clock age of the newest message of the stream at scrape time", STREAM);
        feedReconnects = counter(registry, "trader_feed_reconnects_total", "Feed reconnections", STREAM);

        position = gauge(registry, "trader_position", "Signed position from fills, base units", VENUE, INSTRUMENT);
        positionNotional = gauge(registry, "trader_position_notional",
                "Signed position at the last price, quote units", VENUE, INSTRUMENT);
        positionPnlUnrealized = gauge(registry, "trader_position_pnl_unrealized",
                "Unrealised P&L of the position at the last price against its entry cost, quote units "
                        + "(as the session's portfolio books it)", VENUE, INSTRUMENT);
        fills = counter(registry, "trader_fills_total", "Executions, on the venue they happened on", VENUE,
                INSTRUMENT);
        tradedNotional = counter(registry, "trader_traded_notional_total", "Executed notional, quote units",
                VENUE, INSTRUMENT);
        fees = counter(registry, "trader_fees_total", "Fees paid on executions, quote units", INSTRUMENT);
        feeRebates = counter(registry, "trader_fee_rebates_total", "Fee rebates received on executions, quote units",
                INSTRUMENT);
        bars = counter(registry, "trader_bars_processed_total", "Bars that entered the pipeline", INSTRUMENT);
        lastBarTimestamp = gauge(registry, "trader_last_bar_timestamp_seconds",
                "Close time of the last bar processed, unix seconds", INSTRUMENT);
        decisions = counter(registry, "trader_decisions_total", "Trade decisions of the strategy", INSTRUMENT);
        submittedQuantity = counter(registry, "trader_submitted_quantity_total",
                "Quantity of the orders sent to the venue, base units", INSTRUMENT);
        filledQuantity = counter(registry, "trader_filled_quantity_total", "Executed quantity, base units",
                INSTRUMENT);
        fillRatio = gauge(registry, "trader_fill_ratio",
                "Filled over ordered quantity of the orders that reached a final state (NaN before the first)",
                INSTRUMENT);
        slippage = Histogram.build().name("trader_fill_slippage_ratio")
                .help("Signed slippage of each fill against the arrival price (last close at the decision): "
                        + "(fill - arrival) / arrival, positive when it cost (bought higher, sold lower)")
                .labelNames(INSTRUMENT).buckets(SLIPPAGE_BUCKETS).withoutExemplars().register(registry);
        slippageCost = gauge(registry, "trader_slippage_cost",
                "Cumulative signed slippage against the arrival price, quote units (positive = cost)", INSTRUMENT);

        alphaScore = gauge(registry, "trader_alpha_score", "Alpha score in [-1, 1] at the last bar", INSTRUMENT, ALPHA);
        alphaConfidence = gauge(registry, "trader_alpha_confidence", "Alpha confidence in [0, 1] at the last bar",
                INSTRUMENT, ALPHA);
        ensembleWeight = gauge(registry, "trader_ensemble_weight", "Weight of the alpha in the last forecast",
                INSTRUMENT, ALPHA);
        alphaHitRatio = gauge(registry, "trader_alpha_hit_ratio",
                "Live hit rate: exponentially weighted share of bars (half-life 100 scored bars) where the sign "
                        + "of the alpha's score matched the next bar's return (NaN until 20 scored bars)",
                INSTRUMENT, ALPHA);
        alphaInformationCoefficient = gauge(registry, "trader_alpha_information_coefficient",
                "Live information coefficient: exponentially weighted correlation (half-life 100 bars) of the "
                        + "alpha's score with the next bar's return (NaN until 20 bars)",
                INSTRUMENT, ALPHA);
        forecastScore = gauge(registry, "trader_forecast_score", "Ensemble score in [-1, 1] at the last bar",
                INSTRUMENT);
        forecastExpectedReturn = gauge(registry, "trader_forecast_expected_return",
                "Expected simple return per bar of the last forecast", INSTRUMENT);
        forecastConfidence = gauge(registry, "trader_forecast_confidence",
                "Ensemble confidence in [0, 1] at the last bar", INSTRUMENT);
        forecastProbability = gauge(registry, "trader_forecast_probability",
                "Calibrated probability that the return over the forecast horizon is positive, at the last bar "
                        + "(NaN when the ensemble provides none)", INSTRUMENT);
        regime = gauge(registry, "trader_ensemble_regime",
                "Market regime the ensemble saw at the last bar (0 = calmest; -1 when it detects none)", INSTRUMENT);
        targetPosition = gauge(registry, "trader_target_position", "Signed target position of the sizer, base units",
                INSTRUMENT);
        kellyFraction = gauge(registry, "trader_kelly_fraction",
                "Signed fraction of equity targeted after the Kelly multiplier and caps", INSTRUMENT);

        orders = counter(registry, "trader_orders_total",
                "Orders submitted and order events by outcome", VENUE, "outcome");
        riskRejections = counter(registry, "trader_risk_rejections_total", "Orders blocked by the risk gate",
                "reason");
        riskEvents = counter(registry, "trader_risk_events_total", "Risk events by kind", "kind");
        killSwitch = gauge(registry, "trader_kill_switch_engaged", "1 while the kill switch is engaged, else 0");
        breakerTripped = gauge(registry, "trader_breaker_tripped", "1 while the circuit breaker is tripped, else 0",
                "breaker");
        orderRoundTrip = Histogram.build().name("trader_order_round_trip_seconds")
                .help("Wall-clock time from sending an order to the venue's first answer (accepted, rejected or "
                        + "first fill)")
                .labelNames(VENUE).buckets(ROUND_TRIP_BUCKETS).withoutExemplars().register(registry);

        pipelineLatency = Histogram.build().name("trader_pipeline_latency_seconds")
                .help("Time from a bar entering the pipeline to its orders being sent")
                .buckets(LATENCY_BUCKETS).withoutExemplars().register(registry);
        metricsErrors = counter(registry, "trader_metrics_errors_total",
                "Listener calls the metrics could not record (logged and skipped)");
    }

    static Gauge gauge(CollectorRegistry registry, String name, String help, String... labels) {
        return Gauge.build().name(name).help(help).labelNames(labels).register(registry);
    }

    static Counter counter(CollectorRegistry registry, String name, String help, String... labels) {
        return Counter.build().name(name).help(help).labelNames(labels).withoutExemplars().register(registry);
    }
}
