package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.venue.ReconciliationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.trader.monitoring.Fixtures.BTC;
import static io.trader.monitoring.Fixtures.ETH;
import static io.trader.monitoring.Fixtures.accepted;
import static io.trader.monitoring.Fixtures.bar;
import static io.trader.monitoring.Fixtures.fill;
import static io.trader.monitoring.Fixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session on two venues (BTCUSDT on binance, ETHUSDT on kraken): orders, fills, notional and positions are counted
 * on the venue of their instrument, unknown-fate orders and their resolution per venue, reconciliations per venue,
 * the rate-limit budgets read at scrape time, and each asset's feed-divergence halt.
 */
class VenueMetricsTest {

    private CollectorRegistry registry;
    private TradingMetrics metrics;

    @BeforeEach
    void setUp() {
        registry = new CollectorRegistry();
        Map<String, String> venues = Map.of(BTC.symbol(), "binance", ETH.symbol(), "kraken");
        metrics = new TradingMetrics(registry, new MetricLabels(List.of("binance", "kraken"), venues::get,
                s -> s.replace("USDT", "")));
    }

    private double value(String name, String... labelsAndValues) {
        String[] names = new String[labelsAndValues.length / 2];
        String[] values = new String[labelsAndValues.length / 2];
        for (int i = 0; i < names.length; i++) {
            names[i] = labelsAndValues[2 * i];
            values[i] = labelsAndValues[2 * i + 1];
        }
        Double v = registry.getSampleValue(name, names, values);
        return v == null ? Double.NaN : v;
    }

    @Test
    void everyVenuesSeriesExistAtZeroBeforeTheFirstOrder() {
        for (String venue : List.of("binance", "kraken")) {
            for (String outcome : TradingMetrics.ORDER_OUTCOMES) {
                assertEquals(0.0, value("trader_orders_total", "venue", venue, "outcome", outcome), venue + outcome);
            }
            for (String outcome : TradingMetrics.RECONCILIATION_OUTCOMES) {
                assertEquals(0.0, value("trader_reconciliations_total", "venue", venue, "outcome", outcome));
            }
            assertEquals(0.0, value("trader_unknown_orders", "venue", venue));
        }
        assertNull(registry.getSampleValue("trader_orders_total", new String[]{"venue", "outcome"},
                new String[]{"binance+kraken", "submitted"}), "no series for the session's joined name");
    }

    @Test
    void ordersFillsAndPositionsCountOnTheVenueOfTheirInstrument() {
        metrics.onBar(bar(BTC, 0, 60_000));
        metrics.onBar(bar(ETH, 0, 3_000));
        OrderRequest buyBtc = market("b1", BTC, Side.BUY, 0.5);
        OrderRequest sellEth = market("e1", ETH, Side.SELL, 2);
        metrics.onOrderSubmitted(buyBtc);
        metrics.onOrderSubmitted(sellEth);
        OrderEvent.Accepted a = accepted(buyBtc);
        metrics.onOrderEvent(a);
        metrics.onOrderEvent(fill(a.state(), "f1", 0.5, 60_000, 30));
        metrics.onOrderEvent(new OrderEvent.Rejected(OrderState.created(sellEth).withStatus(OrderStatus.REJECTED, 1),
                "insufficient funds", 1));

        assertEquals(1.0, value("trader_orders_total", "venue", "binance", "outcome", "submitted"));
        assertEquals(1.0, value("trader_orders_total", "venue", "binance", "outcome", "filled"));
        assertEquals(0.0, value("trader_orders_total", "venue", "binance", "outcome", "rejected"));
        assertEquals(1.0, value("trader_orders_total", "venue", "kraken", "outcome", "submitted"));
        assertEquals(1.0, value("trader_orders_total", "venue", "kraken", "outcome", "rejected"));
        assertEquals(0.0, value("trader_orders_total", "venue", "kraken", "outcome", "filled"));
        assertEquals(1.0, value("trader_fills_total", "venue", "binance", "instrument", "BTCUSDT"));
        assertEquals(30_000.0, value("trader_traded_notional_total", "venue", "binance", "instrument", "BTCUSDT"));
        assertEquals(0.5, value("trader_position", "venue", "binance", "instrument", "BTCUSDT"));
        assertEquals(0.0, value("trader_position", "venue", "kraken", "instrument", "ETHUSDT"));
        assertTrue(Double.isNaN(value("trader_fills_total", "venue", "kraken", "instrument", "BTCUSDT")));
        assertEquals(1.0, value("trader_order_round_trip_seconds_count", "venue", "binance"));
        assertEquals(1.0, value("trader_order_round_trip_seconds_count", "venue", "kraken"));

        metrics.syncPosition(BTC, 50_000, 2_500_000_000L); // the portfolio: 0.5 BTC, 25 USDT up
        assertEquals(25.0, value("trader_position_pnl_unrealized", "venue", "binance", "instrument", "BTCUSDT"));
        metrics.syncPosition(ETH, -10_000, -100_000_000L); // adopted from the venue: -1 ETH, 1 USDT down
        assertEquals(-1.0, value("trader_position", "venue", "kraken", "instrument", "ETHUSDT"));
        assertEquals(-1.0, value("trader_position_pnl_unrealized", "venue", "kraken", "instrument", "ETHUSDT"));
    }

    @Test
    void anUnknownOrderIsOpenUntilTheVenueSaysWhatBecameOfIt() {
        OrderRequest buy = market("u1", BTC, Side.BUY, 0.1);
        OrderRequest other = market("u2", ETH, Side.BUY, 1);
        metrics.onOrderSubmitted(buy);
        metrics.onOrderSubmitted(other);
        OrderState unknown = OrderState.created(buy).withStatus(OrderStatus.UNKNOWN, 1);
        metrics.onOrderEvent(new OrderEvent.Unknown(unknown, "timeout", 1));
        metrics.onOrderEvent(new OrderEvent.Unknown(unknown, "still no answer", 2)); // the same order: once
        metrics.onOrderEvent(new OrderEvent.Unknown(OrderState.created(other).withStatus(OrderStatus.UNKNOWN, 1),
                "timeout", 1));
        assertEquals(1.0, value("trader_unknown_orders", "venue", "binance"));
        assertEquals(1.0, value("trader_unknown_orders", "venue", "kraken"));
        assertEquals(1.0, value("trader_orders_total", "venue", "binance", "outcome", "unknown"));

        OrderState filledState = OrderState.created(buy).withStatus(OrderStatus.ACCEPTED, 3);
        metrics.onOrderEvent(fill(filledState, "f9", 0.1, 60_000, 0)); // reconciliation found its fill
        metrics.onOrderEvent(new OrderEvent.Cancelled(OrderState.created(other).withStatus(OrderStatus.CANCELLED, 3),
                "not at the venue", 3));
        assertEquals(0.0, value("trader_unknown_orders", "venue", "binance"));
        assertEquals(0.0, value("trader_unknown_orders", "venue", "kraken"));
        assertEquals(1.0, value("trader_unknown_orders_resolved_total", "venue", "binance", "outcome", "filled"));
        assertEquals(1.0, value("trader_unknown_orders_resolved_total", "venue", "kraken", "outcome", "cancelled"));
        assertEquals(0.0, value("trader_unknown_orders_resolved_total", "venue", "kraken", "outcome", "filled"));
    }

    @Test
    void reconciliationsAreCountedPerVenueWithTheirDifferencesAndAccountValue() {
        ReconciliationResult clean = result(List.of(), 1_000_000_000_000L);
        ReconciliationResult differing = result(List.of(
                new RiskEvent.ReconciliationDifference("ETHUSDT", "position 1 vs 2", 5),
                new RiskEvent.ReconciliationDifference("ETHUSDT", "order o1 missing", 5)), 50_000_000_000L);
        metrics.onReconciliation("binance", clean);
        metrics.onReconciliation("kraken", differing);
        metrics.onReconciliation("kraken", null);
        metrics.setEquityBaseline("binance", 900_000_000_000L);

        assertEquals(1.0, value("trader_reconciliations_total", "venue", "binance", "outcome", "clean"));
        assertEquals(0.0, value("trader_reconciliation_differences_total", "venue", "binance"));
        assertEquals(1.0, value("trader_reconciliations_total", "venue", "kraken", "outcome", "differences"));
        assertEquals(1.0, value("trader_reconciliations_total", "venue", "kraken", "outcome", "unread"));
        assertEquals(2.0, value("trader_reconciliation_differences_total", "venue", "kraken"));
        assertEquals(10_000.0, value("trader_venue_account_value", "venue", "binance"));
        assertEquals(500.0, value("trader_venue_account_value", "venue", "kraken"));
        assertEquals(9_000.0, value("trader_venue_equity_baseline", "venue", "binance"));
    }

    @Test
    void budgetsAreReadAtEachScrape() {
        assertTrue(!metrics.scrape().contains("trader_venue_budget_used"), "no budget, no family");
        double[] used = {300};
        metrics.venueBudget("binance", budget(used, 1200, 1.5));
        assertEquals(300.0, value("trader_venue_budget_used", "venue", "binance"));
        assertEquals(900.0, value("trader_venue_budget_remaining", "venue", "binance"));
        assertEquals(0.25, value("trader_venue_budget_used_ratio", "venue", "binance"));
        assertEquals(1.5, value("trader_venue_rate_limited_seconds_total", "venue", "binance"));
        used[0] = 1500; // requests queue for it
        assertEquals(-300.0, value("trader_venue_budget_remaining", "venue", "binance"));
        assertTrue(metrics.scrape().contains("trader_venue_budget_used{venue=\"binance\",} 1500.0"), metrics.scrape());

        metrics.venueBudget("kraken", new RateLimitBudget() {
            public double used() {
                throw new IllegalStateException("closed");
            }

            public double limit() {
                return 20;
            }

            public double rateLimitedSeconds() {
                return 0;
            }
        });
        String text = metrics.scrape();
        assertTrue(text.contains("trader_venue_budget_used{venue=\"binance\","), "one bad budget spoils no other");
        assertTrue(!text.contains("trader_venue_budget_used{venue=\"kraken\""), "the bad one is skipped");
        assertTrue(value("trader_metrics_errors_total") >= 1.0, "counted as a metrics error");
        assertThrows(IllegalArgumentException.class, () -> metrics.venueBudget(" ", budget(used, 1, 0)));
    }

    @Test
    void theDivergenceHaltOfAnAssetFlipsWithItsEvents() {
        metrics.onBar(bar(BTC, 0, 60_000));
        metrics.onBar(bar(ETH, 0, 3_000));
        assertEquals(0.0, value("trader_feed_divergence_halted", "asset", "BTC"), "declared with the instrument");
        assertEquals(0.0, value("trader_feed_divergence_halted", "asset", "ETH"));
        metrics.onRiskEvent(new RiskEvent.FeedDivergenceHalted("BTC", "binance 2% above kraken", 10));
        assertEquals(1.0, value("trader_feed_divergence_halted", "asset", "BTC"));
        assertEquals(0.0, value("trader_feed_divergence_halted", "asset", "ETH"));
        assertEquals(1.0, value("trader_risk_events_total", "kind", "feed_divergence_halted"));
        metrics.onRiskEvent(new RiskEvent.FeedDivergenceResumed("BTC", "agreed for the cool-down", 20));
        assertEquals(0.0, value("trader_feed_divergence_halted", "asset", "BTC"));
    }

    private static RateLimitBudget budget(double[] used, double limit, double held) {
        return new RateLimitBudget() {
            public double used() {
                return used[0];
            }

            public double limit() {
                return limit;
            }

            public double rateLimitedSeconds() {
                return held;
            }
        };
    }

    private static ReconciliationResult result(List<RiskEvent.ReconciliationDifference> differences, long value) {
        return new ReconciliationResult(List.of(), List.of(), Map.of(), Map.of(), List.of(), differences,
                false, List.of(), new ReconciliationResult.Margin(value, 0, value, 0, Map.of()), Set.of(), 0);
    }
}
