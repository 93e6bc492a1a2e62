package io.trader.app.models;

import io.trader.core.signal.FeatureSchema;

import java.util.List;

/** Says how two feature schemas differ, for a refusal message. */
final class SchemaDiff {

    private SchemaDiff() {
    }

    static String describe(FeatureSchema trained, FeatureSchema expected) {
        String head = "hash " + abbrev(trained.hash()) + " (" + trained.names().size() + " features), the session "
                + "computes " + abbrev(expected.hash()) + " (" + expected.names().size() + " features)";
        List<String> a = trained.names();
        List<String> b = expected.names();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return head + "; input " + i + " is " + a.get(i) + " in the model, " + b.get(i) + " in the session";
            }
        }
        return head + (a.size() > b.size() ? "; the model has extra input " + a.get(b.size())
                : "; the session has extra input " + b.get(a.size()));
    }

    private static String abbrev(String hash) {
        return hash.substring(0, Math.min(12, hash.length()));
    }
}
