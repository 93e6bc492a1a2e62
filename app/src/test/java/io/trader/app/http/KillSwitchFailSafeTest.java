package io.trader.app.http;

import io.micronaut.json.JsonMapper;
import io.trader.app.config.TraderSettings;
import io.trader.app.report.BacktestRecorder;
import io.trader.app.run.Assembly;
import io.trader.app.run.SessionParts;
import io.trader.app.store.FaultyDataSource.Fault;
import io.trader.app.store.KillSwitchRow;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill switch fails safe against a real embedded PostgreSQL whose kill-switch statements are made to
 * fail or hang: it halts in memory first, flattens whatever the store does, answers 503 in bounded time
 * when it cannot be made durable, is released only by a durable reset, and a restarted session that
 * cannot prove it was released stays halted.
 */
class KillSwitchFailSafeTest {

    private static final String KILL = "/api/v1/kill-switch";
    private static final String FLATTEN_REASON = "kill-switch-flatten";
    /** The first bars of BTC 1h, ending while sma-cross holds a long position. */
    private static List<Bar> bars;

    @BeforeAll
    static void barsEndingLong() throws Exception {
        List<Bar> all = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H)).bars();
        SessionParts parts = SessionParts.paper(TraderSettings.defaults(), Assembly.SMA_CROSS, 1, "probe",
                new BacktestRecorder(), Runnable::run);
        int i = 0;
        while (i < 500 || parts.portfolio.positions().stream().allMatch(p -> p.lots() == 0)) {
            Bar b = all.get(i++);
            parts.clock.advanceTo(b.closeTime());
            parts.engine.onBar(b);
            parts.engine.completeStep();
        }
        bars = List.copyOf(all.subList(0, i));
    }

    @Test
    void anyReasonTextIsAcceptedStoredCleanAndSurvivesARestart(@TempDir Path dir) throws Exception {
        String stored;
        try (PaperApi r = new PaperApi(dir, bars)) {
            r.session.finished().get();
            assertError(r.api.post(KILL, "{\"reason\":\"" + "x".repeat(501) + "\"}"), 400, "500");
            assertFalse(r.session.killSwitch().engaged(), "a refused request changes nothing");

            String reason = "halt\\u0000 now\\r\\n12:00:00.000 INFO forged line\\t\\u2028\\u001b[31mred";
            HttpResponse<String> engaged = r.api.post(KILL, "{\"reason\":\"" + reason + "\"}");
            assertEquals(200, engaged.statusCode(), engaged.body());
            KillSwitchRow row = r.store.loadKillSwitch().orElseThrow();
            assertTrue(row.engaged(), "durable before the 200");
            stored = row.reason();
            assertTrue(stored.startsWith("halt") && stored.contains("forged line") && stored.endsWith("red"), stored);
            assertTrue(stored.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028), stored);
        }
        try (PaperApi r = new PaperApi(dir, bars)) {
            Views.KillSwitch k = r.session.killSwitch();
            assertTrue(k.engaged(), "still engaged after a restart");
            assertEquals(stored, k.reason());
        }
    }

    @Test
    void aFailedEngageWriteAnswers503StaysHaltedStillFlattensAndARestartStaysHalted(@TempDir Path dir)
            throws Exception {
        try (PaperApi r = new PaperApi(dir, bars)) {
            r.session.finished().get();
            assertTrue(holdsAPosition(r), "long before the halt");
            r.faults.writes(Fault.FAIL);
            HttpResponse<String> resp = r.api.post(KILL, "{\"reason\":\"store failing\",\"flatten\":true}");
            assertError(resp, 503, "ENGAGED");
            assertFalse(resp.body().contains("injected") || resp.body().contains("INSERT"), "no raw SQL: " + resp.body());
            assertTrue(r.session.killSwitch().engaged(), "halted in memory whatever the store did");
            assertTrue(flattenOrders(r) == 1, "the flatten order was sent: " + r.session.orders(false, 5));
            assertTrue(r.api.get("/health").body().contains("\"kill_switch_store\":\"unconfirmed\""));
        }
        try (PaperApi r = new PaperApi(dir, bars)) {
            Views.KillSwitch k = r.session.killSwitch();
            assertTrue(k.engaged(), "a restart cannot prove the switch was released, so it stays halted");
            assertTrue(k.reason().contains("store failing"), k.reason());
            HttpResponse<String> reset = r.api.post(KILL + "/reset", "{\"reason\":\"store fixed\"}");
            assertEquals(200, reset.statusCode(), reset.body());
            assertFalse(r.session.killSwitch().engaged());
        }
        try (PaperApi r = new PaperApi(dir, bars)) {
            assertFalse(r.session.killSwitch().engaged(), "the durable reset is what releases it");
        }
    }

    @Test
    void aStuckStoreDelaysNeitherTheFlattenNorTheAnswer(@TempDir Path dir) throws Exception {
        try (PaperApi r = new PaperApi(dir, bars)) {
            r.session.finished().get();
            assertTrue(holdsAPosition(r), "long before the halt");
            r.faults.writes(Fault.BLOCK);
            // the client gives up after 60 s: an answer that waits for the stuck write fails here
            HttpResponse<String> resp = r.api.post(KILL, "{\"reason\":\"store stuck\",\"flatten\":true}");
            assertError(resp, 503, "ENGAGED");
            assertTrue(r.faults.blockedCount() > 0, "the kill-switch write really was stuck");
            assertTrue(r.session.killSwitch().engaged());
            assertEquals(1, flattenOrders(r), "flattened while the write is stuck: " + r.session.orders(false, 5));
            assertEquals(200, r.api.get("/api/v1/status").statusCode(), "the API still answers");
        }
    }

    @Test
    void aFailedResetKeepsTheSwitchEngagedAcrossARestart(@TempDir Path dir) throws Exception {
        try (PaperApi r = new PaperApi(dir, bars)) {
            r.session.finished().get();
            assertEquals(200, r.api.post(KILL, "{\"reason\":\"halt\"}").statusCode());
            r.faults.writes(Fault.FAIL);
            assertError(r.api.post(KILL + "/reset", "{\"reason\":\"all clear\"}"), 503, "ENGAGED");
            assertTrue(r.session.killSwitch().engaged(), "a reset that is not durable does not release");

            r.faults.writes(Fault.NONE);
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (r.api.get("/health").body().contains("unconfirmed")) {
                assertTrue(System.nanoTime() < deadline, "the background retry saves the switch once the store works");
                Thread.sleep(100);
            }
            KillSwitchRow row = r.store.loadKillSwitch().orElseThrow();
            assertTrue(row.engaged(), "the store caught up with the engaged switch: " + row);
        }
        try (PaperApi r = new PaperApi(dir, bars)) {
            assertTrue(r.session.killSwitch().engaged(), "still engaged after a restart");
        }
    }

    @Test
    void aSessionThatCannotReadTheKillSwitchStaysHalted(@TempDir Path dir) throws Exception {
        try (PaperApi r = new PaperApi(dir, bars, f -> f.reads(Fault.FAIL))) {
            Views.KillSwitch k = r.session.killSwitch();
            assertTrue(k.engaged(), "cannot prove it was released: halted");
            assertTrue(k.reason().contains("could not be read"), k.reason());
            r.session.finished().get();
            r.store.flush();
            assertEquals(0, r.store.countRows("orders"), "no order while halted");
            r.faults.reads(Fault.NONE);
            HttpResponse<String> reset = r.api.post(KILL + "/reset", "{\"reason\":\"checked the store\"}");
            assertEquals(200, reset.statusCode(), reset.body());
            assertFalse(r.session.killSwitch().engaged());
        }
    }

    private static boolean holdsAPosition(PaperApi r) {
        return r.session.positions().stream().anyMatch(p -> p.quantity().matches(".*[1-9].*"));
    }

    private static long flattenOrders(PaperApi r) {
        return r.session.orders(false, 1000).stream().filter(o -> o.reason().equals(FLATTEN_REASON)).count();
    }

    private static void assertError(HttpResponse<String> r, int status, String mention) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = JsonMapper.createDefault().readValue(r.body(), Map.class);
        assertEquals(java.util.Set.of("error", "reason"), json.keySet(), r.body());
        assertTrue(json.get("reason") instanceof String s && s.contains(mention), "mentions " + mention + ": "
                + r.body());
    }
}
