package io.trader.layer1.core;

/** Small numeric helpers shared by the alphas; all branch-free of allocation. */
final class Signals {

    private Signals() {
    }

    /** {@code x} clipped to {@code [lo, hi]}. */
    static double clamp(double x, double lo, double hi) {
        return x < lo ? lo : (x > hi ? hi : x);
    }

    /** True when {@code x} is NaN or infinite: the alpha must stay neutral. */
    static boolean missing(double x) {
        return !Double.isFinite(x);
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
        }
    }
}
