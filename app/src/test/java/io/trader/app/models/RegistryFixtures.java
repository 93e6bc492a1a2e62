package io.trader.app.models;

import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureSchema;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drafts, artifacts and a registry on an embedded server, shared by the registry tests. */
public final class RegistryFixtures {

    /** What the session computes for the test alphas. */
    public static final FeatureSchema SCHEMA = FeatureSchema.of(List.of(Feature.RETURN, Feature.VOLATILITY));
    /** Another schema of the same width. */
    public static final FeatureSchema OTHER = FeatureSchema.of(List.of(Feature.RETURN, Feature.LOG_RETURN));
    /** 2024-01-01T00:00:00Z. */
    public static final long T0 = 1_704_067_200_000L;
    public static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(T0 + 86_400_000L * 400), ZoneOffset.UTC);

    private RegistryFixtures() {
    }

    /** Opens (creating) the embedded store of {@code dataDir} as a session would: {@code <dataDir>/pg}. */
    public static Database open(Path dataDir) {
        return Database.open(StoreConfig.embedded(dataDir.resolve("pg")));
    }

    public static ModelRegistry registry(Database db, Path dataDir) {
        return new ModelRegistry(db.dataSource(), ModelRegistry.modelsDir(dataDir), CLOCK);
    }

    public static ModelRecord draft(String alpha, FeatureSchema schema) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("ic", 0.0312);
        metrics.put("rank_ic", 0.0275);
        metrics.put("hit_rate", 0.5123);
        metrics.put("auc", Double.NaN);
        metrics.put("sharpe_after_cost", -0.41);
        return ModelRecord.draft(alpha, "logistic", schema, "triple-barrier h=4h up=2% down=1% binary",
                T0, T0 + 86_400_000L * 365,
                List.of(new DataFile("../shared/data/ohlcv_1h/btc.csv.gz", "ab".repeat(32))),
                metrics, "l2=0.1\nfolds=5", "test-1.0");
    }

    /** The artifact of a tiny logistic model whose first weight is {@code w}. */
    public static String artifact(double w) {
        return new TinyModel("logistic", new double[]{w, -0.5}).toText();
    }

    /** Registers a version of {@code alpha} with the test schema and first weight {@code w}. */
    public static ModelRecord register(ModelRegistry registry, String alpha, double w) {
        return registry.register(draft(alpha, SCHEMA), artifact(w), "test");
    }
}
