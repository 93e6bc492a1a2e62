package io.trader.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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

/** Real process deaths: a child JVM uses the embedded store and is killed (SIGKILL) or stopped (SIGTERM). */
class StoreCrashTest {

    @TempDir
    Path dir;

    /**
     * The child saves the kill switch and is killed right after. Its embedded server is left running on
     * the data directory; the next open must stop that orphan and find the kill switch and everything
     * queued before it.
     */
    @Test
    void killSwitchSurvivesAKilledProcess() throws Exception {
        Path pg = dir.resolve("pg");
        Process child = startChild(pg, "kill");
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

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

    /** On SIGTERM the database's shutdown hook waits for the application's hook to write its last checkpoint. */
    @Test
    void sigtermLetsTheApplicationHookWriteItsLastCheckpoint() throws Exception {
        Path pg = dir.resolve("pg");
        Process child = startChild(pg, "term");
        child.destroy();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertFalse(Files.exists(pg.resolve("postmaster.pid")), "the server was stopped with the JVM");

        try (Database db = Database.open(StoreConfig.embedded(pg));
             TradingStore store = new TradingStore(db.dataSource(), "crash")) {
            assertEquals(StoreCrashChild.LAST_STEP, store.loadCheckpoint().orElseThrow().stepTime(),
                    "child log:\n" + tail(dir.resolve("child.log")));
        }
    }

    private Process startChild(Path pg, String mode) throws Exception {
        Path marker = dir.resolve("ready");
        Path log = dir.resolve("child.log");
        Files.deleteIfExists(marker);
        String java = ProcessHandle.current().info().command().orElse("java");
        // surefire may start the tests from a manifest-only jar; it publishes the real class path separately
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classPath, StoreCrashChild.class.getName(), pg.toString(),
                marker.toString(), mode).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.exists(marker)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail("child did not get ready; its log:\n" + tail(log));
            }
            Thread.sleep(50);
        }
        return child;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
