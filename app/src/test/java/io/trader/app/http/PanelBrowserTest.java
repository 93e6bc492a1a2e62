package io.trader.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.config.Preset;
import io.trader.app.config.Presets;
import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control panel in a real headless chromium (over the DevTools protocol) against a running paper session
 * (the ensemble with the crypto-intraday preset and signals on, BTC 1h bars replayed at 100 bars a second): the
 * page loads without console errors, shows the session's data (status, equity chart, orders, breakers, alphas,
 * signals, and the kill switch's alert) over the live
 * stream, fits a 390 px phone screen, shows a wrong token's refusal with the switch unchanged, stops and starts
 * trading, and engaging the kill switch from it halts the session: engaged over the API and no new order while
 * bars keep coming; when the stream fails the page polls instead, and resets the switch. Screenshots go to target/panel-screenshots/.
 */
class PanelBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHOTS = Path.of("target", "panel-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void thePanelShowsTheSessionAndItsKillSwitchHaltsIt() throws Exception {
        DevTools probe = null;
        CandleSeries s = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        Preset preset = Presets.load("crypto-intraday");
        Path keys = java.nio.file.Files.writeString(dir.resolve("signal-keys"), "panel="
                + java.util.Base64.getEncoder().encodeToString("a panel test key of 32 bytes or more".getBytes()));
        // the ensemble with a calibrating learner and a low threshold, so that the page has signals to show
        TraderSettings settings = TraderSettings.load(preset.settings(), preset.source(), null, Map.of(), Map.of(),
                Map.of("trader.data-dir", dir.resolve("data").toString(),
                        "trader.ensemble.learner", "bayes-logistic", "trader.ensemble.retrain-every-bars", "250",
                        "trader.signals.enabled", "true", "trader.signals.threshold", "0.52",
                        "trader.signals.key-file", keys.toString()));
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "panel");
        PaperSession session = new PaperSession(settings, Assembly.ENSEMBLE, "panel",
                new ReplayFeed(s.bars(), 100 * 3600, Clock.systemUTC(), "replay:btc-1h", List.of(s.symbol())), store,
                Clock.systemUTC());
        ApiServer api = new ApiServer(session, new PanelViews.SessionInfo("./trader paper --preset crypto-intraday "
                + "--strategy ensemble --replay BTCUSDT_1h.csv --speed 360000", Assembly.ENSEMBLE, preset.name(), null),
                session.signals());
        session.start();
        long t0 = System.nanoTime();
        try (DevTools page = DevTools.launch(dir)) {
            probe = page;
            page.viewport(1280, 900, false);
            page.open(api.base + "/panel");
            page.waitFor("document.querySelector('#link').textContent === 'live'", WAIT, "the live stream");
            page.waitFor("document.querySelectorAll('#orders tbody tr').length > 0", WAIT, "an order in the table");
            page.waitFor("document.querySelector('#equity-chart svg').getAttribute('data-points') > 2", WAIT,
                    "the equity chart");
            page.waitFor("document.querySelector('#breakers-halted') && document.querySelector('#alphas h3')", WAIT,
                    "breakers and alphas");
            page.waitFor("document.querySelector('#next-preset-select').value === 'crypto-intraday'", WAIT,
                    "the running preset picked for the next start");
            assertEquals("ensemble", text(page, "#st-strategy"));
            assertEquals("crypto-intraday", text(page, "#st-preset"));
            assertEquals(s.symbol(), text(page, "#st-instruments"));
            page.waitFor("document.querySelectorAll('#alphas tbody tr').length > 1", WAIT, "the ensemble's alphas");
            page.waitFor("document.querySelectorAll('#signals tbody tr').length > 0", WAIT, "a signal");
            String pair = session.signals().latest().keySet().iterator().next();
            assertTrue(text(page, "#signals").contains(pair), "the session's signal: " + text(page, "#signals"));
            double pageEquity = Double.parseDouble(text(page, "#st-equity").replace(",", ""));
            assertTrue(pageEquity > 0, "equity shown: " + pageEquity);
            assertEquals(0, page.eval("Number(document.querySelector('#render-errors').dataset.count)").asInt());
            page.screenshot(SHOTS.resolve("panel-desktop.png"));

            // a wrong token: the API's refusal is shown, the switch unchanged
            type(page, "#token", "wrong-token-0123456789");
            click(page, "#token-save");
            click(page, "#ks-engage");
            page.waitFor("document.querySelector('#control-result').dataset.status === '401'", WAIT, "the refusal");
            assertTrue(text(page, "#control-result").startsWith("refused: 401 unauthorized: missing or wrong"),
                    text(page, "#control-result"));
            assertFalse(get(api, "/api/v1/kill-switch").path("engaged").asBoolean(), "a wrong token changes nothing");
            assertEquals("released", text(page, "#ks-state"));

            // stop and start trading (a pause of new entries, not the kill switch)
            type(page, "#token", ApiServer.TOKEN);
            click(page, "#token-save");
            click(page, "#trading-stop");
            page.waitFor("document.querySelector('#trading-state').textContent.startsWith('paused')", WAIT, "paused");
            assertEquals("paused", get(api, "/api/v1/trading").path("state").asText());
            Set<String> atPause = orderIds(api);
            Thread.sleep(1500);
            for (JsonNode o : get(api, "/api/v1/orders?limit=1000")) {
                if (!atPause.contains(o.path("clientId").asText())) {
                    assertEquals("reduce", o.path("reason").asText(), "while paused only exits go out: " + o);
                }
            }
            click(page, "#trading-start");
            page.waitFor("document.querySelector('#trading-state').textContent === 'trading'", WAIT, "trading again");
            assertEquals("trading", get(api, "/api/v1/trading").path("state").asText());
            assertTrue(session.status().state().equals("running"), "the replay is still running: " + session.status());

            // the kill switch from the page halts the session
            Set<String> before = orderIds(api);
            click(page, "#ks-engage");
            page.waitFor("document.querySelector('#ks-state').dataset.engaged === 'true'", WAIT, "the switch engaged");
            assertTrue(get(api, "/api/v1/kill-switch").path("engaged").asBoolean());
            long bars = get(api, "/api/v1/status").path("barsProcessed").asLong();
            Set<String> atEngage = orderIds(api);
            assertTrue(atEngage.containsAll(before) && before.size() >= 2, "orders were placed before it: " + before);
            // watch at least three times the bars per order seen before the switch: a trading session would send
            // about three orders in that time
            long window = Math.max(30, 3 * bars / before.size());
            long barsLater = bars;
            for (long end = System.nanoTime() + 20_000_000_000L; barsLater < bars + window && System.nanoTime() < end; ) {
                Thread.sleep(200);
                barsLater = get(api, "/api/v1/status").path("barsProcessed").asLong();
            }
            assertTrue(barsLater >= bars + window, "bars keep coming: " + bars + " -> " + barsLater);
            Set<String> added = new HashSet<>(orderIds(api));
            added.removeAll(atEngage);
            assertEquals(Set.of(), added, "no new order after the kill switch");
            page.waitFor("document.querySelector('#alerts').textContent.includes('Kill switch ENGAGED')", WAIT,
                    "the kill switch's alert in the alerts card");
            System.out.printf("PanelBrowserTest: %d orders in %d bars before the kill switch, none in the %d bars "
                    + "after it%n", before.size(), bars, barsLater - bars);

            // a phone: no horizontal scroll at 390 px
            page.viewport(390, 844, true);
            page.waitFor("document.documentElement.scrollWidth <= 390", Duration.ofSeconds(5),
                    "no horizontal scroll at 390 px (scrollWidth "
                            + page.eval("document.documentElement.scrollWidth") + ")");
            page.screenshot(SHOTS.resolve("panel-phone.png"));
            assertEquals(0, page.eval("Number(document.querySelector('#render-errors').dataset.count)").asInt(),
                    text(page, "#render-errors"));

            // the stream drops (an EventSource that fails at once): the page polls the API instead
            page.send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.EventSource = function () {"
                    + " var self = this; this.addEventListener = function () {}; this.close = function () {};"
                    + " setTimeout(function () { if (self.onerror) { self.onerror(new Event('error')); } }, 50); };"));
            page.open(api.base + "/panel");
            page.waitFor("document.querySelector('#link').textContent.startsWith('stream down: polling')", WAIT,
                    "the polling fallback");
            page.waitFor("parseInt(document.querySelector('#updates').textContent) >= 18", WAIT,
                    "two rounds of polling (9 reads each)");
            assertEquals("ENGAGED", text(page, "#ks-state"), "the polled kill switch");
            click(page, "#ks-reset"); // the token is still in this tab's sessionStorage
            page.waitFor("document.querySelector('#ks-state').dataset.engaged === 'false'", WAIT, "the switch reset");
            assertFalse(get(api, "/api/v1/kill-switch").path("engaged").asBoolean(), "reset from the page");
            List<DevTools.Problem> unexpected = page.problems.stream().filter(p -> !expected(p)).toList();
            assertEquals(List.of(), unexpected, "console errors and exceptions of the page");
            page.eval("setTimeout(() => noSuchFunction(), 0); console.error('a check of the check')");
            Thread.sleep(500); // the events arrive over the socket
            List<String> seen = page.problems.stream().filter(p -> !expected(p)).map(DevTools.Problem::kind).toList();
            assertTrue(seen.contains("exception") && seen.contains("console.error"),
                    "the test sees an injected exception and console error: " + page.problems);
        } finally {
            System.out.printf("PanelBrowserTest: %.1f s in the browser; page problems seen: %s%n",
                    (System.nanoTime() - t0) / 1e9, probe == null ? "-" : probe.problems);
            session.stop();
            api.close();
            store.close();
            db.close();
        }
    }

    /** The one failed request the test provokes: the wrong token's 401. */
    private static boolean expected(DevTools.Problem p) {
        return p.kind().equals("log:network") && p.text().contains("401") && p.url().endsWith("/api/v1/kill-switch");
    }

    private static Set<String> orderIds(ApiServer api) throws Exception {
        Set<String> ids = new HashSet<>();
        get(api, "/api/v1/orders?limit=1000").forEach(o -> ids.add(o.path("clientId").asText()));
        return ids;
    }

    private static JsonNode get(ApiServer api, String path) throws Exception {
        var r = api.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static String text(DevTools page, String selector) throws Exception {
        return page.eval("document.querySelector(" + JSON.writeValueAsString(selector) + ").textContent").asText();
    }

    private static void click(DevTools page, String selector) throws Exception {
        page.eval("document.querySelector(" + JSON.writeValueAsString(selector) + ").click()");
    }

    private static void type(DevTools page, String selector, String value) throws Exception {
        page.eval("document.querySelector(" + JSON.writeValueAsString(selector) + ").value = "
                + JSON.writeValueAsString(value));
    }
}
