package io.trader.app.models;

import java.util.Locale;

/**
 * Where a model version stands. A new version is a {@code CANDIDATE}; {@code SHADOW} is scored live but
 * not traded; {@code PROMOTED} is traded (at most one per alpha); {@code RETIRED} was promoted and was
 * replaced or rolled back.
 */
public enum ModelStatus {
    CANDIDATE, SHADOW, PROMOTED, RETIRED;

    /** The lower-case name used in the store and on the command line. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModelStatus parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
