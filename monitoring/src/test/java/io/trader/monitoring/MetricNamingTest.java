package io.trader.monitoring;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code trader_*} family follows the Prometheus naming rules: snake case with the prefix,
 * counters end in {@code _total}, durations and timestamps in {@code _seconds}, histograms measure
 * seconds or ratios, no scaled units (slippage is a ratio, not bps), and labels from the bounded set only.
 */
class MetricNamingTest {

    private static final Pattern NAME = Pattern.compile("trader_[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Set<String> LABELS = Set.of("instrument", "venue", "alpha", "stream", "reason", "outcome",
            "kind", "breaker", "subject", "action", "asset");
    private static final List<String> SCALED_UNITS = List.of("_ms", "_millis", "_milliseconds", "_micros",
            "_microseconds", "_nanos", "_nanoseconds", "_minutes", "_hours", "_percent", "_bps", "_kilo", "_mega");

    private static List<Collector.MetricFamilySamples> families;

    @BeforeAll
    static void feedEveryFamily() {
        CollectorRegistry registry = new CollectorRegistry();
        TradingMetrics metrics = new TradingMetrics(registry, "paper");
        Fixtures.runScript(metrics);
        metrics.onRiskEvent(new io.trader.core.event.RiskEvent.ModelDrift("BTCUSDT", "momentum", "page-hinkley",
                "suspend", "mean loss rose", 1L));
        metrics.onRiskEvent(new io.trader.core.event.RiskEvent.FeedDivergenceHalted("BTC", "apart", 2L));
        metrics.venueBudget("paper", new RateLimitBudget() {
            public double used() {
                return 10;
            }

            public double limit() {
                return 1200;
            }

            public double rateLimitedSeconds() {
                return 0.5;
            }
        });
        families = Collections.list(registry.metricFamilySamples());
    }

    /** The name as exposed: simpleclient keeps counter family names without the {@code _total}. */
    private static String exposed(Collector.MetricFamilySamples family) {
        return family.type == Collector.Type.COUNTER ? family.name + "_total" : family.name;
    }

    @Test
    void namesAreSnakeCaseWithTheTraderPrefix() {
        for (Collector.MetricFamilySamples family : families) {
            String name = exposed(family);
            assertTrue(NAME.matcher(name).matches(), name);
            for (String unit : SCALED_UNITS) {
                assertTrue(!name.contains(unit + "_") && !name.endsWith(unit), name + " uses a scaled unit " + unit);
            }
        }
    }

    @Test
    void countersEndInTotalAndOnlyCountersDo() {
        for (Collector.MetricFamilySamples family : families) {
            for (Collector.MetricFamilySamples.Sample sample : family.samples) {
                if (family.type == Collector.Type.COUNTER) {
                    assertTrue(sample.name.endsWith("_total") || sample.name.endsWith("_created"), sample.name);
                } else {
                    assertTrue(!sample.name.endsWith("_total"), sample.name + " is a " + family.type);
                }
            }
        }
    }

    @Test
    void histogramsMeasureSecondsAndTimestampsAreSeconds() {
        for (Collector.MetricFamilySamples family : families) {
            String name = exposed(family);
            if (family.type == Collector.Type.HISTOGRAM || family.type == Collector.Type.SUMMARY) {
                assertTrue(name.endsWith("_seconds") || name.endsWith("_ratio"), name);
            }
            if (name.contains("timestamp") || name.contains("latency") || name.contains("duration")) {
                assertTrue(name.endsWith("_seconds"), name);
            }
        }
    }

    @Test
    void labelsComeFromTheBoundedSet() {
        for (Collector.MetricFamilySamples family : families) {
            for (Collector.MetricFamilySamples.Sample sample : family.samples) {
                for (String label : sample.labelNames) {
                    boolean bucketBound = family.type == Collector.Type.HISTOGRAM && label.equals("le");
                    assertTrue(bucketBound || LABELS.contains(label), sample.name + " has label " + label);
                }
            }
        }
    }

    @Test
    void theAgreedFamiliesAllExist() {
        Set<String> names = new TreeSet<>();
        List<String> types = new ArrayList<>();
        for (Collector.MetricFamilySamples family : families) {
            names.add(exposed(family));
            types.add(exposed(family) + ":" + family.type);
        }
        List<String> agreed = List.of("trader_equity", "trader_cash", "trader_pnl_realized", "trader_pnl_unrealized",
                "trader_fees_total", "trader_drawdown_ratio", "trader_gross_exposure", "trader_position",
                "trader_position_notional", "trader_orders_total", "trader_fills_total",
                "trader_risk_rejections_total", "trader_risk_events_total", "trader_kill_switch_engaged",
                "trader_breaker_tripped", "trader_bars_processed_total", "trader_last_bar_timestamp_seconds",
                "trader_pipeline_latency_seconds", "trader_alpha_score", "trader_alpha_confidence",
                "trader_ensemble_weight", "trader_forecast_score", "trader_forecast_expected_return",
                "trader_target_position", "trader_kelly_fraction",
                // L0 feeds
                "trader_feed_messages_total", "trader_feed_rejected_total", "trader_feed_staleness_seconds",
                "trader_feed_reconnects_total",
                // L1 live accuracy, L3 net leverage
                "trader_alpha_hit_ratio", "trader_alpha_information_coefficient", "trader_net_exposure",
                "trader_net_leverage_ratio", "trader_gross_leverage_ratio",
                // L4 execution quality
                "trader_submitted_quantity_total", "trader_filled_quantity_total", "trader_fill_ratio",
                "trader_fill_slippage_ratio", "trader_slippage_cost", "trader_order_round_trip_seconds",
                // L5 daily P&L and VaR
                "trader_pnl_daily", "trader_day_start_equity", "trader_value_at_risk",
                "trader_value_at_risk_ratio",
                // per venue and asset
                "trader_position_pnl_unrealized", "trader_unknown_orders", "trader_unknown_orders_resolved_total",
                "trader_reconciliations_total", "trader_reconciliation_differences_total",
                "trader_venue_account_value", "trader_venue_equity_baseline", "trader_feed_divergence_halted",
                "trader_venue_budget_used", "trader_venue_budget_remaining", "trader_venue_budget_used_ratio",
                "trader_venue_rate_limited_seconds_total");
        for (String name : agreed) {
            assertTrue(names.contains(name), name + " missing from " + names);
        }
        assertTrue(types.contains("trader_pipeline_latency_seconds:HISTOGRAM"), types.toString());
        assertTrue(types.contains("trader_order_round_trip_seconds:HISTOGRAM"), types.toString());
        assertTrue(types.contains("trader_fill_slippage_ratio:HISTOGRAM"), types.toString());
        assertEquals(names.size(), families.size(), "family names are unique");
    }
}
