package io.trader.app.venue;

import io.trader.app.monitoring.DashboardMetrics;
import io.trader.app.monitoring.LocalPrometheus;
import io.trader.app.paper.PaperSession;
import io.trader.core.domain.InstrumentSpec;
import io.trader.monitoring.TradingMetrics;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static io.trader.app.venue.MetricsScrape.get;
import static io.trader.app.venue.MetricsScrape.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the /metrics of a session on two venues (A trading BTC, B trading ETH) must show per venue: each venue's fills
 * and fill events counted on it and only it, its orders, its instrument's position as the portfolio holds it, its
 * reconciliations (none unread), its rate-limit budget, its account value and baseline; no divergence halt; and
 * every dashboard metric only a live venue has.
 */
final class VenueSeries {

    private VenueSeries() {
    }

    static void check(URI metrics, PaperSession s, HyperliquidVenue a, HyperliquidVenue b, InstrumentSpec btc,
                      InstrumentSpec eth) throws InterruptedException {
        String[] last = new String[1];
        waitFor(() -> {
            String text = get(metrics);
            last[0] = text;
            return fillsMatch(text, s, a.name(), btc) && fillsMatch(text, s, b.name(), eth)
                    && positionMatches(text, s, a.name(), btc) && positionMatches(text, s, b.name(), eth);
        }, "the scrape counts each venue's fills on it and shows its position as the portfolio holds it");
        String text = last[0];
        assertTrue(text.contains("trader_fills_total{venue=\"" + a.name() + "\",instrument=\"" + btc.symbol()),
                "A's fills under A");
        assertTrue(Double.isNaN(sample(text, "trader_fills_total", "venue", a.name(), "instrument", eth.symbol())),
                "no ETH fills on A");
        assertTrue(Double.isNaN(sample(text, "trader_fills_total", "venue", b.name(), "instrument", btc.symbol())),
                "no BTC fills on B");
        for (HyperliquidVenue v : new HyperliquidVenue[]{a, b}) {
            String venue = v.name();
            double submitted = sample(text, "trader_orders_total", "venue", venue, "outcome", "submitted");
            assertTrue(submitted >= 1, venue + " orders submitted: " + submitted);
            double fillEvents = sample(text, "trader_orders_total", "venue", venue, "outcome", "filled")
                    + sample(text, "trader_orders_total", "venue", venue, "outcome", "partially_filled");
            double fills = s.parts().engine.appliedFills(venue).recent().size();
            assertEquals(fills, fillEvents, venue + ": every fill event counted as an order outcome on its venue");
            double reconciliations = 0;
            for (String outcome : TradingMetrics.RECONCILIATION_OUTCOMES) {
                reconciliations += sample(text, "trader_reconciliations_total", "venue", venue, "outcome", outcome);
            }
            assertTrue(reconciliations >= 2, venue + ": start-up and the test's reconciliation: " + reconciliations);
            assertEquals(0.0, sample(text, "trader_reconciliations_total", "venue", venue, "outcome", "unread"));
            assertEquals(0.0, sample(text, "trader_unknown_orders", "venue", venue));
            double used = sample(text, "trader_venue_budget_used", "venue", venue);
            double remaining = sample(text, "trader_venue_budget_remaining", "venue", venue);
            assertEquals(v.connection().budget().capacity(), used + remaining, 1e-6,
                    venue + ": the budget's used and remaining weight make its capacity");
            assertTrue(used >= 0 && used <= v.connection().budget().capacity(), venue + " used " + used);
            assertTrue(sample(text, "trader_venue_rate_limited_seconds_total", "venue", venue) >= 0);
            assertTrue(sample(text, "trader_venue_account_value", "venue", venue) > 0, venue + " account value");
            assertTrue(sample(text, "trader_venue_equity_baseline", "venue", venue) > 0, venue + " baseline");
            System.out.println(venue + ": submitted " + submitted + ", fill events " + fillEvents + ", reconciliations "
                    + reconciliations + ", budget used " + used + " of " + (used + remaining) + ", account value "
                    + sample(text, "trader_venue_account_value", "venue", venue));
        }
        assertEquals(0.0, sample(text, "trader_feed_divergence_halted", "asset", "BTC"));
        assertEquals(0.0, sample(text, "trader_feed_divergence_halted", "asset", "ETH"));
        Set<String> names = DashboardMetrics.sampleNames(text);
        assertTrue(names.containsAll(DashboardMetrics.LIVE_ONLY), "a live session emits " + DashboardMetrics.LIVE_ONLY
                + ": " + names);
    }

    /**
     * The dashboard queries of live-venue metrics only (rate-limit budgets, account values), which a paper session
     * cannot answer, through a real Prometheus scraping this session: each returns a series per venue. Skipped with a
     * message when the {@code prometheus} binary is not on the PATH (the paper-session dashboard test then skips too).
     */
    static void liveDashboardQueries(int appPort, Path dir, Set<String> venues) throws Exception {
        Path binary = LocalPrometheus.binary();
        if (binary == null) {
            System.out.println("skipped the live-venue dashboard queries: no 'prometheus' on the PATH");
            return;
        }
        List<String> queries = DashboardMetrics.liveOnlyQueries();
        assertTrue(queries.size() >= 3, "the budget and account-value panels: " + queries);
        try (LocalPrometheus prometheus = LocalPrometheus.start(binary, dir, appPort)) {
            prometheus.awaitScrapes(2, 40);
            for (String q : queries) {
                Set<String> seen = new java.util.TreeSet<>();
                for (Object series : prometheus.query(q)) {
                    Object metric = ((java.util.Map<?, ?>) series).get("metric");
                    seen.add(String.valueOf(((java.util.Map<?, ?>) metric).get("venue")));
                }
                assertEquals(venues, seen, "a series per venue: " + q);
                System.out.println(seen.size() + " series  " + q);
            }
        }
    }

    /**
     * A session on one live venue: its series carry the venue's name ({@code binance}, {@code kraken}...), its fills
     * and position on it, its reconciliations, account value and rate-limit budget.
     */
    static void checkSingle(PaperSession s, String venue, InstrumentSpec spec) throws InterruptedException {
        String[] last = new String[1];
        waitFor(() -> {
            last[0] = s.metrics();
            return fillsMatch(last[0], s, venue, spec) && positionMatches(last[0], s, venue, spec);
        }, venue + ": the metrics count the fills on the venue and show the portfolio's position");
        String text = last[0];
        assertTrue(s.parts().engine.appliedFills(venue).recent().size() >= 1, venue + " filled");
        assertTrue(sample(text, "trader_orders_total", "venue", venue, "outcome", "submitted") >= 1);
        double reconciliations = 0;
        for (String outcome : TradingMetrics.RECONCILIATION_OUTCOMES) {
            reconciliations += sample(text, "trader_reconciliations_total", "venue", venue, "outcome", outcome);
        }
        assertTrue(reconciliations >= 1, venue + ": the start-up reconciliation is counted");
        assertTrue(sample(text, "trader_venue_account_value", "venue", venue) > 0, venue + " account value");
        double used = sample(text, "trader_venue_budget_used", "venue", venue);
        double remaining = sample(text, "trader_venue_budget_remaining", "venue", venue);
        double ratio = sample(text, "trader_venue_budget_used_ratio", "venue", venue);
        assertTrue(used >= 0 && remaining > 0 && ratio >= 0 && ratio < 1, venue + " budget: used " + used
                + ", remaining " + remaining + ", ratio " + ratio);
        assertEquals(used / (used + remaining), ratio, 1e-9, "the ratio is used over the limit");
        assertTrue(sample(text, "trader_venue_rate_limited_seconds_total", "venue", venue) >= 0);
        System.out.println(venue + " budget: used " + used + ", remaining " + remaining + ", held back "
                + sample(text, "trader_venue_rate_limited_seconds_total", "venue", venue) + " s; fills "
                + sample(text, "trader_fills_total", "venue", venue, "instrument", spec.symbol()));
    }

    private static boolean fillsMatch(String text, PaperSession s, String venue, InstrumentSpec spec) {
        return sample(text, "trader_fills_total", "venue", venue, "instrument", spec.symbol())
                == s.parts().engine.appliedFills(venue).recent().size();
    }

    private static boolean positionMatches(String text, PaperSession s, String venue, InstrumentSpec spec) {
        return sample(text, "trader_position", "venue", venue, "instrument", spec.symbol())
                == spec.qty(s.parts().portfolio.positionLots(spec));
    }
}
