package io.trader.layer3.core.cov;

import java.util.Arrays;

/**
 * Incremental covariance of per-asset returns for the live portfolio step, fed one row per time step.
 * {@code NaN} in a row means the asset had no bar that step (a gap): every statistic is pairwise over the
 * steps where both assets are present, and the overlap counts are kept. The number of assets may grow
 * ({@link #ensureAssets}): a newly listed asset starts with no history. Estimates are per period (not
 * annualised).
 * <ul>
 *   <li>SAMPLE: pairwise covariance (ddof 1) over the last {@code window} steps.</li>
 *   <li>EWMA: pairwise exponentially weighted covariance with the given half-life, weights by absolute
 *       step age (a gap still ages older rows), means weighted the same way, normalised by the sum of
 *       weights (pandas ewm adjust=True, bias=True).</li>
 *   <li>LEDOIT_WOLF: sklearn/PyPortfolioOpt constant-variance shrinkage over the last {@code window}
 *       steps of the ready assets (gaps filled with 0 before de-meaning, as PyPortfolioOpt does).</li>
 * </ul>
 * An asset is ready when it has at least {@code minObservations} observations and overlaps at least that
 * many steps with every other asset that has that many of its own. Per step {@link #add} is O(n^2) and
 * allocates nothing once the asset count is stable; {@link #covariance} is O(n^2) (LEDOIT_WOLF O(n^2 W)).
 */
public final class CovarianceEngine {

    /** The estimator. */
    public enum Estimator { SAMPLE, EWMA, LEDOIT_WOLF }

    private final Estimator estimator;
    private final int window;
    private final double decay;
    private final int minObs;

    private int n;
    private int cap;
    private long steps;
    private int[] cnt;
    private double[] wsum;
    private double[] sx;
    private double[] sxy;
    private boolean[] ready;
    private double[] ring;
    private int[] present;
    private final WindowLedoitWolf lw;

    private CovarianceEngine(Estimator estimator, int window, double halfLife, int minObservations) {
        if (minObservations < 2) {
            throw new IllegalArgumentException("minObservations: must be >= 2, got " + minObservations);
        }
        if (estimator != Estimator.EWMA && (window < minObservations)) {
            throw new IllegalArgumentException("window: must be >= minObservations (" + minObservations + "), got " + window);
        }
        if (estimator == Estimator.EWMA && !(halfLife > 0 && Double.isFinite(halfLife))) {
            throw new IllegalArgumentException("halfLife: must be > 0, got " + halfLife);
        }
        this.estimator = estimator;
        this.window = estimator == Estimator.EWMA ? 0 : window;
        this.decay = estimator == Estimator.EWMA ? Math.pow(0.5, 1.0 / halfLife) : 1.0;
        this.minObs = minObservations;
        this.lw = estimator == Estimator.LEDOIT_WOLF ? new WindowLedoitWolf(window) : null;
        resize(8);
    }

    public static CovarianceEngine sample(int window, int minObservations) {
        return new CovarianceEngine(Estimator.SAMPLE, window, Double.NaN, minObservations);
    }

    public static CovarianceEngine ewma(double halfLife, int minObservations) {
        return new CovarianceEngine(Estimator.EWMA, 0, halfLife, minObservations);
    }

    public static CovarianceEngine ledoitWolf(int window, int minObservations) {
        return new CovarianceEngine(Estimator.LEDOIT_WOLF, window, Double.NaN, minObservations);
    }

    public Estimator estimator() {
        return estimator;
    }

    public int assets() {
        return n;
    }

    public long steps() {
        return steps;
    }

    /** Grows the asset count to at least {@code count}; new assets have no history (NaN in past rows). */
    public void ensureAssets(int count) {
        if (count <= n) {
            return;
        }
        if (count > cap) {
            resize(Math.max(count, cap * 2));
        }
        n = count;
    }

    /** One step: {@code returns[i]} for asset i, NaN when it had no bar; the length must equal {@link #assets}. */
    public void add(double[] returns) {
        if (returns.length != n) {
            throw new IllegalArgumentException("returns: need " + n + " values (call ensureAssets first), got "
                    + returns.length);
        }
        if (window > 0 && steps >= window) {
            int slot = (int) (steps % window) * cap;
            accumulate(ring, slot, -1.0);
        }
        if (decay != 1.0) {
            for (int i = 0; i < n; i++) {
                int row = i * cap;
                for (int j = 0; j < n; j++) {
                    wsum[row + j] *= decay;
                    sx[row + j] *= decay;
                    sxy[row + j] *= decay;
                }
            }
        }
        int off = 0;
        double[] src = returns;
        if (window > 0) {
            off = (int) (steps % window) * cap;
            System.arraycopy(returns, 0, ring, off, n);
            Arrays.fill(ring, off + n, off + cap, Double.NaN);
            src = ring;
        } else {
            src = ring;
            System.arraycopy(returns, 0, ring, 0, n);
        }
        accumulate(src, off, 1.0);
        steps++;
        updateReadiness();
    }

    /** Adds (sign 1) or removes (sign -1) one stored row's pairwise contributions. */
    private void accumulate(double[] src, int off, double sign) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(src[off + i])) {
                present[m++] = i;
            }
        }
        int dc = sign > 0 ? 1 : -1;
        for (int a = 0; a < m; a++) {
            int i = present[a];
            double xi = src[off + i];
            int row = i * cap;
            for (int b = 0; b < m; b++) {
                int j = present[b];
                double xj = src[off + j];
                cnt[row + j] += dc;
                wsum[row + j] += sign;
                sx[row + j] += sign * xi;
                sxy[row + j] += sign * xi * xj;
            }
        }
    }

    private void updateReadiness() {
        for (int i = 0; i < n; i++) {
            boolean ok = cnt[i * cap + i] >= minObs;
            for (int j = 0; ok && j < n; j++) {
                if (cnt[j * cap + j] >= minObs && cnt[i * cap + j] < minObs) {
                    ok = false;
                }
            }
            ready[i] = ok;
        }
    }

    public boolean ready(int i) {
        return i < n && ready[i];
    }

    /** Steps in the current window (all steps for EWMA) where both assets were present. */
    public int observations(int i, int j) {
        return cnt[i * cap + j];
    }

    /** The shrinkage intensity of the last LEDOIT_WOLF estimate, NaN otherwise. */
    public double shrinkage() {
        return lw == null ? Double.NaN : lw.delta();
    }

    /**
     * Writes the current per-period estimate into {@code out[0..n)[0..n)}; rows and columns of assets that
     * are not ready are NaN. The pairwise SAMPLE/EWMA matrix is not forced PSD (use RiskModels.fixPsd).
     */
    public void covariance(double[][] out) {
        if (estimator == Estimator.LEDOIT_WOLF) {
            lw.estimate(ring, cap, n, (int) Math.min(steps, window), ready, out);
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = Double.NaN;
                if (ready[i] && ready[j]) {
                    int ij = i * cap + j;
                    int ji = j * cap + i;
                    if (estimator == Estimator.SAMPLE) {
                        int c = cnt[ij];
                        v = (sxy[ij] - sx[ij] * sx[ji] / c) / (c - 1);
                    } else {
                        double w = wsum[ij];
                        v = sxy[ij] / w - (sx[ij] / w) * (sx[ji] / w);
                    }
                }
                out[i][j] = v;
                out[j][i] = v;
            }
        }
    }

    private void resize(int newCap) {
        int old = cap;
        cnt = grow(cnt, old, newCap);
        wsum = grow(wsum, old, newCap);
        sx = grow(sx, old, newCap);
        sxy = grow(sxy, old, newCap);
        ready = Arrays.copyOf(ready == null ? new boolean[0] : ready, newCap);
        present = new int[newCap];
        int rows = Math.max(window, 1);
        double[] r = new double[rows * newCap];
        Arrays.fill(r, Double.NaN);
        if (ring != null) {
            for (int t = 0; t < rows; t++) {
                System.arraycopy(ring, t * old, r, t * newCap, old);
            }
        }
        ring = r;
        if (lw != null) {
            lw.ensureCapacity(newCap);
        }
        cap = newCap;
    }

    private static double[] grow(double[] a, int old, int cap) {
        double[] b = new double[cap * cap];
        for (int i = 0; i < old; i++) {
            System.arraycopy(a, i * old, b, i * cap, old);
        }
        return b;
    }

    private static int[] grow(int[] a, int old, int cap) {
        int[] b = new int[cap * cap];
        for (int i = 0; i < old; i++) {
            System.arraycopy(a, i * old, b, i * cap, old);
        }
        return b;
    }
}
