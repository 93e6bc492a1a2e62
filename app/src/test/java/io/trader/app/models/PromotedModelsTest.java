package io.trader.app.models;

import io.trader.app.config.TraderSettings;
import io.trader.app.store.Database;
import io.trader.core.signal.FeatureSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.trader.app.models.RegistryFixtures.OTHER;
import static io.trader.app.models.RegistryFixtures.SCHEMA;
import static io.trader.app.models.RegistryFixtures.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session's view of the registry: promotions are picked up while it runs, and a version whose file is
 * corrupt or missing, of another schema or unparseable is refused while the previous one stays in use.
 */
class PromotedModelsTest {

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

    private static PromotedModels watch(String... alphas) {
        Map<String, FeatureSchema> expected = new java.util.HashMap<>();
        for (String a : alphas) {
            expected.put(a, SCHEMA);
        }
        return new PromotedModels(registry, expected, TinyModel::parse);
    }

    private static double firstWeight(PromotedModels.Active active) {
        return ((TinyModel) active.model()).weights()[0];
    }

    @Test
    void aPromotionDuringARunningSessionIsPickedUpWithoutARestart() throws Exception {
        register(registry, "live", 0.1);
        registry.promote("live", 1, "start", "t");
        try (PromotedModels models = watch("live", "not_trained_yet")) {
            PromotedModels.Snapshot start = models.poll();
            assertEquals("v1", start.promoted().get("live").version());
            assertEquals(0.1, firstWeight(start.promoted().get("live")));
            long generation = models.generation();
            assertEquals(generation, models.poll().generation(), "nothing changed, same generation");

            models.start(Duration.ofMillis(20));
            register(registry, "live", 0.2);
            registry.promote("live", 2, "better", "t");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (models.generation() == generation && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            PromotedModels.Active now = models.current().promoted().get("live");
            assertEquals("v2", now.version(), "the polling thread loaded the promoted version");
            assertEquals(0.2, firstWeight(now));
            assertEquals(1.0 / (1 + Math.exp(-(0.2 * 1 - 0.5 * 2))), now.model().predict(new double[]{1, 2}), 1e-15);
            assertEquals(0, models.refusedLoads());
        }
    }

    @Test
    void aCorruptPromotedFileIsRefusedAndThePreviousVersionStays() throws Exception {
        register(registry, "corrupt", 0.1);
        registry.promote("corrupt", 1, "start", "t");
        try (PromotedModels models = watch("corrupt")) {
            models.poll();
            long generation = models.generation();
            register(registry, "corrupt", 0.2);
            registry.promote("corrupt", 2, "next", "t");
            Path file = registry.artifactPath("corrupt", 2);
            String good = Files.readString(file);
            Files.writeString(file, good.replace("0.2", "0.9")); // after promotion: the disk went bad

            PromotedModels.Snapshot s = models.poll();
            assertEquals("v1", s.promoted().get("corrupt").version());
            assertEquals(generation, s.generation());
            assertEquals(1, models.refusedLoads());
            LoadOutcome.Refused refusal = models.refusals().get(0);
            assertEquals(LoadOutcome.Reason.CORRUPT, refusal.reason());
            assertTrue(refusal.message().contains("corrupt v2 is corrupt"), refusal.message());
            models.poll();
            assertEquals(1, models.refusedLoads(), "a refusal is counted (and logged) once");

            Files.writeString(file, good); // repaired: the next poll takes it
            assertEquals("v2", models.poll().promoted().get("corrupt").version());
            assertTrue(models.generation() > generation);
        }
    }

    @Test
    void missingFileOtherSchemaAndUnparseableArtifactsAreRefused() throws Exception {
        register(registry, "refuse", 0.1);
        registry.promote("refuse", 1, "start", "t");
        try (PromotedModels models = watch("refuse")) {
            models.poll();
            register(registry, "refuse", 0.2);
            registry.promote("refuse", 2, "r", "t");
            Files.delete(registry.artifactPath("refuse", 2));
            assertEquals("v1", models.poll().promoted().get("refuse").version());

            registry.register(RegistryFixtures.draft("refuse", OTHER), RegistryFixtures.artifact(0.3), "t");
            registry.promote("refuse", 3, "r", "t");
            assertEquals("v1", models.poll().promoted().get("refuse").version());

            registry.register(RegistryFixtures.draft("refuse", SCHEMA), "model=logistic\nweights=1,2,3", "t");
            registry.promote("refuse", 4, "r", "t");
            assertEquals("v1", models.poll().promoted().get("refuse").version());

            registry.register(RegistryFixtures.draft("refuse", SCHEMA), "garbage", "t");
            registry.promote("refuse", 5, "r", "t");
            assertEquals("v1", models.poll().promoted().get("refuse").version());

            assertEquals(4, models.refusedLoads());
            assertEquals(java.util.List.of(LoadOutcome.Reason.MISSING, LoadOutcome.Reason.SCHEMA,
                            LoadOutcome.Reason.UNREADABLE, LoadOutcome.Reason.UNREADABLE),
                    models.refusals().stream().map(LoadOutcome.Refused::reason).toList());
            assertTrue(models.refusals().get(2).message().contains("a logistic model of 3 inputs, the registry "
                    + "records a logistic model of 2"), models.refusals().get(2).message());
        }
    }

    @Test
    void aSessionStartsWithThePromotedVersionsAlreadyLoaded() {
        register(registry, "session", 0.4);
        registry.promote("session", 1, "start", "t");
        TraderSettings settings = TraderSettings.defaults().with("trader.data-dir", dataDir.toString())
                .with("trader.models.poll-seconds", "3600");
        try (PromotedModels models = PromotedModels.forSession(db.dataSource(), settings,
                Map.of("session", SCHEMA), TinyModel::parse)) {
            assertEquals("v1", models.current().promoted().get("session").version());
            assertEquals(0.4, firstWeight(models.current().promoted().get("session")));
        }
    }

    @Test
    void aShadowVersionIsHandedOverBesideThePromotedOne() {
        register(registry, "shadowed", 0.1);
        register(registry, "shadowed", 0.2);
        registry.promote("shadowed", 1, "start", "t");
        try (PromotedModels models = watch("shadowed")) {
            assertNull(models.poll().shadow().get("shadowed"));
            registry.shadow("shadowed", 2, "try", "t");
            PromotedModels.Snapshot s = models.poll();
            assertEquals("v1", s.promoted().get("shadowed").version());
            assertEquals("v2", s.shadow().get("shadowed").version());
            registry.promote("shadowed", 2, "shadow was good", "t");
            s = models.poll();
            assertEquals("v2", s.promoted().get("shadowed").version());
            assertNull(s.shadow().get("shadowed"), "a promoted shadow is no longer a shadow");
        }
    }
}
