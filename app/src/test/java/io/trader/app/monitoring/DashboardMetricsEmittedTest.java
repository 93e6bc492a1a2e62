package io.trader.app.monitoring;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.http.ApiToken;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every metric a dashboard panel reads is one the app emits: a paper session (BTC and ETH hourly candles, moves worked
 * as TWAP parents) serves {@code /metrics} over HTTP, and each name in the dashboards' PromQL must appear there,
 * except the few only a live venue has ({@link DashboardMetrics#LIVE_ONLY}), which must not (the multi-venue session
 * on the fakes checks they appear there), and smart money's ({@link DashboardMetrics#SMART_MONEY_ONLY}, which
 * {@code SmartMoneyDashboardTest} checks on a session that runs it).
 */
class DashboardMetricsEmittedTest {

    private static final double SPEED = 3600.0 * 400;

    @Test
    void theNamesOfAnExpressionAreItsMetricsOnly() {
        assertEquals(Set.of("trader_order_round_trip_seconds_bucket"), DashboardMetrics.namesIn(
                "histogram_quantile(0.99, sum by (le, venue) (rate(trader_order_round_trip_seconds_bucket[5m])))"));
        assertEquals(Set.of("up", "trader_orders_total", "trader_fills_total"), DashboardMetrics.namesIn(
                "sum(up{job=\"trader\"}) + sum by (venue) (rate(trader_orders_total{outcome=~\"up|trader_x\"}"
                        + "[$__rate_interval])) / on(venue) trader_fills_total"));
        assertEquals(Set.of("trader_a_total", "trader_b"), DashboardMetrics.sampleNames(
                "# HELP trader_a_total x\n# TYPE trader_a_total counter\ntrader_a_total{venue=\"v\",} 1.0\n"
                        + "trader_b 2.0\n"));
    }

    @Test
    void everyMetricTheDashboardsReadIsOnTheAppsMetricsEndpoint(@TempDir Path dir) throws Exception {
        Set<String> wanted = DashboardMetrics.inDashboards();
        assertTrue(wanted.containsAll(DashboardMetrics.LIVE_ONLY), "the live-only names are dashboard names: "
                + DashboardMetrics.LIVE_ONLY);
        assertTrue(wanted.containsAll(DashboardMetrics.SMART_MONEY_ONLY), "the smart-money names are dashboard names: "
                + DashboardMetrics.SMART_MONEY_ONLY);
        CandleFileReader reader = new CandleFileReader();
        List<CandleSeries> series = List.of(reader.read(SharedData.file(SharedData.BTC_1H)),
                reader.read(SharedData.file(SharedData.ETH_1H)));
        List<Bar> bars = Backtest.merge(series);
        List<String> symbols = series.stream().map(CandleSeries::symbol).toList();
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "names");
        TraderSettings settings = TraderSettings.load(null, Map.of(), Map.of(),
                Map.of("trader.execution.algorithm", "twap", "trader.execution.decisions", "3",
                        "trader.signals.enabled", "true", "trader.signals.key-file", DashboardMetrics.signalKeys(dir).toString()));
        PaperSession session = new PaperSession(settings, Assembly.ENSEMBLE, "names",
                new ReplayFeed(bars, SPEED, Clock.systemUTC(), "replay:test", symbols), store, Clock.systemUTC());
        ApplicationContext ctx = null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                    .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))
                    .singletons(session, new ApiToken("names-test-token")).start();
            URI metrics = URI.create("http://127.0.0.1:" + ctx.getBean(EmbeddedServer.class).getPort() + "/metrics");
            session.start();
            Set<String> missing = new TreeSet<>();
            Set<String> emitted = Set.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            do {
                if (!missing.isEmpty()) {
                    Thread.sleep(250);
                }
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                emitted = DashboardMetrics.sampleNames(r.body());
                missing.clear();
                for (String name : wanted) {
                    if (!name.equals("up") && !DashboardMetrics.LIVE_ONLY.contains(name)
                            && !DashboardMetrics.SMART_MONEY_ONLY.contains(name)
                            && !DashboardMetrics.CHANNELS_ONLY.contains(name) && !emitted.contains(name)) {
                        missing.add(name);
                    }
                }
            } while (!missing.isEmpty() && System.nanoTime() < deadline);
            if (!missing.isEmpty()) {
                fail("the dashboards read metrics the app does not emit: " + missing);
            }
            for (String name : DashboardMetrics.LIVE_ONLY) {
                assertTrue(!emitted.contains(name), name + " is emitted by a paper session: not live-only");
            }
            System.out.println(wanted.size() + " metric names in the dashboards, all emitted by the app's /metrics ("
                    + DashboardMetrics.LIVE_ONLY.size() + " only by a live venue)");
        } finally {
            session.stop();
            if (ctx != null) {
                ctx.close();
            }
            store.close();
            db.close();
        }
    }
}
