package io.trader.layer3.core.opt;

/**
 * Black-Litterman posterior in PyPortfolioOpt's conventions (He-Litterman form):
 * <ul>
 *   <li>posterior returns {@code π + τΣP' (PτΣP' + Ω)^-1 (Q - Pπ)};</li>
 *   <li>posterior covariance {@code Σ + τΣ - τΣP' (PτΣP' + Ω)^-1 PτΣ} (symmetrised);</li>
 *   <li>default Ω {@code = diag(τ PΣP')} (He-Litterman), or Idzorek's from confidences;</li>
 *   <li>{@link #weights} {@code = (δΣ)^-1 μ} normalised to sum 1 (so weights may be negative or above 1).</li>
 * </ul>
 * Σ, π, Q share one unit (e.g. annualised). P is {@code k x n} (one row per view), Q has k entries.
 * Ω = 0 (full confidence) is allowed as long as {@code PΣP'} is invertible: the posterior then meets
 * the views exactly (up to round-off).
 */
public final class BlackLitterman {

    /** PyPortfolioOpt's default τ. */
    public static final double DEFAULT_TAU = 0.05;
    /** Idzorek's Ω for a view held with confidence 0 (PyPortfolioOpt's convention). */
    public static final double ZERO_CONFIDENCE_OMEGA = 1e6;

    private BlackLitterman() {
    }

    /** Posterior expected returns and covariance. */
    public record Posterior(double[] returns, double[][] covariance) {
    }

    /** The {@code k x n} pick matrix of absolute views: row v is the unit vector of {@code assets[v]}. */
    public static double[][] absoluteViews(int n, int[] assets) {
        double[][] p = new double[assets.length][n];
        for (int v = 0; v < assets.length; v++) {
            if (assets[v] < 0 || assets[v] >= n) {
                throw new IllegalArgumentException("view on asset " + assets[v] + " outside 0.." + (n - 1));
            }
            p[v][assets[v]] = 1;
        }
        return p;
    }

    /** He-Litterman Ω {@code = diag(τ PΣP')}. */
    public static double[][] heLittermanOmega(double[][] sigma, double[][] p, double tau) {
        double[][] omega = new double[p.length][p.length];
        for (int v = 0; v < p.length; v++) {
            omega[v][v] = tau * LinAlg.quad(p[v], sigma);
        }
        return omega;
    }

    /**
     * Idzorek's Ω: {@code ω_v = τ (1 - c_v) / c_v · p_v Σ p_v'}; confidence 0 gives
     * {@value #ZERO_CONFIDENCE_OMEGA}, confidence 1 gives exactly 0.
     *
     * @throws IllegalArgumentException when a confidence is outside [0, 1] (or NaN)
     */
    public static double[][] idzorekOmega(double[][] sigma, double[][] p, double[] confidences, double tau) {
        if (confidences.length != p.length) {
            throw new IllegalArgumentException(p.length + " views but " + confidences.length + " confidences");
        }
        double[][] omega = new double[p.length][p.length];
        for (int v = 0; v < p.length; v++) {
            double c = confidences[v];
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("view confidence " + v + " must be in [0, 1], got " + c);
            }
            omega[v][v] = c == 0 ? ZERO_CONFIDENCE_OMEGA : tau * ((1 - c) / c) * LinAlg.quad(p[v], sigma);
        }
        return omega;
    }

    /**
     * Posterior expected returns.
     *
     * @param pi prior returns (n), or null for a zero prior
     * @throws ArithmeticException when {@code PτΣP' + Ω} is singular
     */
    public static double[] posteriorReturns(double[][] sigma, double[] pi, double[][] p, double[] q,
                                            double[][] omega, double tau) {
        check(sigma, p, q, omega);
        double[] prior = pi == null ? new double[sigma.length] : pi;
        if (p.length == 0) {
            return prior.clone();
        }
        double[][] tsp = tauSigmaPt(sigma, p, tau);
        double[][] a = viewSystem(p, tsp, omega);
        double[] gap = new double[p.length];
        for (int v = 0; v < p.length; v++) {
            gap[v] = q[v] - LinAlg.dot(p[v], prior);
        }
        double[] sol = LinAlg.solve(a, gap);
        double[] post = LinAlg.mul(tsp, sol);
        for (int i = 0; i < post.length; i++) {
            post[i] += prior[i];
        }
        return post;
    }

    /**
     * Posterior covariance {@code Σ + M}, {@code M = τΣ - τΣP' A^-1 PτΣ} symmetrised as {@code (M + M')/2}.
     *
     * @throws ArithmeticException when {@code A = PτΣP' + Ω} is singular
     */
    public static double[][] posteriorCovariance(double[][] sigma, double[][] p, double[][] omega, double tau) {
        check(sigma, p, new double[p.length], omega);
        int n = sigma.length;
        if (p.length == 0) {   // no views: Σ + τΣ
            double[][] out = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[i][j] = sigma[i][j] + tau * sigma[i][j];
                }
            }
            return out;
        }
        double[][] tsp = tauSigmaPt(sigma, p, tau);
        double[][] a = viewSystem(p, tsp, omega);
        double[][] pts = LinAlg.transpose(tsp);    // k x n
        double[][] x = new double[p.length][n];    // A^-1 P τΣ, column by column
        double[] col = new double[p.length];
        for (int j = 0; j < n; j++) {
            for (int v = 0; v < p.length; v++) {
                col[v] = pts[v][j];
            }
            double[] s = LinAlg.solve(a, col);
            for (int v = 0; v < p.length; v++) {
                x[v][j] = s[v];
            }
        }
        double[][] m = LinAlg.mul(tsp, x);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = tau * sigma[i][j] - m[i][j];
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = sigma[i][j] + (m[i][j] + m[j][i]) / 2;
            }
        }
        return out;
    }

    /** Both posterior returns and covariance. */
    public static Posterior posterior(double[][] sigma, double[] pi, double[][] p, double[] q,
                                      double[][] omega, double tau) {
        return new Posterior(posteriorReturns(sigma, pi, p, q, omega, tau), posteriorCovariance(sigma, p, omega, tau));
    }

    /**
     * Unconstrained mean-variance weights {@code (δΣ)^-1 μ} normalised to sum 1 (PyPortfolioOpt's
     * {@code bl_weights}). δ cancels in the normalisation; it is kept for the reader.
     *
     * @throws ArithmeticException when Σ is singular
     */
    public static double[] weights(double[] mu, double[][] sigma, double delta) {
        int n = sigma.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = delta * sigma[i][j];
            }
        }
        double[] raw = LinAlg.solve(a, mu);
        double sum = 0;
        for (double r : raw) {
            sum += r;
        }
        for (int i = 0; i < n; i++) {
            raw[i] /= sum;
        }
        return raw;
    }

    /** PyPortfolioOpt's {@code clean_weights()}: |w| below 1e-4 becomes 0, the rest is rounded to 5 dp. */
    public static double[] cleanWeights(double[] w) {
        return cleanWeights(w, 1e-4, 5);
    }

    /** |w| below {@code cutoff} becomes 0, the rest is rounded half-even to {@code decimals} (numpy round). */
    public static double[] cleanWeights(double[] w, double cutoff, int decimals) {
        double scale = Math.pow(10, decimals);
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.abs(w[i]) < cutoff ? 0.0 : Math.rint(w[i] * scale) / scale;
        }
        return out;
    }

    private static double[][] tauSigmaPt(double[][] sigma, double[][] p, double tau) {
        int n = sigma.length;
        double[][] out = new double[n][p.length];
        for (int i = 0; i < n; i++) {
            for (int v = 0; v < p.length; v++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += tau * sigma[i][j] * p[v][j];
                }
                out[i][v] = s;
            }
        }
        return out;
    }

    private static double[][] viewSystem(double[][] p, double[][] tsp, double[][] omega) {
        double[][] a = LinAlg.mul(p, tsp);
        for (int v = 0; v < p.length; v++) {
            for (int u = 0; u < p.length; u++) {
                a[v][u] += omega[v][u];
            }
        }
        return a;
    }

    private static void check(double[][] sigma, double[][] p, double[] q, double[][] omega) {
        int n = sigma.length;
        int k = p.length;
        if (q.length != k || omega.length != k) {
            throw new IllegalArgumentException(k + " view rows but " + q.length + " view returns and "
                    + omega.length + " Ω rows");
        }
        for (int v = 0; v < k; v++) {
            if (p[v].length != n || omega[v].length != k) {
                throw new IllegalArgumentException("view row " + v + " must have " + n + " entries and Ω "
                        + k + "x" + k);
            }
        }
    }
}
