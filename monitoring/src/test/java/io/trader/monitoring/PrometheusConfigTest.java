package io.trader.monitoring;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled Prometheus files agree with the code: every metric an alert uses is exposed. Their
 * syntax and behaviour are checked with promtool ({@code check config}, {@code test rules}), not here.
 */
class PrometheusConfigTest {

    private static final Pattern METRIC = Pattern.compile("\\btrader_[a-z0-9_]+");

    private static String resource(String path) throws IOException {
        try (InputStream in = PrometheusConfigTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void alertsUseOnlyExposedMetrics() throws IOException {
        CollectorRegistry registry = new CollectorRegistry();
        TradingMetrics metrics = new TradingMetrics(registry, "paper");
        Fixtures.runScript(metrics);
        metrics.feedReconnect("binance:btcusdt@kline_1m");
        Set<String> exposed = new TreeSet<>();
        for (Collector.MetricFamilySamples family : Collections.list(registry.metricFamilySamples())) {
            family.samples.forEach(s -> exposed.add(s.name));
        }

        Set<String> used = new TreeSet<>();
        Matcher m = METRIC.matcher(resource("/prometheus/alerts.yml"));
        while (m.find()) {
            used.add(m.group());
        }
        assertTrue(used.contains("trader_kill_switch_engaged"), used.toString());
        assertTrue(used.contains("trader_drawdown_ratio"), used.toString());
        assertTrue(used.contains("trader_bars_processed_total"), used.toString());
        assertTrue(used.contains("trader_risk_rejections_total"), used.toString());
        assertTrue(used.contains("trader_feed_staleness_seconds"), used.toString());
        assertTrue(used.contains("trader_risk_events_total"), used.toString());
        for (String name : used) {
            assertTrue(exposed.contains(name), name + " is used by an alert but not exposed");
        }
    }

    @Test
    void theIssuesAlertsAllExist() throws IOException {
        String alerts = resource("/prometheus/alerts.yml");
        for (String alert : new String[]{"TraderDrawdownNearBreaker", "TraderKillSwitchEngaged", "TraderFeedStale",
                "TraderRiskRejectStorm", "TraderVenueRejectStorm", "TraderFeedRejectStorm", "TraderNoBarsProcessed",
                "TraderReconciliationDifference", "TraderDailyLossNearBreaker"}) {
            assertTrue(alerts.contains("- alert: " + alert + "\n"), alert);
        }
        assertTrue(alerts.contains("kind=\"reconciliation_difference\""), "reconciliation alert uses the risk events");
    }

    @Test
    void scrapeConfigPointsAtTheComposeAppAndTheAlerts() throws IOException {
        String config = resource("/prometheus/prometheus.yml");
        assertTrue(config.contains("\"app:8080\""), config);
        assertTrue(config.contains("metrics_path: /metrics"), config);
        assertTrue(config.contains("scrape_interval: 5s"), config);
        assertTrue(config.contains("- alerts.yml"), config);
    }
}
