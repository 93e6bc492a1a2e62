package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TradingMetricsExpositionTest {

    private CollectorRegistry registry;
    private TradingMetrics metrics;

    @BeforeEach
    void setUp() {
        registry = new CollectorRegistry();
        metrics = new TradingMetrics(registry, "paper", () -> 5_000_000_000L); // frozen clock: stable scrapes
        Fixtures.runScript(metrics);
    }

    @Test
    void contentTypeIsTextFormat004() {
        assertEquals("text/plain; version=0.0.4; charset=utf-8", TradingMetrics.CONTENT_TYPE);
    }

    @Test
    void scrapeDeclaresEveryFamilyWithItsType() {
        String text = metrics.scrape();
        List<String> typeLines = List.of(
                "# TYPE trader_equity gauge",
                "# TYPE trader_cash gauge",
                "# TYPE trader_pnl_realized gauge",
                "# TYPE trader_pnl_unrealized gauge",
                "# TYPE trader_drawdown_ratio gauge",
                "# TYPE trader_gross_exposure gauge",
                "# TYPE trader_position gauge",
                "# TYPE trader_position_notional gauge",
                "# TYPE trader_kill_switch_engaged gauge",
                "# TYPE trader_breaker_tripped gauge",
                "# TYPE trader_last_bar_timestamp_seconds gauge",
                "# TYPE trader_alpha_score gauge",
                "# TYPE trader_alpha_confidence gauge",
                "# TYPE trader_ensemble_weight gauge",
                "# TYPE trader_forecast_score gauge",
                "# TYPE trader_forecast_expected_return gauge",
                "# TYPE trader_target_position gauge",
                "# TYPE trader_kelly_fraction gauge",
                "# TYPE trader_fees_total counter",
                "# TYPE trader_orders_total counter",
                "# TYPE trader_fills_total counter",
                "# TYPE trader_risk_rejections_total counter",
                "# TYPE trader_risk_events_total counter",
                "# TYPE trader_bars_processed_total counter",
                "# TYPE trader_pipeline_latency_seconds histogram");
        for (String line : typeLines) {
            assertTrue(text.contains(line + "\n"), () -> "missing '" + line + "' in\n" + text);
        }
    }

    @Test
    void scrapeCarriesSamplesWithLabels() {
        String text = metrics.scrape();
        assertTrue(text.contains("trader_orders_total{venue=\"paper\",outcome=\"filled\",} 1.0\n"), text);
        assertTrue(text.contains("trader_bars_processed_total{instrument=\"BTCUSDT\",} 1.0\n"), text);
        assertTrue(text.contains("trader_alpha_score{instrument=\"BTCUSDT\",alpha=\"momentum\",} 0.5\n"), text);
        assertTrue(text.contains("trader_kill_switch_engaged 0.0\n"), text);
        assertTrue(text.contains("trader_pipeline_latency_seconds_bucket{le=\"5.0E-6\",} 1.0\n"), text);
        assertTrue(text.contains("trader_equity 100000.0\n"), text);
    }

    @Test
    void scrapeLeavesOutCreatedSeries() {
        assertNotNull(registry.getSampleValue("trader_orders_created",
                new String[]{"venue", "outcome"}, new String[]{"paper", "filled"}));
        assertFalse(metrics.scrape().contains("_created"));
    }

    @Test
    void writeToWritesWhatScrapeReturns() throws IOException {
        StringWriter out = new StringWriter();
        metrics.writeTo(out);
        assertEquals(metrics.scrape(), out.toString());
    }

    @Test
    void jvmMetricsAreRegisteredOncePerRegistry() {
        assertTrue(TradingMetrics.registerJvmMetrics(registry));
        assertFalse(TradingMetrics.registerJvmMetrics(registry));
        assertTrue(TradingMetrics.registerJvmMetrics(new CollectorRegistry()));

        String text = metrics.scrape();
        assertTrue(text.contains("# TYPE jvm_memory_bytes_used gauge\n"), text);
        assertTrue(text.contains("# TYPE jvm_threads_current gauge\n"), text);
        assertTrue(text.contains("# TYPE trader_equity gauge\n"), text);
    }
}
