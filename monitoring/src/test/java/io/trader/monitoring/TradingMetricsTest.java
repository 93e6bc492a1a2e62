package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.trader.monitoring.Fixtures.BTC;
import static io.trader.monitoring.Fixtures.ETH;
import static io.trader.monitoring.Fixtures.MINUTE;
import static io.trader.monitoring.Fixtures.bar;
import static io.trader.monitoring.Fixtures.fill;
import static io.trader.monitoring.Fixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TradingMetricsTest {

    private static final double EPS = 1e-9;

    private CollectorRegistry registry;
    private TradingMetrics metrics;

    @BeforeEach
    void setUp() {
        registry = new CollectorRegistry();
        metrics = new TradingMetrics(registry, "paper");
    }

    private Double value(String name, String... labelsAndValues) {
        String[] names = new String[labelsAndValues.length / 2];
        String[] values = new String[labelsAndValues.length / 2];
        for (int i = 0; i < names.length; i++) {
            names[i] = labelsAndValues[2 * i];
            values[i] = labelsAndValues[2 * i + 1];
        }
        return registry.getSampleValue(name, names, values);
    }

    /** Families of an instrument's execution that carry its venue too. */
    private static final java.util.Set<String> WITH_VENUE = java.util.Set.of("trader_position",
            "trader_position_notional", "trader_position_pnl_unrealized", "trader_fills_total",
            "trader_traded_notional_total");

    private Double instrument(String name, String symbol) {
        return WITH_VENUE.contains(name) ? value(name, "venue", "paper", "instrument", symbol)
                : value(name, "instrument", symbol);
    }

    private Double orders(String outcome) {
        return value("trader_orders_total", "venue", "paper", "outcome", outcome);
    }

    @Test
    void barsAreCountedPerInstrumentAndStampTheLastCloseTime() {
        metrics.onBar(bar(BTC, 0, 60_000));
        metrics.onBar(bar(ETH, 0, 3_000));
        metrics.onBar(bar(BTC, 1, 60_100));

        assertEquals(2.0, instrument("trader_bars_processed_total", "BTCUSDT"));
        assertEquals(1.0, instrument("trader_bars_processed_total", "ETHUSDT"));
        assertEquals(120.0, instrument("trader_last_bar_timestamp_seconds", "BTCUSDT"));
        assertEquals(60.0, instrument("trader_last_bar_timestamp_seconds", "ETHUSDT"));
        assertEquals(0.0, instrument("trader_position", "BTCUSDT"));
        assertNull(instrument("trader_bars_processed_total", "SOLUSDT"));
    }

    @Test
    void signalsSetAlphaForecastAndSizingGauges() {
        new Fixtures.Signals().sendTo(metrics);

        assertEquals(0.5, value("trader_alpha_score", "instrument", "BTCUSDT", "alpha", "momentum"));
        assertEquals(0.8, value("trader_alpha_confidence", "instrument", "BTCUSDT", "alpha", "momentum"));
        assertEquals(0.7, value("trader_ensemble_weight", "instrument", "BTCUSDT", "alpha", "momentum"));
        assertEquals(-0.25, value("trader_alpha_score", "instrument", "BTCUSDT", "alpha", "mean-reversion"));
        assertEquals(0.4, value("trader_alpha_confidence", "instrument", "BTCUSDT", "alpha", "mean-reversion"));
        assertEquals(0.3, value("trader_ensemble_weight", "instrument", "BTCUSDT", "alpha", "mean-reversion"));
        assertEquals(0.3, instrument("trader_forecast_score", "BTCUSDT"));
        assertEquals(0.0012, instrument("trader_forecast_expected_return", "BTCUSDT"));
        assertEquals(0.6, instrument("trader_forecast_confidence", "BTCUSDT"));
        assertEquals(0.25, instrument("trader_target_position", "BTCUSDT"));
        assertEquals(0.45, instrument("trader_kelly_fraction", "BTCUSDT"));
    }

    @Test
    void reusedHoldersUpdateTheSameSeries() {
        Fixtures.Signals signals = new Fixtures.Signals();
        signals.sendTo(metrics);
        signals.alphas[0].set(-1.0, 1.0);
        signals.forecast.weights()[0] = 0.1;
        signals.sizing.set(-10_000, -0.5, -0.2, "");
        signals.sendTo(metrics);

        assertEquals(-1.0, value("trader_alpha_score", "instrument", "BTCUSDT", "alpha", "momentum"));
        assertEquals(0.1, value("trader_ensemble_weight", "instrument", "BTCUSDT", "alpha", "momentum"));
        assertEquals(-0.1, instrument("trader_target_position", "BTCUSDT"));
        assertEquals(-0.2, instrument("trader_kelly_fraction", "BTCUSDT"));
    }

    @Test
    void aChangedAlphaListDropsTheSeriesOfRemovedAlphas() {
        Fixtures.Signals signals = new Fixtures.Signals();
        signals.sendTo(metrics);
        metrics.onSignals(signals.features, List.of("momentum", "breakout"), signals.alphas, signals.forecast,
                signals.sizing);

        assertEquals(0.5, value("trader_alpha_score", "instrument", "BTCUSDT", "alpha", "momentum"));
        assertEquals(-0.25, value("trader_alpha_score", "instrument", "BTCUSDT", "alpha", "breakout"));
        assertNull(value("trader_alpha_score", "instrument", "BTCUSDT", "alpha", "mean-reversion"));
        assertNull(value("trader_ensemble_weight", "instrument", "BTCUSDT", "alpha", "mean-reversion"));
    }

    @Test
    void orderLifecycleIsCountedByOutcomeForTheVenue() {
        for (String outcome : TradingMetrics.ORDER_OUTCOMES) {
            assertEquals(0.0, orders(outcome), outcome);
        }
        OrderRequest buy = market("c1", BTC, Side.BUY, 0.5);
        metrics.onOrderSubmitted(buy);
        OrderEvent.Accepted accepted = Fixtures.accepted(buy);
        metrics.onOrderEvent(accepted);
        OrderEvent.Filled first = fill(accepted.state(), "f1", 0.2, 60_000, 0);
        metrics.onOrderEvent(first);
        metrics.onOrderEvent(fill(first.state(), "f2", 0.3, 60_000, 0));

        OrderRequest sell = market("c2", BTC, Side.SELL, 0.1);
        metrics.onOrderSubmitted(sell);
        metrics.onOrderEvent(new OrderEvent.Rejected(
                OrderState.created(sell).withStatus(OrderStatus.REJECTED, 3), "insufficient balance", 3));
        OrderRequest limit = market("c3", ETH, Side.BUY, 1);
        metrics.onOrderSubmitted(limit);
        metrics.onOrderEvent(new OrderEvent.Unknown(OrderState.created(limit), "timeout", 4));
        metrics.onOrderEvent(new OrderEvent.Cancelled(OrderState.created(limit), "expired", 5));

        assertEquals(3.0, orders("submitted"));
        assertEquals(1.0, orders("accepted"));
        assertEquals(1.0, orders("partially_filled"));
        assertEquals(1.0, orders("filled"));
        assertEquals(1.0, orders("rejected"));
        assertEquals(1.0, orders("unknown"));
        assertEquals(1.0, orders("cancelled"));
        assertEquals(2.0, instrument("trader_fills_total", "BTCUSDT"));
    }

    @Test
    void fillsMovePositionNotionalFeesAndTradedNotional() {
        OrderRequest buy = market("c1", BTC, Side.BUY, 0.5);
        metrics.onOrderEvent(fill(Fixtures.accepted(buy).state(), "f1", 0.5, 60_000, 30));
        assertEquals(0.5, instrument("trader_position", "BTCUSDT"));
        assertEquals(30_000.0, instrument("trader_position_notional", "BTCUSDT"));

        metrics.onBar(bar(BTC, 1, 61_000));
        assertEquals(30_500.0, instrument("trader_position_notional", "BTCUSDT"));

        OrderRequest sell = market("c2", BTC, Side.SELL, 0.4);
        metrics.onOrderEvent(fill(Fixtures.accepted(sell).state(), "f2", 0.2, 61_000, -1.5));

        assertEquals(0.3, instrument("trader_position", "BTCUSDT"));
        assertEquals(18_300.0, instrument("trader_position_notional", "BTCUSDT"), EPS);
        assertEquals(42_200.0, instrument("trader_traded_notional_total", "BTCUSDT"));
        assertEquals(30.0, instrument("trader_fees_total", "BTCUSDT"));
        assertEquals(1.5, instrument("trader_fee_rebates_total", "BTCUSDT"));
        assertEquals(2.0, instrument("trader_fills_total", "BTCUSDT"));
    }

    @Test
    void restoredPositionIsMovedByLaterFillsAndGoesShort() {
        metrics.setPosition(ETH, 20_000);
        metrics.onBar(bar(ETH, 0, 3_000));
        assertEquals(2.0, instrument("trader_position", "ETHUSDT"));
        assertEquals(6_000.0, instrument("trader_position_notional", "ETHUSDT"));

        OrderRequest sell = market("c1", ETH, Side.SELL, 5);
        metrics.onOrderEvent(fill(Fixtures.accepted(sell).state(), "f1", 5, 3_000, 0));

        assertEquals(-3.0, instrument("trader_position", "ETHUSDT"));
        assertEquals(-9_000.0, instrument("trader_position_notional", "ETHUSDT"));
        assertEquals(0.0, instrument("trader_fees_total", "ETHUSDT"));
    }

    @Test
    void riskRejectionsAreCountedByCodeLabelAndEventsByKind() {
        for (RiskCode code : RiskCode.values()) {
            assertEquals(0.0, value("trader_risk_rejections_total", "reason", code.label()), code.label());
        }
        metrics.onRiskEvent(new RiskEvent.OrderBlocked("c1", "BTCUSDT", RiskCode.MAX_NOTIONAL, "too big", 1));
        metrics.onRiskEvent(new RiskEvent.OrderBlocked("c2", "BTCUSDT", RiskCode.MAX_NOTIONAL, "too big", 2));
        metrics.onRiskEvent(new RiskEvent.OrderBlocked("c3", "ETHUSDT", RiskCode.STALE_DATA, "old", 3));
        metrics.onRiskEvent(new RiskEvent.ReconciliationDifference("ETHUSDT", "venue has 1.0", 4));

        assertEquals(2.0, value("trader_risk_rejections_total", "reason", "max_notional"));
        assertEquals(1.0, value("trader_risk_rejections_total", "reason", "stale_data"));
        assertEquals(0.0, value("trader_risk_rejections_total", "reason", "kill_switch"));
        assertEquals(3.0, value("trader_risk_events_total", "kind", "order_blocked"));
        assertEquals(1.0, value("trader_risk_events_total", "kind", "reconciliation_difference"));
        assertEquals(0.0, value("trader_risk_events_total", "kind", "breaker_tripped"));
    }

    @Test
    void riskEventKindsCoverEveryEventOfCore() {
        List<RiskEvent> one = List.of(
                new RiskEvent.OrderBlocked("c", "s", RiskCode.INVALID_ORDER, "", 0),
                new RiskEvent.KillSwitchEngaged("r", false, 0), new RiskEvent.KillSwitchReset("r", 0),
                new RiskEvent.BreakerTripped("b", "", 0), new RiskEvent.BreakerCleared("b", "", 0),
                new RiskEvent.ReconciliationDifference("s", "", 0),
                new RiskEvent.ModelDrift("s", "a", "page-hinkley", "suspend", "", 0),
                new RiskEvent.SizingFallback("hrp", "INVALID_INPUT", "", 0),
                new RiskEvent.FeedDivergenceHalted("BTC", "", 0), new RiskEvent.FeedDivergenceResumed("BTC", "", 0));
        assertEquals(RiskEvent.class.getPermittedSubclasses().length, one.size(), "one of each event of core");
        assertEquals(TradingMetrics.RISK_EVENT_KINDS, one.stream().map(RiskEvent::kind).toList());
    }

    @Test
    void killSwitchFollowsEventsAndRestoredState() {
        assertEquals(0.0, value("trader_kill_switch_engaged"));
        metrics.onRiskEvent(new RiskEvent.KillSwitchEngaged("drawdown 20%", true, 1));
        assertEquals(1.0, value("trader_kill_switch_engaged"));
        metrics.onRiskEvent(new RiskEvent.KillSwitchReset("operator", 2));
        assertEquals(0.0, value("trader_kill_switch_engaged"));
        metrics.setKillSwitchEngaged(true);
        assertEquals(1.0, value("trader_kill_switch_engaged"));
        assertEquals(1.0, value("trader_risk_events_total", "kind", "kill_switch_engaged"));
        assertEquals(1.0, value("trader_risk_events_total", "kind", "kill_switch_reset"));
    }

    @Test
    void breakersHaveOneGaugeEach() {
        metrics.onRiskEvent(new RiskEvent.BreakerTripped("daily_loss", "loss 3%", 1));
        metrics.onRiskEvent(new RiskEvent.BreakerTripped("error_rate", "5 rejects", 2));
        metrics.onRiskEvent(new RiskEvent.BreakerCleared("daily_loss", "new day", 3));
        metrics.setBreakerTripped("volatility", true);

        assertEquals(0.0, value("trader_breaker_tripped", "breaker", "daily_loss"));
        assertEquals(1.0, value("trader_breaker_tripped", "breaker", "error_rate"));
        assertEquals(1.0, value("trader_breaker_tripped", "breaker", "volatility"));
        assertEquals(2.0, value("trader_risk_events_total", "kind", "breaker_tripped"));
    }

    @Test
    void equityPointSetsAccountGaugesInQuoteUnits() {
        metrics.onEquity(Fixtures.equity(95_000, 45_000.5, 1_200.25, -300.75, 42.125, 50_000, 100_000, 0.05));
        metrics.onStepCompleted(3 * MINUTE);

        assertEquals(95_000.0, value("trader_equity"));
        assertEquals(45_000.5, value("trader_cash"));
        assertEquals(1_200.25, value("trader_pnl_realized"));
        assertEquals(-300.75, value("trader_pnl_unrealized"));
        assertEquals(50_000.0, value("trader_gross_exposure"));
        assertEquals(50_000.0 / 95_000.0, value("trader_gross_leverage_ratio"));
        assertEquals(100_000.0, value("trader_peak_equity"));
        assertEquals(0.05, value("trader_drawdown_ratio"));
        assertEquals(60.0, value("trader_last_equity_timestamp_seconds"));
        assertEquals(180.0, value("trader_last_step_timestamp_seconds"));
    }

    @Test
    void pipelineLatencyLandsInMicrosecondBuckets() {
        long[] nanos = {500, 800, 3_000, 2_000_000, 2_000_000_000};
        for (long n : nanos) {
            metrics.onPipelineLatency(n);
        }
        assertEquals(2.0, bucket("1.0E-6"));
        assertEquals(2.0, bucket("2.5E-6"));
        assertEquals(3.0, bucket("5.0E-6"));
        assertEquals(3.0, bucket("0.001"));
        assertEquals(4.0, bucket("0.0025"));
        assertEquals(4.0, bucket("1.0"));
        assertEquals(5.0, bucket("+Inf"));
        assertEquals(5.0, value("trader_pipeline_latency_seconds_count"));
        assertEquals(2.0020043, value("trader_pipeline_latency_seconds_sum"), EPS);
    }

    private Double bucket(String le) {
        return value("trader_pipeline_latency_seconds_bucket", "le", le);
    }

    @Test
    void decisionsAreCountedPerInstrument() {
        Fixtures.runScript(metrics);
        assertEquals(1.0, instrument("trader_decisions_total", "BTCUSDT"));
    }

    @Test
    void aCallThatCannotBeRecordedIsCountedAndNeverThrown() {
        metrics.onBar(null);
        metrics.onEquity(null);
        metrics.onRiskEvent(new RiskEvent.OrderBlocked("c", "s", null, "no code", 0));
        metrics.onBar(bar(BTC, 0, 60_000));

        assertEquals(3.0, value("trader_metrics_errors_total"));
        assertEquals(1.0, instrument("trader_bars_processed_total", "BTCUSDT"));
    }

    @Test
    void constructorRefusesBadArgumentsAndASecondInstancePerRegistry() {
        assertThrows(IllegalArgumentException.class, () -> new TradingMetrics(new CollectorRegistry(), " "));
        assertThrows(IllegalArgumentException.class, () -> new TradingMetrics(null, "paper"));
        assertThrows(IllegalArgumentException.class, () -> new TradingMetrics(registry, "binance"));
        assertThrows(IllegalArgumentException.class, () -> metrics.setBreakerTripped("", true));
    }
}
