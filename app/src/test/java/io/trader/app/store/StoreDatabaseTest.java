package io.trader.app.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static io.trader.app.store.StoreFixtures.T0;
import static io.trader.app.store.StoreFixtures.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opening, restarting and reconnecting: the class initialises one data directory (initdb is the slow part)
 * and each test starts and stops a real embedded server on it.
 */
class StoreDatabaseTest {

    @TempDir
    static Path dir;
    static Path pg;

    @BeforeAll
    static void initialiseDataDirectory() {
        pg = dir.resolve("pg");
        Database.open(StoreConfig.embedded(pg)).close();
    }

    @Test
    void killSwitchAndCheckpointSurviveARestartOfTheServer() throws Exception {
        try (Database db = Database.open(StoreConfig.embedded(pg));
             TradingStore store = new TradingStore(db.dataSource(), "restart")) {
            assertTrue(db.isEmbedded());
            store.saveKillSwitch(true, "manual halt", T0, false);
            store.checkpoint(new Checkpoint("restart", T0, 5, 6, 7, 8, "live", java.util.List.of(),
                    java.util.List.of(StoreFixtures.partiallyFilledSell("restart-1"))));
        }
        assertFalse(Files.exists(pg.resolve("postmaster.pid")), "the server was stopped");
        try (Database db = Database.open(StoreConfig.embedded(pg));
             TradingStore store = new TradingStore(db.dataSource(), "restart")) {
            KillSwitchRow row = store.loadKillSwitch().orElseThrow();
            assertTrue(row.engaged());
            assertEquals("manual halt", row.reason());
            assertEquals(T0, row.sinceMillis());
            assertEquals(StoreFixtures.partiallyFilledSell("restart-1"),
                    store.loadCheckpoint().orElseThrow().openOrders().get(0));
            assertEquals(1, count(db.dataSource(), "SELECT count(*) FROM flyway_schema_history WHERE version = '2'"),
                    "migrations are not applied twice");
        }
    }

    @Test
    void aDataDirectoryWithForeignOwnerLoosePermissionsAndAStalePidFileStillStarts() throws Exception {
        assumeTrue(DataDirs.processUid() == 0, "needs root to hand the files to another user");
        try (Database db = Database.open(StoreConfig.embedded(pg));
             TradingStore store = new TradingStore(db.dataSource(), "owner")) {
            store.saveKillSwitch(true, "before chown", T0, true);
        }
        try (Stream<Path> files = Files.walk(pg)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.setAttribute(p, "unix:uid", 65534);
            }
        }
        Files.setPosixFilePermissions(pg, PosixFilePermissions.fromString("rwxr-xr-x"));
        // pid 1 is alive but not our server: PostgreSQL alone would refuse to start ("lock file already exists")
        Files.writeString(pg.resolve("postmaster.pid"), "1\n" + pg + "\n");

        try (Database db = Database.open(StoreConfig.embedded(pg));
             TradingStore store = new TradingStore(db.dataSource(), "owner")) {
            assertEquals("before chown", store.loadKillSwitch().orElseThrow().reason());
        }
        assertEquals(0, ((Number) Files.getAttribute(pg.resolve("PG_VERSION"), "unix:uid")).intValue());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pg)));
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefused() {
        try (Database db = Database.open(StoreConfig.embedded(pg))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Database.open(StoreConfig.embedded(pg)));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertTrue(db.isEmbedded());
        }
    }

    @Test
    void anExternalServerIsUsedThroughItsUrl() throws Exception {
        try (Database embedded = Database.open(StoreConfig.embedded(pg));
             Database external = Database.open(StoreConfig.external(embedded.url(), "postgres", "unused"))) {
            assertFalse(external.isEmbedded());
            try (TradingStore store = new TradingStore(external.dataSource(), "ext")) {
                store.saveKillSwitch(true, "via url", T0, false);
            }
            assertEquals(1, count(embedded.dataSource(), "SELECT count(*) FROM kill_switch WHERE reason = 'via url'"));
        }
    }

    @Test
    void anUnreachableServerFailsWithTheUrlButNotThePassword() {
        String url = "jdbc:postgresql://127.0.0.1:1/trader?password=s3cret-in-url";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Database.open(StoreConfig.external(url, "trader", "hunter2")));
        assertTrue(e.getMessage().contains("127.0.0.1:1/trader"), e.getMessage());
        assertTrue(e.getMessage().contains("Connection"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("s3cret-in-url"), t.toString());
            assertFalse(String.valueOf(t.getMessage()).contains("hunter2"), t.toString());
        }
        assertFalse(StoreConfig.external(url, "trader", "hunter2").toString().contains("hunter2"));
        assertFalse(StoreConfig.external(url, "trader", "hunter2").toString().contains("s3cret"));
    }

    @Test
    void urlsAreRedacted() {
        assertEquals("jdbc:postgresql://h:5432/db?user=u&password=***&ssl=true",
                JdbcUrls.redact("jdbc:postgresql://h:5432/db?user=u&password=p@ss&ssl=true"));
        assertEquals("jdbc:postgresql://u:***@h/db", JdbcUrls.redact("jdbc:postgresql://u:pw@h/db"));
        assertEquals("jdbc:postgresql://h/db", JdbcUrls.redact("jdbc:postgresql://h/db"));
    }
}
