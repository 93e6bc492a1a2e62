package io.trader.smartmoney.core;

/** The shared range checks of the core's configs; messages name the key and the allowed range. */
final class Checks {

    private static final double SUM_TOLERANCE = 1e-6;

    private Checks() {
    }

    /** Throws unless {@code value} is in [0, 1]. */
    static void share(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " must be in [0, 1], was " + value);
        }
    }

    /** Throws unless {@code sum} is 1 (within 1e-6). */
    static void sumsToOne(String key, double sum) {
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
            throw new IllegalArgumentException(key + " must sum to 1 (allowed 1 +- 1e-6), was " + sum);
        }
    }
}
