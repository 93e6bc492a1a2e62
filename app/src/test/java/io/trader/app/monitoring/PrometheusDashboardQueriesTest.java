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

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The proof that the dashboards work on real data: a paper session replays BTC and ETH hourly candles
 * with its HTTP server on a loopback port; a real Prometheus (the repo's prometheus.yml with only the
 * target rewritten to that port, and the repo's alerts.yml) scrapes it; then every PromQL expression
 * of every dashboard panel goes through Prometheus's HTTP API and must be valid and return series,
 * (except a query of live-venue metrics only, {@link DashboardMetrics#LIVE_ONLY}, or of smart money's,
 * {@link DashboardMetrics#SMART_MONEY_ONLY}: valid, and empty here), every
 * alert rule must evaluate without error, and the derived metrics (live hit rate and IC, VaR,
 * fill ratio, slippage, round trips, feed messages) must carry numbers.
 */
class PrometheusDashboardQueriesTest {

    /** About 400 one-hour steps per second: the replay outlasts the scrapes. */
    private static final double SPEED = 3600.0 * 400;
    private static final int SCRAPES = 3;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyDashboardQueryReturnsSeriesFromARealPrometheusScrapingAPaperSession(@TempDir Path dir)
            throws Exception {
        Path prometheusBinary = Tools.require("prometheus");
        CandleFileReader reader = new CandleFileReader();
        List<CandleSeries> series = List.of(reader.read(SharedData.file(SharedData.BTC_1H)),
                reader.read(SharedData.file(SharedData.ETH_1H)));
        List<Bar> bars = Backtest.merge(series);
        List<String> symbols = series.stream().map(CandleSeries::symbol).toList();

        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "prom");
        // moves worked as TWAP parent orders, so the parent-order panels have series too
        TraderSettings settings = TraderSettings.load(null, java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of("trader.execution.algorithm", "twap", "trader.execution.decisions", "3",
                        "trader.signals.enabled", "true", "trader.signals.key-file", DashboardMetrics.signalKeys(dir).toString()));
        PaperSession session = new PaperSession(settings, Assembly.ENSEMBLE, "prom",
                new ReplayFeed(bars, SPEED, Clock.systemUTC(), "replay:test", symbols), store, Clock.systemUTC());
        ApplicationContext ctx = null;
        Process prometheus = null;
        Path log = dir.resolve("prometheus.log");
        try {
            ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                    .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))
                    .singletons(session, new ApiToken("prometheus-test-token")).start();
            int appPort = ctx.getBean(EmbeddedServer.class).getPort();
            session.start();

            Path config = writeConfig(dir.resolve("prometheus"), appPort);
            int port = freePort();
            String base = "http://127.0.0.1:" + port;
            prometheus = new ProcessBuilder(prometheusBinary.toString(),
                    "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("tsdb"),
                    "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Process p = prometheus;

            await("Prometheus ready on port " + port, 20, () -> p.isAlive() && status(base + "/-/ready") == 200, log);
            await(SCRAPES + " scrapes of the app on port " + appPort, 40,
                    () -> value(base, "count_over_time(up{job=\"trader\"}[5m])") >= SCRAPES, log);
            assertEquals(1.0, value(base, "min(up{job=\"trader\"})"), "the app's target is up");
            await("every alert rule evaluated", 20, () -> ruleHealth(base).stream().noneMatch("unknown"::equals), log);
            assertTrue(ruleHealth(base).stream().allMatch("ok"::equals), "alert rules evaluate without error: "
                    + get(base + "/api/v1/rules"));

            List<Repo.Query> queries = Repo.queries();
            List<String> failures = new ArrayList<>();
            StringBuilder report = new StringBuilder();
            for (Repo.Query q : queries) {
                Map<String, Object> answer = query(base, Repo.resolve(q.expr()));
                if (!"success".equals(answer.get("status"))) {
                    failures.add(q + "\n    -> " + answer.get("errorType") + ": " + answer.get("error"));
                    continue;
                }
                List<Object> result = Json.array(Json.object(answer.get("data"), "data").get("result"), "result");
                if (result.isEmpty() && !DashboardMetrics.onlyOutsidePaper(q.expr())) {
                    failures.add(q + "\n    -> no series");
                }
                report.append(String.format("%3d series  %s%n", result.size(), q));
            }
            System.out.println("Prometheus " + base + " scraping the paper session on port " + appPort + ": "
                    + queries.size() + " dashboard queries\n" + report);
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + queries.size() + " dashboard queries failed:\n"
                        + String.join("\n", failures));
            }

            // the derived metrics carry numbers, not just series
            assertTrue(value(base, "sum(trader_feed_messages_total)") > 0, "bars counted as feed messages");
            assertTrue(value(base, "count(trader_alpha_hit_ratio >= 0)") > 0, "a live hit rate");
            assertTrue(value(base, "count(trader_alpha_information_coefficient >= -1)") > 0, "a live IC");
            assertTrue(value(base, "count(trader_value_at_risk_ratio >= 0)") == 1, "a VaR");
            assertTrue(value(base, "count(trader_fill_ratio >= 0)") > 0, "a fill ratio");
            assertTrue(value(base, "sum(trader_fill_slippage_ratio_count)") > 0, "fill slippage");
            assertTrue(value(base, "sum(trader_order_round_trip_seconds_count)") > 0, "order round trips");
            assertTrue(value(base, "count(trader_feed_staleness_seconds < 60)") > 0, "a fresh feed");
        } finally {
            if (prometheus != null) {
                prometheus.destroy();
                if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly();
                }
            }
            session.stop();
            if (ctx != null) {
                ctx.close();
            }
            store.close();
            db.close();
        }
    }

    /** The repo's prometheus.yml with its target rewritten to the app's port, next to the repo's alerts.yml. */
    private static Path writeConfig(Path dir, int appPort) throws IOException {
        Files.createDirectories(dir);
        String config = Repo.read(Repo.PROMETHEUS.resolve("prometheus.yml"));
        Matcher m = Pattern.compile("targets: \\[[^\\]]*\\]").matcher(config);
        assertTrue(m.find(), "prometheus.yml has a static target list");
        String rewritten = m.replaceFirst("targets: [\"127.0.0.1:" + appPort + "\"]");
        assertTrue(!m.find(), "prometheus.yml has one target list");
        Path file = dir.resolve("prometheus.yml");
        Files.writeString(file, rewritten);
        Files.copy(Repo.PROMETHEUS.resolve("alerts.yml"), dir.resolve("alerts.yml"));
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void await(String what, int seconds, BooleanSupplier done, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String tail = Files.exists(log) ? Files.readString(log) : "";
                fail("no " + what + " within " + seconds + " s; prometheus log:\n"
                        + tail.substring(Math.max(0, tail.length() - 4000)));
            }
            Thread.sleep(250);
        }
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError("GET " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** POST /api/v1/query (an instant query at now); the parsed answer, errors included. */
    private Map<String, Object> query(String base, String promql) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/query"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query="
                            + URLEncoder.encode(promql, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Json.object(Json.parse(r.body()), "answer to " + promql);
        } catch (IOException e) {
            throw new AssertionError("query " + promql + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The single value of an instant query that returns one series, or NaN when it returns none. */
    private double value(String base, String promql) {
        Map<String, Object> answer = query(base, promql);
        if (!"success".equals(answer.get("status"))) {
            throw new AssertionError(promql + ": " + answer);
        }
        List<Object> result = Json.array(Json.object(answer.get("data"), "data").get("result"), "result");
        if (result.isEmpty()) {
            return Double.NaN;
        }
        List<Object> v = Json.array(Json.object(result.get(0), "series").get("value"), "value");
        return Double.parseDouble(String.valueOf(v.get(1)));
    }

    /** The health ("ok", "err", "unknown") of every rule Prometheus loaded. */
    private List<String> ruleHealth(String base) {
        List<String> health = new ArrayList<>();
        try {
            Map<String, Object> answer = Json.object(Json.parse(get(base + "/api/v1/rules")), "rules");
            for (Object g : Json.array(Json.object(answer.get("data"), "data").get("groups"), "groups")) {
                for (Object r : Json.array(Json.object(g, "group").get("rules"), "rules")) {
                    health.add(String.valueOf(Json.object(r, "rule").get("health")));
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(health.size() >= 10, "the repo's alert rules are loaded: " + health);
        return health;
    }
}
