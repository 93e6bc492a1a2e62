package io.trader.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real crash: a child JVM saves the kill switch and is killed with SIGKILL right after. Its embedded
 * server is left running on the data directory; the next open must stop that orphan and find the
 * kill switch and everything queued before it.
 */
class StoreCrashTest {

    @TempDir
    Path dir;

    @Test
    void killSwitchSurvivesAKilledProcess() throws Exception {
        Path pg = dir.resolve("pg");
        Path marker = dir.resolve("saved");
        Path log = dir.resolve("child.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        // surefire may start the tests from a manifest-only jar; it publishes the real class path separately
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classPath,
                StoreCrashChild.class.getName(), pg.toString(), marker.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!Files.exists(marker)) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    fail("child did not save the kill switch; its log:\n" + tail(log));
                }
                Thread.sleep(50);
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        long orphan = Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim());
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                "precondition: the killed process left its server running");

        try (Database db = Database.open(StoreConfig.embedded(pg));
             TradingStore store = new TradingStore(db.dataSource(), "crash")) {
            Optional<ProcessHandle> old = ProcessHandle.of(orphan);
            assertFalse(old.isPresent() && old.get().isAlive(), "the orphaned server was stopped");
            KillSwitchRow row = store.loadKillSwitch().orElseThrow();
            assertTrue(row.engaged());
            assertTrue(row.flatten());
            assertEquals("engaged just before the crash", row.reason());
            assertEquals(StoreCrashChild.POINTS, StoreFixtures.count(db.dataSource(),
                    "SELECT count(*) FROM equity WHERE session = 'crash'"), "events queued before it are there too");
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
