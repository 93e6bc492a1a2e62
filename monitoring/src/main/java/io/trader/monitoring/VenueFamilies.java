package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;

import java.util.List;

import static io.trader.monitoring.MetricFamilies.VENUE;
import static io.trader.monitoring.MetricFamilies.counter;
import static io.trader.monitoring.MetricFamilies.gauge;

/**
 * The per-venue and per-asset families a multi-venue session adds (besides the {@code venue} label of orders,
 * fills, traded notional and positions): unknown-fate orders and how they were resolved, reconciliation runs and
 * differences, the venue's account value and equity baseline, and the feed-divergence halt of each asset. The
 * rate-limit budgets are a collector of their own ({@link VenueBudgets}).
 */
final class VenueFamilies {

    static final String ASSET = "asset";

    /** Values of the {@code outcome} label of {@code trader_unknown_orders_resolved_total}. */
    static final List<String> RESOLUTIONS = List.of("accepted", "filled", "partially_filled", "cancelled", "rejected");
    static final int RESOLVED_ACCEPTED = 0;
    static final int RESOLVED_FILLED = 1;
    static final int RESOLVED_PARTIALLY_FILLED = 2;
    static final int RESOLVED_CANCELLED = 3;
    static final int RESOLVED_REJECTED = 4;

    /** Values of the {@code outcome} label of {@code trader_reconciliations_total}. */
    static final List<String> RECONCILIATION_OUTCOMES = List.of("clean", "differences", "unread");

    final Gauge unknownOrders;
    final Counter unknownResolved;
    final Counter reconciliations;
    final Counter reconciliationDifferences;
    final Gauge accountValue;
    final Gauge equityBaseline;
    final Gauge divergenceHalted;

    VenueFamilies(CollectorRegistry registry) {
        unknownOrders = gauge(registry, "trader_unknown_orders",
                "Orders of the venue whose fate is unknown now (sent, no trustworthy answer yet): reconciliation "
                        + "decides them", VENUE);
        unknownResolved = counter(registry, "trader_unknown_orders_resolved_total",
                "Orders of unknown fate the venue later answered for, by what had become of them", VENUE, "outcome");
        reconciliations = counter(registry, "trader_reconciliations_total",
                "Reconciliations with the venue: clean, with differences, or unread (the venue could not be read; "
                        + "the session halted)", VENUE, "outcome");
        reconciliationDifferences = counter(registry, "trader_reconciliation_differences_total",
                "Differences between the session and the venue that reconciliations found", VENUE);
        accountValue = gauge(registry, "trader_venue_account_value",
                "The venue's account value at the last reconciliation, quote units", VENUE);
        equityBaseline = gauge(registry, "trader_venue_equity_baseline",
                "The venue's account value when the session first met it: the baseline its money check compares "
                        + "with, quote units", VENUE);
        divergenceHalted = gauge(registry, "trader_feed_divergence_halted",
                "1 while new risk on the asset is halted because its venues' prices diverge, else 0", ASSET);
    }

    /** The reconciliation series of {@code venue} at 0. */
    void declareReconciliations(String venue) {
        RECONCILIATION_OUTCOMES.forEach(o -> reconciliations.labels(venue, o));
        reconciliationDifferences.labels(venue);
    }
}
