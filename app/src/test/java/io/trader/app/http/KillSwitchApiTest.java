package io.trader.app.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.BeforeAll;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill switch over real HTTP on a running paper session: 401 without the token, engaged with it,
 * no order after it, still engaged after a restart, released only by an authenticated reset.
 */
class KillSwitchApiTest {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static List<Bar> bars;
    private static String symbol;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void load() throws Exception {
        CandleSeries s = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        bars = s.bars();
        symbol = s.symbol();
    }

    /** A running session with its HTTP server; replays 1h bars at about 2,000 bars per second. */
    private final class Running implements AutoCloseable {
        final Database db;
        final TradingStore store;
        final PaperSession session;
        final ApplicationContext ctx;
        final String base;

        Running(Path pg, double speed) {
            this(pg, speed, TraderSettings.defaults(), Assembly.ENSEMBLE);
        }

        Running(Path pg, double speed, TraderSettings settings, String strategy) {
            db = Database.open(StoreConfig.embedded(pg));
            store = new TradingStore(db.dataSource(), "ks");
            session = new PaperSession(settings, strategy, "ks",
                    new ReplayFeed(bars, speed, Clock.systemUTC(), "replay:test", List.of(symbol)), store,
                    Clock.systemUTC());
            ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                    .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))
                    .singletons(session, new ApiToken(TOKEN)).start();
            base = "http://127.0.0.1:" + ctx.getBean(EmbeddedServer.class).getPort();
            session.start();
        }

        @Override
        public void close() {
            session.stop();
            ctx.close();
            store.close();
            db.close();
        }
    }

    @Test
    void killSwitchNeedsTheTokenHaltsTradingAndSurvivesARestart(@TempDir Path dir) throws Exception {
        Path pg = dir.resolve("pg");
        long ordersAtEngage;
        try (Running r = new Running(pg, 3600.0 * 2000)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (r.session.orders(false, 10).isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the session places orders within 60 s");
                Thread.sleep(20);
            }
            String body = "{\"reason\":\"test halt\",\"flatten\":false}";
            assertEquals(401, post(r.base + "/api/v1/kill-switch", body, null).statusCode());
            assertEquals(401, post(r.base + "/api/v1/kill-switch", body, "wrong-token").statusCode());
            assertTrue(get(r.base + "/api/v1/kill-switch").body().contains("\"engaged\":false"));

            HttpResponse<String> engaged = post(r.base + "/api/v1/kill-switch", body, TOKEN);
            assertEquals(200, engaged.statusCode(), engaged.body());
            assertTrue(engaged.body().contains("\"engaged\":true") && engaged.body().contains("test halt"));
            r.store.flush();
            ordersAtEngage = r.store.countRows("orders");
            assertTrue(r.session.parts().exchange.openOrders().isEmpty(), "open orders cancelled");

            r.session.finished().get();
            r.store.flush();
            assertEquals(ordersAtEngage, r.store.countRows("orders"), "no order after the kill switch");
            assertTrue(r.store.riskEvents(100).stream().anyMatch(e -> e.kind().equals("kill_switch_engaged")));
        }

        try (Running r = new Running(pg, 0)) {
            HttpResponse<String> state = get(r.base + "/api/v1/kill-switch");
            assertTrue(state.body().contains("\"engaged\":true"), "still engaged after a restart: " + state.body());
            assertEquals(401, post(r.base + "/api/v1/kill-switch/reset", "{}", null).statusCode());
            HttpResponse<String> reset = post(r.base + "/api/v1/kill-switch/reset", "{\"reason\":\"all clear\"}",
                    TOKEN);
            assertEquals(200, reset.statusCode(), reset.body());
            assertTrue(reset.body().contains("\"engaged\":false"));
        }
        try (Running r = new Running(pg, 0)) {
            assertTrue(get(r.base + "/api/v1/kill-switch").body().contains("\"engaged\":false"),
                    "the reset is persisted too");
        }
    }

    @Test
    void malformedRequestsGetA4xxWithAJsonReason(@TempDir Path dir) throws Exception {
        try (Running r = new Running(dir.resolve("pg"), 0)) {
            r.session.finished().get();
            HttpResponse<String> bad = post(r.base + "/api/v1/kill-switch", "{not json", TOKEN);
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("\"reason\""), bad.body());
            HttpResponse<String> noReason = post(r.base + "/api/v1/kill-switch", "{\"flatten\":true}", TOKEN);
            assertEquals(400, noReason.statusCode());
            assertTrue(noReason.body().contains("reason"), noReason.body());
            HttpResponse<String> limit = get(r.base + "/api/v1/orders?limit=abc");
            assertEquals(400, limit.statusCode());
            assertTrue(limit.body().contains("limit"), limit.body());
            HttpResponse<String> missing = get(r.base + "/api/v1/nope");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("\"error\""), missing.body());
            assertEquals(200, get(r.base + "/api/v1/status").statusCode());
            assertEquals(200, get(r.base + "/api/v1/positions").statusCode());
            assertEquals(200, get(r.base + "/api/v1/pnl").statusCode());
            assertEquals(200, get(r.base + "/health").statusCode());
            HttpResponse<String> metrics = get(r.base + "/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("trader_bars_processed_total{instrument=\"BTCUSDT\""));
            assertTrue(metrics.body().contains("jvm_memory_bytes_used"));
        }
    }

    @Test
    void aLatchedBreakerIsReArmedOnlyByAnAuthenticatedReset(@TempDir Path dir) throws Exception {
        TraderSettings tight = TraderSettings.defaults().with("trader.risk.max-drawdown", "0.001");
        try (Running r = new Running(dir.resolve("pg"), 0, tight, Assembly.SMA_CROSS)) {
            r.session.finished().get();
            HttpResponse<String> state = get(r.base + "/api/v1/risk/breakers");
            assertEquals(200, state.statusCode());
            assertTrue(state.body().contains("\"halted\":true"), "a 0.1 % drawdown latches: " + state.body());
            assertEquals(401, post(r.base + "/api/v1/risk/breakers/reset", "{}", null).statusCode());
            HttpResponse<String> reset = post(r.base + "/api/v1/risk/breakers/reset",
                    "{\"reason\":\"reviewed\"}", TOKEN);
            assertEquals(200, reset.statusCode(), reset.body());
            assertTrue(reset.body().contains("\"halted\":false"), reset.body());
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
