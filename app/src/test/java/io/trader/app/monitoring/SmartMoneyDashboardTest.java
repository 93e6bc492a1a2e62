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
import io.trader.app.smartmoney.SmartMoneyBoard;
import io.trader.app.smartmoney.SmartMoneyMetrics;
import io.trader.app.smartmoney.SmartMoneyStore;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.trader.app.smartmoney.SmartMoneySamples.T0;
import static io.trader.app.smartmoney.SmartMoneySamples.alert;
import static io.trader.app.smartmoney.SmartMoneySamples.bias;
import static io.trader.app.smartmoney.SmartMoneySamples.tracked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smart money's metrics on the app's {@code /metrics}, registered on a paper session's registry as the wiring registers
 * them: every name of the dashboards' "Smart money" row is emitted ({@link DashboardMetrics#SMART_MONEY_ONLY} is
 * exactly those names), with the values the board and the wiring gave; and when Prometheus is on the PATH, every
 * query of that row returns series from a real Prometheus scraping the app.
 */
class SmartMoneyDashboardTest {

    @Test
    void smartMoneyMetricsAreOnTheAppsMetricsEndpointAndTheRowsQueriesReturnSeries(@TempDir Path dir)
            throws Exception {
        Set<String> rowNames = new TreeSet<>();
        for (String name : DashboardMetrics.inDashboards()) {
            if (name.startsWith("trader_smartmoney_")) {
                rowNames.add(name);
            }
        }
        assertEquals(new TreeSet<>(DashboardMetrics.SMART_MONEY_ONLY), rowNames,
                "SMART_MONEY_ONLY is the smart-money names the dashboards read");

        CandleSeries btc = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        List<Bar> bars = btc.bars().subList(0, 50);
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "smartmoney");
        SmartMoneyStore smStore = new SmartMoneyStore(db.dataSource());
        PaperSession session = new PaperSession(TraderSettings.load(null, Map.of(), Map.of(), Map.of()),
                Assembly.ENSEMBLE, "smartmoney", new ReplayFeed(bars, 1.0, Clock.systemUTC(), "replay:test",
                List.of(btc.symbol())), store, Clock.systemUTC());
        SmartMoneyBoard board = new SmartMoneyBoard();
        SmartMoneyMetrics metrics = new SmartMoneyMetrics(session.tradingMetrics().registry(), board);
        metrics.attach(smStore);
        board.onWallets(T0, List.of(tracked(1, Tier.WHALE, 120, "20000000"), tracked(2, Tier.WHALE, 110, "15000000"),
                tracked(3, Tier.EXTENDED, 55, "90000")));
        board.onBias(bias("BTC", T0, 0.42));
        board.onAlert(alert("m1", T0, "BTC", AlertType.ENTRY, AlertPriority.CRITICAL));
        board.onAlert(alert("m2", T0, "ETH", AlertType.ENTRY, AlertPriority.CRITICAL));
        board.onAlert(alert("m3", T0, "ETH", AlertType.REVERSAL, AlertPriority.HIGH));
        metrics.refreshSeconds(Tier.WHALE, 4.5);
        metrics.request("leaderboard");
        metrics.request("wallet");
        metrics.request("wallet");
        metrics.rateLimited("wallet");
        metrics.malformed("websocket");
        metrics.malformed("something else");

        ApplicationContext ctx = null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                    .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))
                    .singletons(session, new ApiToken("smart-money-metrics-token"), board, smStore).start();
            int port = ctx.getBean(EmbeddedServer.class).getPort();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            String text = r.body();
            Set<String> emitted = DashboardMetrics.sampleNames(text);
            Set<String> missing = new TreeSet<>(rowNames);
            missing.removeAll(emitted);
            assertTrue(missing.isEmpty(), "the Smart money row reads metrics the app does not emit: " + missing);
            for (String line : List.of("trader_smartmoney_alerts_total{type=\"ENTRY\",priority=\"CRITICAL\",} 2.0",
                    "trader_smartmoney_alerts_total{type=\"REVERSAL\",priority=\"HIGH\",} 1.0",
                    "trader_smartmoney_alerts_total{type=\"EXIT\",priority=\"MEDIUM\",} 0.0",
                    "trader_smartmoney_wallets{tier=\"1\",} 2.0", "trader_smartmoney_wallets{tier=\"2\",} 0.0",
                    "trader_smartmoney_wallets{tier=\"3\",} 1.0", "trader_smartmoney_bias{coin=\"BTC\",} 0.42",
                    "trader_smartmoney_bias_confidence{coin=\"BTC\",} 0.75",
                    "trader_smartmoney_refresh_seconds{tier=\"1\",} 4.5",
                    "trader_smartmoney_refresh_seconds{tier=\"3\",} NaN",
                    "trader_smartmoney_feed_requests_total{endpoint=\"wallet\",} 2.0",
                    "trader_smartmoney_feed_rate_limited_total{endpoint=\"wallet\",} 1.0",
                    "trader_smartmoney_feed_rate_limited_total{endpoint=\"leaderboard\",} 0.0",
                    "trader_smartmoney_feed_malformed_total{what=\"websocket\",} 1.0",
                    "trader_smartmoney_feed_malformed_total{what=\"other\",} 1.0",
                    "trader_smartmoney_leaderboard_timestamp_seconds 1.7040672E9",
                    "trader_smartmoney_store_write_errors_total 0.0")) {
                assertTrue(text.contains(line + "\n"), "/metrics has " + line);
            }

            Path binary = LocalPrometheus.binary();
            if (binary == null) {
                System.out.println("prometheus is not on the PATH: the Smart money row's queries were not run");
                return;
            }
            try (LocalPrometheus prometheus = LocalPrometheus.start(binary, dir, port)) {
                prometheus.awaitScrapes(3, 60);
                List<String> empty = new ArrayList<>();
                int queries = 0;
                for (Repo.Query q : Repo.queries()) {
                    if (DashboardMetrics.SMART_MONEY_ONLY.containsAll(DashboardMetrics.namesIn(q.expr()))) {
                        queries++;
                        if (prometheus.query(Repo.resolve(q.expr())).isEmpty()) {
                            empty.add(q.toString());
                        }
                    }
                }
                assertTrue(queries >= 9, "the row's queries: " + queries);
                assertTrue(empty.isEmpty(), "Smart money queries without series: " + empty);
                System.out.println(queries + " Smart money dashboard queries return series from a real Prometheus");
            }
        } finally {
            session.stop();
            if (ctx != null) {
                ctx.close();
            }
            smStore.close();
            store.close();
            db.close();
        }
    }
}
