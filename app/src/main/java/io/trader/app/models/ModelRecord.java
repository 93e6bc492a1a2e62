package io.trader.app.models;

import io.trader.core.signal.FeatureSchema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One version of a trained alpha in the registry. A trainer builds a {@link #draft}; the registry assigns
 * the version, creation time, status and artifact hash when it registers it.
 *
 * @param alphaId        the alpha, e.g. {@code book_pressure} (letters, digits, {@code _ . -}; it names a folder)
 * @param version        1, 2, ... per alpha (shown as {@code v1}); 0 in a draft
 * @param kind           logistic, ridge, gbdt, mlp or rule
 * @param featureSchema  the ordered inputs and their hash
 * @param labelSpec      how the targets were made, e.g. {@code triple-barrier h=4h +2%/-1%}
 * @param trainFrom      first training sample, epoch ms
 * @param trainTo        last training sample, epoch ms
 * @param dataFiles      the files trained on, with their SHA-256
 * @param metrics        walk-forward (out-of-sample) metrics by name, in insertion order (ic, rank_ic, ...)
 * @param config         the training configuration as text
 * @param codeVersion    the code that trained it (see {@link CodeVersion})
 * @param createdAt      registration time, epoch ms; 0 in a draft
 * @param status         candidate in a draft
 * @param artifactSha256 SHA-256 of the artifact file; null in a draft
 */
public record ModelRecord(String alphaId, int version, String kind, FeatureSchema featureSchema, String labelSpec,
                          long trainFrom, long trainTo, List<DataFile> dataFiles, Map<String, Double> metrics,
                          String config, String codeVersion, long createdAt, ModelStatus status,
                          String artifactSha256) {

    /** The model kinds the registry accepts. */
    public static final Set<String> KINDS = Set.of("logistic", "ridge", "gbdt", "mlp", "rule");
    private static final Pattern ALPHA_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public ModelRecord {
        requireAlphaId(alphaId);
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0, got " + version);
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("model kind must be one of logistic, ridge, gbdt, mlp, rule; got "
                    + kind);
        }
        Objects.requireNonNull(featureSchema, "featureSchema");
        if (featureSchema.names().isEmpty()) {
            throw new IllegalArgumentException("feature schema of " + alphaId + " has no features");
        }
        Objects.requireNonNull(labelSpec, "labelSpec");
        if (trainFrom > trainTo) {
            throw new IllegalArgumentException("trainFrom " + trainFrom + " is after trainTo " + trainTo);
        }
        dataFiles = List.copyOf(dataFiles);
        Map<String, Double> m = new LinkedHashMap<>();
        metrics.forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("blank metric name");
            }
            m.put(name, Objects.requireNonNull(value, "metric " + name));
        });
        metrics = Collections.unmodifiableMap(m);
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(codeVersion, "codeVersion");
        Objects.requireNonNull(status, "status");
        if (artifactSha256 != null) {
            Sha256.requireHex(artifactSha256, "artifact sha256");
        }
    }

    /** A version to register: no version, creation time or artifact hash yet. */
    public static ModelRecord draft(String alphaId, String kind, FeatureSchema featureSchema, String labelSpec,
                                    long trainFrom, long trainTo, List<DataFile> dataFiles,
                                    Map<String, Double> metrics, String config, String codeVersion) {
        return new ModelRecord(alphaId, 0, kind, featureSchema, labelSpec, trainFrom, trainTo, dataFiles, metrics,
                config, codeVersion, 0, ModelStatus.CANDIDATE, null);
    }

    /** {@code v3} for version 3. */
    public String versionName() {
        return versionName(version);
    }

    public static String versionName(int version) {
        return "v" + version;
    }

    /** The version number of {@code v3} or {@code 3}; fails on anything else. */
    public static int parseVersion(String text) {
        String digits = text != null && (text.startsWith("v") || text.startsWith("V")) ? text.substring(1) : text;
        if (digits == null || !digits.matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("version must look like v1, v2, ... (or 1, 2, ...), got '" + text + "'");
        }
        return Integer.parseInt(digits);
    }

    /** Fails unless {@code alphaId} is 1-64 letters, digits, {@code _ . -}, starting with a letter or digit. */
    public static String requireAlphaId(String alphaId) {
        if (alphaId == null || !ALPHA_ID.matcher(alphaId).matches()) {
            throw new IllegalArgumentException("alpha id must be 1-64 letters, digits, '_', '.' or '-' starting with "
                    + "a letter or digit, got '" + alphaId + "'");
        }
        return alphaId;
    }

    ModelRecord registered(int version, long createdAt, String artifactSha256) {
        return new ModelRecord(alphaId, version, kind, featureSchema, labelSpec, trainFrom, trainTo, dataFiles,
                metrics, config, codeVersion, createdAt, ModelStatus.CANDIDATE, artifactSha256);
    }
}
