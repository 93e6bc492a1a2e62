package io.trader.app.cli;

import io.trader.app.models.ModelRegistry;
import io.trader.app.models.ModelStatus;
import io.trader.app.models.RegistryFixtures;
import io.trader.app.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code trader models ...} through the picocli entry, on the store of a data directory: while the test
 * holds the embedded server (as a running session does) the command connects to it; one test closes it
 * so that the command starts the server itself.
 */
class ModelsCliTest {

    @TempDir
    static Path dataDir;
    static Database db;
    static ModelRegistry registry;

    @BeforeAll
    static void registerVersions() {
        db = RegistryFixtures.open(dataDir);
        registry = RegistryFixtures.registry(db, dataDir);
        for (String alpha : List.of("book", "flow", "list_only")) {
            for (int i = 1; i <= 3; i++) {
                RegistryFixtures.register(registry, alpha, i / 10.0);
            }
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Cli.Outcome models(String... args) {
        List<String> all = new ArrayList<>(List.of("models"));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--set", "trader.data-dir=" + dataDir));
        return Cli.run(all.toArray(String[]::new));
    }

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), "'" + p + "' in:\n" + text);
        }
    }

    @Test
    void listPrintsATableAndJson() {
        Cli.Outcome r = models("list", "--alpha", "list_only");
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).matches("ALPHA +VERSION +KIND +STATUS +FEATURES +TRAINED +CREATED +METRICS"),
                lines.get(0));
        assertTrue(lines.get(2).matches("list_only +v2 +logistic +candidate +2 @[0-9a-f]{8} +2024-01-01\\.\\.2024-12-31 "
                + "+2025-02-04 00:00 +ic=0\\.0312 rank_ic=0\\.0275 hit_rate=0\\.5123 auc=NaN sharpe_after_cost=-0\\.41"),
                lines.get(2));

        Cli.Outcome json = models("list", "--alpha", "list_only", "--json");
        assertEquals(0, json.exit(), json.toString());
        assertContains(json.out(), "\"alpha\": \"list_only\"", "\"version\": \"v3\"", "\"status\": \"candidate\"",
                "\"ic\": 0.0312", "\"auc\": null", "\"feature_names\": [\"RETURN\", \"VOLATILITY\"]",
                "\"train_from\": \"2024-01-01T00:00:00Z\"");
        assertTrue(json.out().startsWith("[") && json.out().trim().endsWith("]"), json.out());

        Cli.Outcome all = models("list");
        assertEquals(0, all.exit(), all.toString());
        assertContains(all.out(), "book ", "flow ", "list_only ");
    }

    @Test
    void showPrintsTheWholeRecordAndItsHistory() {
        Cli.Outcome r = models("show", "list_only", "v1");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "alpha         list_only", "version       v1", "status        candidate",
                "code_version  test-1.0", "label         triple-barrier h=4h up=2% down=1% binary",
                "metric        sharpe_after_cost = -0.41", "RETURN, VOLATILITY",
                "data_file     ../shared/data/ohlcv_1h/btc.csv.gz (sha256 abab",
                dataDir.resolve("models/list_only/v1.model").toString(),
                "history       2025-02-04 00:00 UTC  list_only v1: new -> candidate (register by test: registered)");
        Cli.Outcome json = models("show", "list_only", "1", "--json");
        assertEquals(0, json.exit(), json.toString());
        assertContains(json.out(), "\"version\": \"v1\"", "\"history\": [", "\"action\": \"register\"");
    }

    @Test
    void promoteRollbackAndShadowChangeTheStatusAndSayWhat() {
        Cli.Outcome r = models("promote", "book", "v1", "--reason", "first model");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "book v1: candidate -> promoted (promote by cli:", ": first model)");
        r = models("promote", "book", "v2");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "book v1: promoted -> retired", "replaced by v2: manual promotion)",
                "book v2: candidate -> promoted");
        r = models("promote", "book", "v2");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "book v2 is already promoted; nothing changed");

        r = models("shadow", "book", "v3");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "book v3: candidate -> shadow");

        r = models("rollback", "book", "--reason", "v2 drifts");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "book v2: promoted -> retired (rollback by cli:", "book v1: retired -> promoted");
        assertEquals(List.of(ModelStatus.PROMOTED, ModelStatus.RETIRED, ModelStatus.SHADOW),
                registry.list("book").stream().map(m -> m.status()).toList());

        r = models("rollback", "book");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("book v1 is the first promoted version; there is no earlier one to roll back to", r.error());
    }

    @Test
    void unknownAlphaOrVersionExitsOneWithAMessage() {
        Cli.Outcome r = models("show", "nope", "v1");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("no alpha 'nope' in the model registry", r.error());
        r = models("promote", "flow", "v9");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("alpha flow has no version v9 (latest: v3)", r.error());
        r = models("list", "--alpha", "nope");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("no alpha 'nope' in the model registry", r.error());
        r = models("rollback", "nope");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("no alpha 'nope' in the model registry", r.error());
        r = models("shadow", "flow", "4");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("alpha flow has no version v4 (latest: v3)", r.error());
    }

    @Test
    void badArgumentsExitTwo() {
        Cli.Outcome r = models("show", "flow", "latest");
        assertEquals(2, r.exit(), r.toString());
        assertEquals("version must look like v1, v2, ... (or 1, 2, ...), got 'latest'", r.error());
        r = models("promote", "../flow", "v1");
        assertEquals(2, r.exit(), r.toString());
        assertContains(r.error(), "alpha id must be 1-64 letters");
        r = models("promote", "flow", "v1", "--reason", " ");
        assertEquals(2, r.exit(), r.toString());
        assertEquals("--reason must not be blank", r.error());
        r = models("promote", "flow");
        assertEquals(2, r.exit(), r.toString());
        assertContains(r.err(), "Missing required parameter: 'VERSION'");
        r = models("list", "--colour");
        assertEquals(2, r.exit(), r.toString());
        assertContains(r.err(), "Unknown option: '--colour'");
        r = models("list", "--set", "trader.data-dri=/tmp/x");
        assertEquals(2, r.exit(), r.toString());
        assertContains(r.error(), "unknown configuration key", "trader.data-dri");
        r = Cli.run("models");
        assertEquals(2, r.exit(), r.toString());
        assertContains(r.error(), "models needs a subcommand: list, show, promote, rollback or shadow");
        assertEquals(ModelStatus.CANDIDATE, registry.show("flow", 1).status(), "nothing changed");
    }

    @Test
    void withoutARunningSessionTheCommandStartsTheStoreItself() {
        db.close();
        try {
            Cli.Outcome r = models("promote", "flow", "v3", "--reason", "offline");
            assertEquals(0, r.exit(), r.toString());
            assertContains(r.out(), "flow v3: candidate -> promoted");
        } finally {
            db = RegistryFixtures.open(dataDir);
            registry = RegistryFixtures.registry(db, dataDir);
        }
        assertEquals(ModelStatus.PROMOTED, registry.show("flow", 3).status());
    }
}
