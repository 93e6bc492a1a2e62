package io.trader.layer2.core.regime;

/**
 * Parameters of {@link RegimeDetector}.
 *
 * @param k          number of regimes, 2..8 (default 3)
 * @param model      {@code kmeans} (default) or {@code gmm}
 * @param window     past bars kept for fitting, 50..1000000 (default 4320: 180 days of 1h bars)
 * @param refitEvery bars between refits, 1..1000000 (default 720: 30 days of 1h bars)
 * @param minRows    rows needed before the first fit, 10 k..window (default 720)
 * @param seed       seed of the k-means++ initialisation (default 42)
 */
public record RegimeConfig(int k, String model, int window, int refitEvery, int minRows, long seed) {

    public static final RegimeConfig DEFAULT = new RegimeConfig(3, "kmeans", 4320, 720, 720, 42);

    public RegimeConfig {
        if (k < 2 || k > 8) {
            throw new IllegalArgumentException("k must be in 2..8, was " + k);
        }
        if (!"kmeans".equals(model) && !"gmm".equals(model)) {
            throw new IllegalArgumentException("model must be kmeans or gmm, was " + model);
        }
        if (window < 50 || window > 1_000_000) {
            throw new IllegalArgumentException("window must be in 50..1000000, was " + window);
        }
        if (refitEvery < 1 || refitEvery > 1_000_000) {
            throw new IllegalArgumentException("refitEvery must be in 1..1000000, was " + refitEvery);
        }
        if (minRows < 10 * k || minRows > window) {
            throw new IllegalArgumentException("minRows must be in " + 10 * k + ".." + window + " (10 k .. window), was "
                    + minRows);
        }
    }

    /** Fits a model of the configured kind on {@code rows[0..n)}. */
    public RegimeModel fit(double[][] rows, int n) {
        return "gmm".equals(model) ? GaussianMixture.fit(rows, n, k, seed) : KMeans.fit(rows, n, k, seed);
    }
}
