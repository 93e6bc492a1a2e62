package io.trader.monitoring;

import io.prometheus.client.Collector;
import io.prometheus.client.CounterMetricFamily;
import io.prometheus.client.GaugeMetricFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The rate-limit budget of each live venue, read at scrape time: {@code trader_venue_budget_used},
 * {@code _remaining}, {@code _used_ratio} and {@code trader_venue_rate_limited_seconds_total}, by venue. The families
 * exist once a venue's budget is registered (a paper session has none).
 */
final class VenueBudgets extends Collector {

    private static final Logger LOG = LoggerFactory.getLogger(VenueBudgets.class);
    private static final List<String> VENUE = List.of(MetricFamilies.VENUE);
    private final Map<String, RateLimitBudget> budgets = new ConcurrentSkipListMap<>();
    private final Runnable onError;

    /** @param onError counts a budget that could not be read (it is skipped for that scrape) */
    VenueBudgets(Runnable onError) {
        this.onError = onError;
    }

    void put(String venue, RateLimitBudget budget) {
        if (venue == null || venue.isBlank() || budget == null) {
            throw new IllegalArgumentException("a venue name and its budget are required");
        }
        budgets.put(venue, budget);
    }

    @Override
    public List<MetricFamilySamples> collect() {
        if (budgets.isEmpty()) {
            return List.of();
        }
        GaugeMetricFamily used = new GaugeMetricFamily("trader_venue_budget_used",
                "Rate-limit weight the venue's main limit has used now, in the venue's units", VENUE);
        GaugeMetricFamily remaining = new GaugeMetricFamily("trader_venue_budget_remaining",
                "Rate-limit weight left in the venue's main limit now (negative while requests queue)", VENUE);
        GaugeMetricFamily ratio = new GaugeMetricFamily("trader_venue_budget_used_ratio",
                "Share of the venue's main rate limit used now", VENUE);
        CounterMetricFamily limited = new CounterMetricFamily("trader_venue_rate_limited_seconds",
                "Time requests to the venue were held back by its rate-limit budget, summed over requests", VENUE);
        for (Map.Entry<String, RateLimitBudget> e : budgets.entrySet()) {
            try {
                RateLimitBudget b = e.getValue();
                double u = b.used();
                double limit = b.limit();
                double held = b.rateLimitedSeconds();
                List<String> venue = List.of(e.getKey());
                used.addMetric(venue, u);
                remaining.addMetric(venue, limit - u);
                ratio.addMetric(venue, limit > 0 ? u / limit : Double.NaN);
                limited.addMetric(venue, held);
            } catch (RuntimeException ex) {
                onError.run();
                LOG.warn("the rate-limit budget of {} could not be read; skipped this scrape", e.getKey(), ex);
            }
        }
        List<MetricFamilySamples> out = new ArrayList<>(4);
        out.add(used);
        out.add(remaining);
        out.add(ratio);
        out.add(limited);
        return out;
    }
}
