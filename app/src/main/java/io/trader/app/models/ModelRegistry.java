package io.trader.app.models;

import io.trader.app.store.StoreException;
import io.trader.core.signal.FeatureSchema;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model registry: versions of each alpha with their records in the store (migration V5) and their
 * artifacts under {@code <data-dir>/models}. Status changes of one alpha are serialised in the database
 * (an advisory lock per alpha) and recorded in a history with who, when, from -> to and why. At most
 * one version per alpha is promoted and at most one is in shadow.
 */
public final class ModelRegistry {

    private final DataSource dataSource;
    private final ModelArtifacts artifacts;
    private final Clock clock;

    /** @param modelsRoot the artifacts' folder, {@link #modelsDir} of the data directory */
    public ModelRegistry(DataSource dataSource, Path modelsRoot, Clock clock) {
        this.dataSource = dataSource;
        this.artifacts = new ModelArtifacts(modelsRoot);
        this.clock = clock;
    }

    /** {@code <dataDir>/models}. */
    public static Path modelsDir(Path dataDir) {
        return dataDir.resolve("models");
    }

    /** The artifact file of a version (whether or not it exists). */
    public Path artifactPath(String alphaId, int version) {
        return artifacts.path(alphaId, version);
    }

    /** {@link #register(ModelRecord, String, String)} by {@code trainer}. */
    public ModelRecord register(ModelRecord draft, String artifactText) {
        return register(draft, artifactText, "trainer");
    }

    /**
     * Stores {@code artifactText} as the next version of the draft's alpha, a candidate; returns the stored
     * record (version, creation time and artifact hash filled in). {@code actor} goes into the history.
     */
    public ModelRecord register(ModelRecord draft, String artifactText, String actor) {
        if (artifactText == null || artifactText.isBlank()) {
            throw new IllegalArgumentException("empty model artifact for " + draft.alphaId());
        }
        return inTransaction("register " + draft.alphaId(), c -> {
            ModelSql.lockAlpha(c, draft.alphaId());
            int version = ModelSql.nextVersion(c, draft.alphaId());
            String sha = artifacts.write(draft.alphaId(), version, artifactText);
            try {
                ModelRecord r = draft.registered(version, clock.millis(), sha);
                ModelSql.insert(c, r, ModelArtifacts.relative(r.alphaId(), version));
                ModelSql.addHistory(c, new Promotion(0, r.alphaId(), version, "register", null,
                        ModelStatus.CANDIDATE, actor, r.createdAt(), "registered"));
                c.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                artifacts.deleteQuietly(draft.alphaId(), version);
                throw e;
            }
        });
    }

    /** Every version, of one alpha or (null) of all, by alpha then version. */
    public List<ModelRecord> list(String alphaId) {
        return inTransaction("list models", c -> ModelSql.select(c, alphaId, null, false));
    }

    /** The promoted and shadow versions of every alpha. */
    public List<ModelRecord> live() {
        return inTransaction("list live models", c -> ModelSql.select(c, null, null, true));
    }

    /** One version; a {@link RegistryException} when the alpha or the version is unknown. */
    public ModelRecord show(String alphaId, int version) {
        return inTransaction("show model", c -> require(c, alphaId, version));
    }

    /** The status changes of a version (all versions of the alpha when {@code version} is 0), oldest first. */
    public List<Promotion> history(String alphaId, int version) {
        return inTransaction("model history", c -> ModelSql.history(c, alphaId, version));
    }

    /**
     * Makes {@code version} the traded one; the previously promoted version is retired. Refused when the
     * artifact file is missing or corrupt. Returns the changes made (none when it already was promoted).
     */
    public List<Promotion> promote(String alphaId, int version, String reason, String actor) {
        return change(alphaId, c -> {
            ModelRecord target = require(c, alphaId, version);
            if (target.status() == ModelStatus.PROMOTED) {
                return List.of();
            }
            requireArtifact(target, "promote");
            List<Promotion> changes = new ArrayList<>();
            Optional<ModelRecord> current = withStatus(c, alphaId, ModelStatus.PROMOTED);
            if (current.isPresent()) {
                changes.add(move(c, current.get(), "promote", ModelStatus.RETIRED, actor,
                        "replaced by " + target.versionName() + ": " + reason));
            }
            changes.add(move(c, target, "promote", ModelStatus.PROMOTED, actor, reason));
            return changes;
        });
    }

    /** Runs {@code version} in shadow (scored live, not traded); a previous shadow goes back to candidate. */
    public List<Promotion> shadow(String alphaId, int version, String reason, String actor) {
        return change(alphaId, c -> {
            ModelRecord target = require(c, alphaId, version);
            if (target.status() == ModelStatus.SHADOW) {
                return List.of();
            }
            if (target.status() == ModelStatus.PROMOTED) {
                throw new RegistryException(alphaId + " " + target.versionName() + " is promoted (traded); a shadow "
                        + "version runs beside the promoted one, so shadow another version");
            }
            requireArtifact(target, "shadow");
            List<Promotion> changes = new ArrayList<>();
            Optional<ModelRecord> current = withStatus(c, alphaId, ModelStatus.SHADOW);
            if (current.isPresent()) {
                changes.add(move(c, current.get(), "shadow", ModelStatus.CANDIDATE, actor,
                        "replaced in shadow by " + target.versionName()));
            }
            changes.add(move(c, target, "shadow", ModelStatus.SHADOW, actor, reason));
            return changes;
        });
    }

    /**
     * Re-promotes the version that was promoted before the current one (retired now); the current one is
     * retired. Successive rollbacks walk back through the promotions.
     */
    public List<Promotion> rollback(String alphaId, String reason, String actor) {
        return change(alphaId, c -> {
            if (!ModelSql.alphaExists(c, alphaId)) {
                throw unknownAlpha(alphaId);
            }
            ModelRecord current = withStatus(c, alphaId, ModelStatus.PROMOTED).orElseThrow(() ->
                    new RegistryException(alphaId + " has no promoted version to roll back"));
            int previous = Rollbacks.previous(ModelSql.history(c, alphaId, 0), current.version());
            if (previous == 0) {
                throw new RegistryException(alphaId + " " + current.versionName() + " is the first promoted "
                        + "version; there is no earlier one to roll back to");
            }
            ModelRecord target = require(c, alphaId, previous);
            requireArtifact(target, "roll back to");
            return List.of(move(c, current, "rollback", ModelStatus.RETIRED, actor, reason),
                    move(c, target, "rollback", ModelStatus.PROMOTED, actor, reason));
        });
    }

    /**
     * The verified artifact of a version, or why it must not be used: unknown version, missing file,
     * a file whose SHA-256 differs from the registered one, or another feature schema than
     * {@code expected} (null: not checked).
     */
    public LoadOutcome load(String alphaId, int version, FeatureSchema expected) {
        Optional<ModelRecord> found = inTransaction("load model", c -> ModelSql.find(c, alphaId, version));
        if (found.isEmpty()) {
            return new LoadOutcome.Refused(alphaId, version, LoadOutcome.Reason.UNKNOWN,
                    "model " + alphaId + " " + ModelRecord.versionName(version) + " is not in the registry");
        }
        ModelRecord r = found.get();
        Optional<byte[]> bytes;
        try {
            bytes = artifacts.read(alphaId, version);
        } catch (java.io.UncheckedIOException e) {
            return new LoadOutcome.Refused(alphaId, version, LoadOutcome.Reason.MISSING, e.getMessage());
        }
        Optional<LoadOutcome.Refused> bad = checkArtifact(r, bytes);
        if (bad.isPresent()) {
            return bad.get();
        }
        if (expected != null && !expected.hash().equals(r.featureSchema().hash())) {
            return new LoadOutcome.Refused(alphaId, version, LoadOutcome.Reason.SCHEMA, "model " + alphaId + " "
                    + r.versionName() + " was trained on another feature schema: "
                    + SchemaDiff.describe(r.featureSchema(), expected));
        }
        return new LoadOutcome.Verified(r, new String(bytes.orElseThrow(), StandardCharsets.UTF_8));
    }

    private Optional<LoadOutcome.Refused> checkArtifact(ModelRecord r, Optional<byte[]> bytes) {
        Path file = artifacts.path(r.alphaId(), r.version());
        if (bytes.isEmpty()) {
            return Optional.of(new LoadOutcome.Refused(r.alphaId(), r.version(), LoadOutcome.Reason.MISSING,
                    "model file " + file + " of " + r.alphaId() + " " + r.versionName() + " is missing"));
        }
        String sha = Sha256.of(bytes.get());
        if (!sha.equals(r.artifactSha256())) {
            return Optional.of(new LoadOutcome.Refused(r.alphaId(), r.version(), LoadOutcome.Reason.CORRUPT,
                    "model file " + file + " of " + r.alphaId() + " " + r.versionName() + " is corrupt: its sha256 "
                            + "is " + sha + ", the registry recorded " + r.artifactSha256()));
        }
        return Optional.empty();
    }

    private void requireArtifact(ModelRecord r, String what) {
        checkArtifact(r, artifacts.read(r.alphaId(), r.version())).ifPresent(refused -> {
            throw new RegistryException("refusing to " + what + " " + r.alphaId() + " " + r.versionName() + ": "
                    + refused.message());
        });
    }

    private Promotion move(Connection c, ModelRecord r, String action, ModelStatus to, String actor, String reason)
            throws SQLException {
        ModelSql.setStatus(c, r.alphaId(), r.version(), to);
        Promotion p = new Promotion(0, r.alphaId(), r.version(), action, r.status(), to, actor, clock.millis(),
                reason);
        ModelSql.addHistory(c, p);
        return p;
    }

    private static ModelRecord require(Connection c, String alphaId, int version) throws SQLException {
        Optional<ModelRecord> r = ModelSql.find(c, alphaId, version);
        if (r.isPresent()) {
            return r.get();
        }
        if (!ModelSql.alphaExists(c, alphaId)) {
            throw unknownAlpha(alphaId);
        }
        throw new RegistryException("alpha " + alphaId + " has no version " + ModelRecord.versionName(version)
                + " (latest: " + ModelRecord.versionName(ModelSql.nextVersion(c, alphaId) - 1) + ")");
    }

    private static RegistryException unknownAlpha(String alphaId) {
        return new RegistryException("no alpha '" + alphaId + "' in the model registry");
    }

    private static Optional<ModelRecord> withStatus(Connection c, String alphaId, ModelStatus status)
            throws SQLException {
        return ModelSql.select(c, alphaId, null, true).stream().filter(r -> r.status() == status).findFirst();
    }

    private List<Promotion> change(String alphaId, SqlWork<List<Promotion>> work) {
        return inTransaction("change model status of " + alphaId, c -> {
            ModelSql.lockAlpha(c, alphaId);
            List<Promotion> changes = work.run(c);
            c.commit();
            return changes;
        });
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback(); // nothing when committed; undoes a failed or read-only transaction
                }
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
