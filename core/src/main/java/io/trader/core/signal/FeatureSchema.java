package io.trader.core.signal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The ordered feature names a model was trained on, and their hash. A model artifact records its
 * schema; a session refuses a model whose hash differs from what it computes.
 *
 * @param names feature names in model-input order
 * @param hash  hex SHA-256 of the names joined by {@code '\n'}
 */
public record FeatureSchema(List<String> names, String hash) {

    public FeatureSchema {
        names = List.copyOf(names);
        if (!hash.equals(hashOf(names))) {
            throw new IllegalArgumentException("feature schema hash " + hash + " does not match its names");
        }
    }

    public static FeatureSchema of(List<Feature> features) {
        List<String> names = features.stream().map(Enum::name).toList();
        return new FeatureSchema(names, hashOf(names));
    }

    public static FeatureSchema ofNames(List<String> names) {
        return new FeatureSchema(names, hashOf(names));
    }

    public static String hashOf(List<String> names) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", names).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The features of this schema, in order; fails naming the first unknown name. */
    public Feature[] features() {
        Feature[] out = new Feature[names.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Feature.valueOf(names.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown feature in schema: " + names.get(i), e);
            }
        }
        return out;
    }
}
