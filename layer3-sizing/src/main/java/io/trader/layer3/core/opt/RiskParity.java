package io.trader.layer3.core.opt;

import java.util.Arrays;

/**
 * Risk parity / risk budgeting: long-only weights summing to 1 whose risk contributions
 * {@code w_i (Σw)_i / w'Σw} equal given budgets (default equal).
 * <p>
 * Solved as in Spinu (2013): minimise the strictly convex, self-concordant
 * {@code f(x) = x'Σx / 2 - Σ b_i ln x_i} over {@code x > 0} (budgets scaled so that the smallest is 1,
 * which makes every {@code -b_i ln x_i} self-concordant), whose unique minimiser satisfies
 * {@code x_i (Σx)_i = b_i}; then {@code w = x / Σx_i}. Damped Newton steps {@code x -= Δ / (1 + λ)}
 * (λ the Newton decrement) while {@code λ > 0.3}, full steps after (quadratic convergence), so
 * {@code x} stays positive. Converged when every normalised risk contribution is within
 * {@value #TOLERANCE} of its budget.
 */
public final class RiskParity {

    /** Largest accepted |risk contribution - budget| (contributions and budgets both sum to 1). */
    public static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 200;
    private static final double DAMPED_ABOVE = 0.3;

    private RiskParity() {
    }

    /** Equal risk contributions. */
    public static OptResult solve(double[][] sigma) {
        double[] b = new double[sigma.length];
        Arrays.fill(b, 1.0);
        return solve(sigma, b);
    }

    /**
     * Weights whose risk contributions are proportional to {@code budgets}.
     *
     * @param sigma   covariance matrix (any scale), must be positive definite
     * @param budgets positive finite risk budgets, normalised here to sum 1
     * @return ok with the weights; {@code NOT_POSITIVE_DEFINITE}, {@code NOT_FINITE} or
     * {@code NOT_CONVERGED} (never zeros) otherwise
     * @throws IllegalArgumentException when the sizes disagree or a budget is not finite and positive
     */
    public static OptResult solve(double[][] sigma, double[] budgets) {
        return solve(sigma, budgets, null);
    }

    /**
     * {@link #solve(double[][], double[])} started from {@code start} (e.g. the previous step's weights on a slowly
     * changing covariance: a few Newton steps instead of ten); null, the wrong length or a weight that is not
     * positive starts from inverse volatility.
     */
    public static OptResult solve(double[][] sigma, double[] budgets, double[] start) {
        int n = sigma.length;
        if (n == 0 || budgets.length != n) {
            throw new IllegalArgumentException("need a non-empty square covariance and one budget per asset, got "
                    + n + " assets and " + budgets.length + " budgets");
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (sigma[i].length != n) {
                throw new IllegalArgumentException("covariance is not square (row " + i + ")");
            }
            if (!(budgets[i] > 0) || !Double.isFinite(budgets[i])) {
                throw new IllegalArgumentException("risk budget " + i + " must be finite and > 0, got " + budgets[i]);
            }
            total += budgets[i];
        }
        for (double[] row : sigma) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return OptResult.failure("NOT_FINITE", "covariance holds a non-finite value");
                }
            }
        }
        if (!LinAlg.isPositiveDefinite(sigma)) {
            return OptResult.failure("NOT_POSITIVE_DEFINITE",
                    "risk parity needs a positive definite covariance (Cholesky failed)");
        }
        double min = Arrays.stream(budgets).min().orElseThrow();
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = budgets[i] / min;   // every b_i >= 1 keeps each -b_i ln x_i self-concordant
        }
        return newton(sigma, b, total / min, start);
    }

    private static OptResult newton(double[][] sigma, double[] b, double bSum, double[] start) {
        int n = b.length;
        double[] x = new double[n];
        boolean warm = start != null && start.length == n && Arrays.stream(start).allMatch(v -> v > 0);
        for (int i = 0; i < n; i++) {
            x[i] = warm ? start[i] : 1 / Math.sqrt(sigma[i][i]);
        }
        double scale = Math.sqrt(bSum / LinAlg.quad(x, sigma));
        for (int i = 0; i < n; i++) {
            x[i] *= scale;
        }
        double[][] h = new double[n][n];
        double[] g = new double[n];
        double error = Double.NaN;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] sx = LinAlg.mul(sigma, x);
            error = maxBudgetError(x, sx, b, bSum);
            if (error <= TOLERANCE) {
                double sum = Arrays.stream(x).sum();
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = x[i] / sum;
                }
                return OptResult.success(w, "OPTIMAL", "risk budgets met to " + error + " after " + it
                        + " Newton steps");
            }
            for (int i = 0; i < n; i++) {
                g[i] = sx[i] - b[i] / x[i];
                System.arraycopy(sigma[i], 0, h[i], 0, n);
                h[i][i] += b[i] / (x[i] * x[i]);
            }
            double[] dx;
            try {
                dx = LinAlg.solve(h, g);
            } catch (ArithmeticException e) {
                return OptResult.failure("NOT_CONVERGED", "Newton system singular at step " + it);
            }
            double lambda = Math.sqrt(Math.max(LinAlg.dot(g, dx), 0));
            double step = lambda > DAMPED_ABOVE ? 1 / (1 + lambda) : 1;
            for (int i = 0; i < n; i++) {
                if (!(x[i] - step * dx[i] > 0)) {   // cannot happen in exact arithmetic (Dikin ellipsoid)
                    return OptResult.failure("NOT_CONVERGED", "Newton step left the positive orthant at step " + it);
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] -= step * dx[i];
            }
        }
        return OptResult.failure("NOT_CONVERGED", "risk budgets not met after " + MAX_ITERATIONS
                + " Newton steps (max error " + error + ")");
    }

    /** Largest |normalised risk contribution - budget|. */
    private static double maxBudgetError(double[] x, double[] sx, double[] b, double bSum) {
        double var = LinAlg.dot(x, sx);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double e = Math.abs(x[i] * sx[i] / var - b[i] / bSum);
            if (Double.isNaN(e)) {
                return e;
            }
            worst = Math.max(worst, e);
        }
        return worst;
    }

    /** Each asset's share of the portfolio variance, {@code w_i (Σw)_i / w'Σw} (sums to 1). */
    public static double[] riskContributions(double[] w, double[][] sigma) {
        double[] sw = LinAlg.mul(sigma, w);
        double var = LinAlg.dot(w, sw);
        double[] rc = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            rc[i] = w[i] * sw[i] / var;
        }
        return rc;
    }
}
