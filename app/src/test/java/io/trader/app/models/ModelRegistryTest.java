package io.trader.app.models;

import io.trader.app.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.trader.app.models.RegistryFixtures.OTHER;
import static io.trader.app.models.RegistryFixtures.SCHEMA;
import static io.trader.app.models.RegistryFixtures.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry on a real embedded PostgreSQL (one server for the class; each test has its own alphas). */
class ModelRegistryTest {

    @TempDir
    static Path dataDir;
    static Database db;
    static ModelRegistry registry;

    @BeforeAll
    static void open() {
        db = RegistryFixtures.open(dataDir);
        registry = RegistryFixtures.registry(db, dataDir);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ModelStatus status(String alpha, int version) {
        return registry.show(alpha, version).status();
    }

    @Test
    void registerNumbersVersionsPerAlphaAndStoresTheRecordAndTheArtifact() throws Exception {
        ModelRecord v1 = register(registry, "reg_a", 0.1);
        ModelRecord v2 = register(registry, "reg_a", 0.2);
        ModelRecord other = register(registry, "reg_b", 0.3);
        assertEquals(List.of(1, 2, 1), List.of(v1.version(), v2.version(), other.version()));
        assertEquals("v2", v2.versionName());
        assertEquals(ModelStatus.CANDIDATE, v2.status());
        assertEquals(RegistryFixtures.CLOCK.millis(), v2.createdAt());

        Path file = dataDir.resolve("models/reg_a/v2.model");
        assertEquals(RegistryFixtures.artifact(0.2), Files.readString(file));
        assertEquals(Sha256.ofFile(file), v2.artifactSha256());

        ModelRecord shown = registry.show("reg_a", 2);
        assertEquals(v2, shown, "what is read back is what was registered (schema, files, metrics in order, NaN)");
        assertEquals(List.of("ic", "rank_ic", "hit_rate", "auc", "sharpe_after_cost"),
                List.copyOf(shown.metrics().keySet()));
        assertTrue(shown.metrics().get("auc").isNaN());
        assertEquals(List.of(v1, v2), registry.list("reg_a"));
        assertTrue(registry.list(null).containsAll(List.of(v1, v2, other)));
        Promotion registered = registry.history("reg_a", 2).get(0);
        assertEquals("register", registered.action());
        assertEquals(ModelStatus.CANDIDATE, registered.to());
    }

    @Test
    void concurrentRegistrationsGetDistinctConsecutiveVersions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ModelRecord>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                double w = i;
                futures.add(pool.submit(() -> register(registry, "reg_concurrent", w)));
            }
            Set<Integer> versions = new TreeSet<>();
            for (Future<ModelRecord> f : futures) {
                versions.add(f.get().version());
            }
            assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), versions);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void promoteRetiresThePreviouslyPromotedVersionAndRecordsWhoWhenWhy() {
        register(registry, "pro", 0.1);
        register(registry, "pro", 0.2);
        assertEquals(1, registry.promote("pro", 1, "first", "alice").size());
        List<Promotion> changes = registry.promote("pro", 2, "better ic", "bob");
        assertEquals(ModelStatus.RETIRED, status("pro", 1));
        assertEquals(ModelStatus.PROMOTED, status("pro", 2));
        assertEquals(2, changes.size());
        assertEquals(List.of(ModelStatus.PROMOTED, ModelStatus.RETIRED),
                List.of(changes.get(0).from(), changes.get(0).to()));
        assertEquals("replaced by v2: better ic", changes.get(0).reason());
        Promotion last = registry.history("pro", 2).get(1);
        assertEquals(List.of("promote", "bob", "better ic"), List.of(last.action(), last.actor(), last.reason()));
        assertEquals(ModelStatus.CANDIDATE, last.from());
        assertEquals(RegistryFixtures.CLOCK.millis(), last.at());
        assertEquals(List.of(), registry.promote("pro", 2, "again", "bob"), "promoting the promoted changes nothing");
    }

    @Test
    void theDatabaseItselfAllowsOnePromotedVersionPerAlpha() throws Exception {
        register(registry, "one", 0.1);
        register(registry, "one", 0.2);
        registry.promote("one", 1, "r", "t");
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate(
                    "UPDATE model_versions SET status = 'promoted' WHERE alpha_id = 'one' AND version_no = 2"));
        }
    }

    @Test
    void rollbackWalksBackThroughThePromotedVersions() {
        for (int i = 1; i <= 3; i++) {
            register(registry, "rb", i);
            registry.promote("rb", i, "step " + i, "t");
        }
        List<Promotion> changes = registry.rollback("rb", "v3 loses money", "carol");
        assertEquals(ModelStatus.RETIRED, status("rb", 3));
        assertEquals(ModelStatus.PROMOTED, status("rb", 2));
        assertEquals("rollback", changes.get(1).action());
        assertEquals(ModelStatus.RETIRED, changes.get(1).from());
        registry.rollback("rb", "v2 too", "carol");
        assertEquals(ModelStatus.PROMOTED, status("rb", 1));
        assertEquals(ModelStatus.RETIRED, status("rb", 2));
        RegistryException e = assertThrows(RegistryException.class, () -> registry.rollback("rb", "r", "t"));
        assertTrue(e.getMessage().contains("rb v1 is the first promoted version"), e.getMessage());
        assertEquals(ModelStatus.PROMOTED, status("rb", 1), "a refused rollback changes nothing");

        register(registry, "rb_none", 0.1);
        e = assertThrows(RegistryException.class, () -> registry.rollback("rb_none", "r", "t"));
        assertTrue(e.getMessage().contains("no promoted version"), e.getMessage());
    }

    @Test
    void oneShadowPerAlphaBesideThePromotedVersion() {
        for (int i = 1; i <= 3; i++) {
            register(registry, "sh", i);
        }
        registry.promote("sh", 1, "r", "t");
        registry.shadow("sh", 2, "try it", "t");
        assertEquals(ModelStatus.SHADOW, status("sh", 2));
        registry.shadow("sh", 3, "try this one", "t");
        assertEquals(ModelStatus.CANDIDATE, status("sh", 2));
        assertEquals(ModelStatus.SHADOW, status("sh", 3));
        RegistryException e = assertThrows(RegistryException.class, () -> registry.shadow("sh", 1, "r", "t"));
        assertTrue(e.getMessage().contains("sh v1 is promoted"), e.getMessage());
        registry.promote("sh", 3, "shadow was good", "t");
        assertEquals(List.of(ModelStatus.RETIRED, ModelStatus.CANDIDATE, ModelStatus.PROMOTED),
                registry.list("sh").stream().map(ModelRecord::status).toList());
    }

    @Test
    void unknownAlphaOrVersionIsARegistryErrorNamingIt() {
        register(registry, "known", 0.1);
        RegistryException e = assertThrows(RegistryException.class, () -> registry.show("unknown", 1));
        assertEquals("no alpha 'unknown' in the model registry", e.getMessage());
        e = assertThrows(RegistryException.class, () -> registry.promote("known", 7, "r", "t"));
        assertEquals("alpha known has no version v7 (latest: v1)", e.getMessage());
        assertInstanceOf(LoadOutcome.Refused.class, registry.load("known", 7, SCHEMA));
    }

    @Test
    void loadVerifiesTheFileAndTheSchema() throws Exception {
        register(registry, "ld", 0.1);
        LoadOutcome.Verified ok = assertInstanceOf(LoadOutcome.Verified.class, registry.load("ld", 1, SCHEMA));
        assertEquals(RegistryFixtures.artifact(0.1), ok.artifactText());

        LoadOutcome.Refused schema = assertInstanceOf(LoadOutcome.Refused.class, registry.load("ld", 1, OTHER));
        assertEquals(LoadOutcome.Reason.SCHEMA, schema.reason());
        assertTrue(schema.message().contains("ld v1 was trained on another feature schema")
                && schema.message().contains("input 1 is VOLATILITY in the model, LOG_RETURN in the session"),
                schema.message());

        Path file = registry.artifactPath("ld", 1);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] = (byte) (bytes[bytes.length - 1] == '1' ? '2' : '1');
        Files.write(file, bytes);
        LoadOutcome.Refused corrupt = assertInstanceOf(LoadOutcome.Refused.class, registry.load("ld", 1, SCHEMA));
        assertEquals(LoadOutcome.Reason.CORRUPT, corrupt.reason());
        assertTrue(corrupt.message().contains(file + " of ld v1 is corrupt"), corrupt.message());

        Files.delete(file);
        LoadOutcome.Refused missing = assertInstanceOf(LoadOutcome.Refused.class, registry.load("ld", 1, SCHEMA));
        assertEquals(LoadOutcome.Reason.MISSING, missing.reason());
        assertTrue(missing.message().contains(file + " of ld v1 is missing"), missing.message());
    }

    @Test
    void aVersionWhoseFileIsCorruptOrMissingIsNotPromoted() throws Exception {
        register(registry, "bad", 0.1);
        register(registry, "bad", 0.2);
        registry.promote("bad", 1, "r", "t");
        Files.writeString(registry.artifactPath("bad", 2), "model=logistic\nweights=9,9", StandardCharsets.UTF_8);
        RegistryException e = assertThrows(RegistryException.class, () -> registry.promote("bad", 2, "r", "t"));
        assertTrue(e.getMessage().startsWith("refusing to promote bad v2: model file "), e.getMessage());
        assertTrue(e.getMessage().contains("is corrupt"), e.getMessage());
        Files.delete(registry.artifactPath("bad", 2));
        e = assertThrows(RegistryException.class, () -> registry.shadow("bad", 2, "r", "t"));
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        assertEquals(ModelStatus.PROMOTED, status("bad", 1));
        assertEquals(ModelStatus.CANDIDATE, status("bad", 2));
    }

    @Test
    void draftsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> RegistryFixtures.draft("../etc", SCHEMA));
        assertThrows(IllegalArgumentException.class, () -> ModelRecord.draft("a", "forest", SCHEMA, "l", 0, 1,
                List.of(), java.util.Map.of(), "", ""));
        assertThrows(IllegalArgumentException.class, () -> ModelRecord.draft("a", "ridge", SCHEMA, "l", 2, 1,
                List.of(), java.util.Map.of(), "", ""));
        assertThrows(IllegalArgumentException.class, () -> registry.register(RegistryFixtures.draft("a", SCHEMA),
                " ", "t"));
        assertEquals(3, ModelRecord.parseVersion("v3"));
        assertEquals(3, ModelRecord.parseVersion("3"));
        assertThrows(IllegalArgumentException.class, () -> ModelRecord.parseVersion("v0"));
        assertThrows(IllegalArgumentException.class, () -> ModelRecord.parseVersion("latest"));
    }
}
