package io.trader.layer2.core.regime;

import java.util.Arrays;

/**
 * Gaussian mixture regime model with diagonal covariances, fitted by EM on standardised columns
 * ({@link Scaling}). Initialised from {@link KMeans} (same seed): means = centres, variances = the
 * within-cluster variances, weights = cluster shares. Each E-step computes responsibilities with
 * log-sum-exp; each M-step sets weights, means and variances from them, with variances floored at
 * {@code varianceFloor} (in standardised units; clamping is the constrained maximiser, so the
 * log-likelihood never decreases). Missing values are marginalised: a row's likelihood uses its finite
 * active columns only. Stops when the log-likelihood gains less than {@link #TOLERANCE} relative, or after
 * {@link #MAX_ITER} iterations. Components are renumbered by ascending mean of the first active column.
 * {@link #assign} (most probable component) is allocation-free.
 */
public final class GaussianMixture implements RegimeModel {

    public static final int MAX_ITER = 200;
    public static final double VARIANCE_FLOOR = 1e-3;
    /** EM stops when the log-likelihood gains less than this, relative. */
    public static final double TOLERANCE = 1e-7;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Scaling scaling;
    private final double[] logWeight;
    private final double[][] mean;
    private final double[][] var;
    private final double[][] logVar;
    private final double[] logLikelihoods;

    private GaussianMixture(Scaling scaling, double[] logWeight, double[][] mean, double[][] var, double[] ll) {
        this.scaling = scaling;
        this.logWeight = logWeight;
        this.mean = mean;
        this.var = var;
        this.logVar = new double[var.length][];
        for (int j = 0; j < var.length; j++) {
            logVar[j] = new double[var[j].length];
            for (int c = 0; c < var[j].length; c++) {
                logVar[j][c] = Math.log(var[j][c]);
            }
        }
        this.logLikelihoods = ll;
    }

    public static GaussianMixture fit(double[][] rows, int n, int k, long seed) {
        return fit(rows, n, k, seed, VARIANCE_FLOOR, MAX_ITER);
    }

    public static GaussianMixture fit(double[][] rows, int n, int k, long seed, double varianceFloor, int maxIter) {
        Scaling scaling = Scaling.fit(rows, n);
        double[][] z = scaling.transform(rows, n);
        int m = z.length;
        int d = scaling.columns();
        double[][] centers = new double[k][];
        int[] assign = new int[m];
        KMeans.run(z, k, seed, KMeans.MAX_ITER, centers, assign);
        double[] w = new double[k];
        double[][] mu = new double[k][];
        double[][] v = new double[k][d];
        double[][] resp = new double[m][k];
        for (int i = 0; i < m; i++) {
            resp[i][assign[i]] = 1.0;
        }
        mStep(z, resp, w, mu, v, varianceFloor);
        double[] ll = new double[maxIter + 1];
        int iters = 0;
        double prev = Double.NEGATIVE_INFINITY;
        while (iters <= maxIter) {
            double cur = eStep(z, w, mu, v, resp);
            ll[iters++] = cur;
            if (iters > maxIter || cur - prev <= TOLERANCE * Math.abs(cur)) {
                break;
            }
            prev = cur;
            mStep(z, resp, w, mu, v, varianceFloor);
        }
        double[] keys = new double[k];
        for (int j = 0; j < k; j++) {
            keys[j] = scaling.first < 0 ? j : mu[j][scaling.first];
        }
        Integer[] idx = KMeans.orderBy(keys);
        double[] lw = new double[k];
        double[][] om = new double[k][];
        double[][] ov = new double[k][];
        for (int j = 0; j < k; j++) {
            lw[j] = Math.log(w[idx[j]]);
            om[j] = mu[idx[j]];
            ov[j] = v[idx[j]];
        }
        return new GaussianMixture(scaling, lw, om, ov, Arrays.copyOf(ll, iters));
    }

    /** Responsibilities into {@code resp}; returns the total log-likelihood. */
    static double eStep(double[][] z, double[] w, double[][] mu, double[][] v, double[][] resp) {
        int k = w.length;
        int d = v[0].length;
        double[] logW = new double[k];
        double[][] norm = new double[k][d];
        double[][] inv = new double[k][d];
        for (int j = 0; j < k; j++) {
            logW[j] = Math.log(w[j]);
            for (int c = 0; c < d; c++) {
                norm[j][c] = -0.5 * (LOG_2PI + Math.log(v[j][c]));
                inv[j][c] = 0.5 / v[j][c];
            }
        }
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            double[] row = z[i];
            for (int j = 0; j < k; j++) {
                double lp = logW[j];
                double[] mj = mu[j];
                for (int c = 0; c < d; c++) {
                    double x = row[c];
                    if (!Double.isNaN(x)) {
                        double dx = x - mj[c];
                        lp += norm[j][c] - dx * dx * inv[j][c];
                    }
                }
                resp[i][j] = lp;
                max = Math.max(max, lp);
            }
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += Math.exp(resp[i][j] - max);
            }
            double lse = max + Math.log(s);
            for (int j = 0; j < k; j++) {
                resp[i][j] = Math.exp(resp[i][j] - lse);
            }
            total += lse;
        }
        return total;
    }

    static void mStep(double[][] z, double[][] resp, double[] w, double[][] mu, double[][] v, double floor) {
        int k = w.length;
        int d = v[0].length;
        int m = z.length;
        for (int j = 0; j < k; j++) {
            double nk = 0;
            double[] sw = new double[d];
            double[] sx = new double[d];
            for (int i = 0; i < m; i++) {
                double r = resp[i][j];
                nk += r;
                for (int c = 0; c < d; c++) {
                    if (!Double.isNaN(z[i][c])) {
                        sw[c] += r;
                        sx[c] += r * z[i][c];
                    }
                }
            }
            w[j] = Math.max(nk / m, 1e-300);
            double[] mj = mu[j] == null ? new double[d] : mu[j];
            for (int c = 0; c < d; c++) {
                mj[c] = sw[c] > 0 ? sx[c] / sw[c] : (mu[j] == null ? 0.0 : mj[c]);
            }
            mu[j] = mj;
            double[] sv = new double[d];
            for (int i = 0; i < m; i++) {
                double r = resp[i][j];
                for (int c = 0; c < d; c++) {
                    double dx = z[i][c] - mj[c];
                    if (!Double.isNaN(dx)) {
                        sv[c] += r * dx * dx;
                    }
                }
            }
            for (int c = 0; c < d; c++) {
                v[j][c] = Math.max(sw[c] > 0 ? sv[c] / sw[c] : 1.0, floor);
            }
        }
    }

    @Override
    public String kind() {
        return "gmm";
    }

    @Override
    public int regimes() {
        return logWeight.length;
    }

    @Override
    public int assign(double[] row) {
        int best = 0;
        double bestLp = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < logWeight.length; j++) {
            double lp = logWeight[j];
            for (int c = 0; c < row.length; c++) {
                double x = scaling.z(c, row[c]);
                if (!Double.isNaN(x)) {
                    double d = x - mean[j][c];
                    lp -= 0.5 * (logVar[j][c] + d * d / var[j][c]);
                }
            }
            if (lp > bestLp) {
                bestLp = lp;
                best = j;
            }
        }
        return best;
    }

    /** Log-likelihood of the fit data before each M-step (the first at the k-means initialisation). */
    public double[] logLikelihoods() {
        return logLikelihoods.clone();
    }

    /** Mixture weight of component {@code j}. */
    public double weight(int j) {
        return Math.exp(logWeight[j]);
    }

    /** Mean of component {@code j} in the original units (NaN for skipped columns). */
    public double[] mean(int j) {
        double[] out = new double[mean[j].length];
        for (int c = 0; c < out.length; c++) {
            out[c] = scaling.active[c] ? scaling.mean[c] + mean[j][c] * scaling.sd[c] : Double.NaN;
        }
        return out;
    }
}
