package io.trader.layer2.core.drift;

/**
 * Page-Hinkley test for a rise in the mean, in its recursive (CUSUM) form:
 * {@code g_t = max(0, fading * g_{t-1} + (x_t - mean_t) / sd - delta)}, a change when {@code g_t > lambda}.
 * {@code mean_t} is the running mean of all values since the last {@link #reset()} (including x_t).
 *
 * <p>The test is scale-free: {@code delta} and {@code lambda} are in units of the stream's standard
 * deviation {@code sd} of all values since the last reset (Welford; nothing is detected during the first
 * {@code minSamples} values, the warm-up), because the scale of an alpha's loss is not known up front
 * (a log loss is about 0.69, a squared return error about 1e-4). As a CUSUM with reference value
 * {@code delta} and threshold {@code lambda}, a rise of {@code s} standard deviations is detected after
 * about {@code (lambda + 1.17) / (s - delta)} values, and a change-free stream raises a false alarm about
 * once every {@code (e^{2 delta (lambda + 1.17)} - 2 delta (lambda + 1.17) - 1) / (2 delta^2)} values
 * (Siegmund's approximation; about 3 million for the defaults delta 0.2, lambda 30: a rise of 0.5 sd is
 * then found after about 104 values, one of 1 sd after about 39). Estimating the mean and scale from the
 * stream itself costs some of that: measured over 2 million stationary values, one alarm per 2 million
 * Gaussian and per 1 million 0/1 (p 0.2) values with the defaults, but one per 330,000 (Gaussian) and per
 * 125,000 (0/1) with lambda 25.
 *
 * <p>After a detection the statistic re-arms ({@code g = 0}) but keeps the running mean and scale, so a
 * change that persists is detected again after another {@code lambda} worth of evidence; {@link #reset()}
 * forgets everything. O(1) and allocation-free per value.
 */
public final class PageHinkley implements ChangeDetector {

    private final double delta;
    private final double lambda;
    private final double fading;
    private final int minSamples;

    private long n;
    private double mean;
    private double m2;
    private double sd;
    private double g;

    /**
     * @param delta      tolerated rise, in standard deviations (>= 0)
     * @param lambda     detection threshold, in standard deviations (> 0)
     * @param fading     forgetting factor of the statistic in (0, 1]; 1 = classic Page-Hinkley
     * @param minSamples warm-up values before anything is detected (>= 2)
     */
    public PageHinkley(double delta, double lambda, double fading, int minSamples) {
        if (!(delta >= 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("delta must be finite and >= 0, was " + delta);
        }
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and > 0, was " + lambda);
        }
        if (!(fading > 0 && fading <= 1)) {
            throw new IllegalArgumentException("fading must be in (0, 1], was " + fading);
        }
        if (minSamples < 2) {
            throw new IllegalArgumentException("minSamples must be >= 2, was " + minSamples);
        }
        this.delta = delta;
        this.lambda = lambda;
        this.fading = fading;
        this.minSamples = minSamples;
        reset();
    }

    @Override
    public String kind() {
        return "page-hinkley";
    }

    /** Non-finite values are ignored (not counted). */
    @Override
    public boolean add(double x) {
        if (!Double.isFinite(x)) {
            return false;
        }
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
        if (n < minSamples) {
            return false;
        }
        sd = Math.sqrt(m2 / (n - 1));
        if (!(sd > 0)) {
            sd = Math.max(Math.abs(mean) * 1e-9, 1e-300);
        }
        g = Math.max(0.0, fading * g + (x - mean) / sd - delta);
        if (g > lambda) {
            g = 0.0;
            return true;
        }
        return false;
    }

    @Override
    public void reset() {
        n = 0;
        mean = 0;
        m2 = 0;
        sd = Double.NaN;
        g = 0;
    }

    @Override
    public long samples() {
        return n;
    }

    /** Running mean of the values since the last reset. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** The current statistic, in standard deviations (0 during warm-up). */
    public double statistic() {
        return g;
    }
}
