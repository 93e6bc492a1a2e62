package io.trader.layer3.core.opt;

/**
 * Black-Litterman with the ensemble's forecasts as views: one absolute view per asset that has a
 * forecast ({@code Q_i} = its expected return, P = the identity rows of those assets), Idzorek's Ω from
 * the forecast confidences in [0, 1] (0 = ignore the view, 1 = the posterior meets it exactly), and a
 * prior chosen by {@link Prior}. Σ, the forecasts and rf must share one unit (e.g. per bar over the
 * forecast horizon, or all annualised).
 */
public final class ForecastViews {

    private ForecastViews() {
    }

    /** The prior the views update. */
    public enum Prior {
        /** {@code δ Σ w_caps + rf}, {@code w_caps = caps / Σ caps} (needs caps). */
        MARKET_CAPS,
        /** {@code δ Σ (1/N) + rf}: the market-implied prior of an equal-weight market (no caps known). */
        EQUAL_WEIGHT,
        /** π = 0: the posterior comes from the views alone. */
        ZERO
    }

    /**
     * The blend.
     *
     * @param weights             {@link BlackLitterman#weights} (sum 1) as an {@link OptResult}; not ok (and
     *                            no other field set) when the inputs cannot give a posterior, or ok=false with
     *                            state {@code DEGENERATE} when {@code (δΣ)^-1 μ} does not sum to a positive
     *                            number (normalising would flip or blow up the weights)
     * @param posteriorReturns    posterior expected returns, null when no posterior
     * @param posteriorCovariance posterior covariance, null when no posterior
     * @param prior               the prior used, null when no posterior
     * @param exposures           {@code (δΣ)^-1 (μ_posterior - rf)}: unconstrained mean-variance holdings as
     *                            fractions of equity (not normalised), null when no posterior
     * @param views               number of assets with a view
     */
    public record Outcome(OptResult weights, double[] posteriorReturns, double[][] posteriorCovariance,
                          double[] prior, double[] exposures, int views) {
        static Outcome failed(String state, String detail) {
            return new Outcome(OptResult.failure(state, detail), null, null, null, null, 0);
        }
    }

    /**
     * Blends forecasts into a Black-Litterman posterior.
     *
     * @param sigma      covariance (n x n), positive definite
     * @param expected   forecast expected return per asset; {@code NaN} = no view on that asset
     * @param confidence view confidence per asset in [0, 1] (read only where there is a view)
     * @param prior      which prior to use
     * @param caps       market caps per asset for {@link Prior#MARKET_CAPS}, else ignored (may be null)
     * @param delta      risk aversion (> 0) for the market-implied prior and the exposures
     * @param rf         risk-free return in the units of sigma
     * @param tau        uncertainty of the prior (PyPortfolioOpt's default {@link BlackLitterman#DEFAULT_TAU})
     * @throws IllegalArgumentException when array sizes disagree, delta or tau is not positive, or caps are
     *                                  missing for the market prior (caller errors)
     */
    public static Outcome blend(double[][] sigma, double[] expected, double[] confidence, Prior prior,
                                double[] caps, double delta, double rf, double tau) {
        int n = sigma.length;
        if (expected.length != n || confidence.length != n) {
            throw new IllegalArgumentException(n + " assets but " + expected.length + " forecasts and "
                    + confidence.length + " confidences");
        }
        if (!(delta > 0) || !(tau > 0) || !Double.isFinite(delta) || !Double.isFinite(tau) || !Double.isFinite(rf)) {
            throw new IllegalArgumentException("need delta > 0, tau > 0 and a finite rf, got delta " + delta
                    + ", tau " + tau + ", rf " + rf);
        }
        if (prior == Prior.MARKET_CAPS && (caps == null || caps.length != n)) {
            throw new IllegalArgumentException("the market-caps prior needs one cap per asset");
        }
        for (double[] row : sigma) {
            if (row.length != n) {
                throw new IllegalArgumentException("covariance is not square");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return Outcome.failed("NOT_FINITE", "covariance holds a non-finite value");
                }
            }
        }
        if (!LinAlg.isPositiveDefinite(sigma)) {
            return Outcome.failed("NOT_POSITIVE_DEFINITE", "Black-Litterman needs a positive definite covariance");
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(expected[i])) {
                if (!Double.isFinite(expected[i])) {
                    return Outcome.failed("INVALID_VIEW", "forecast of asset " + i + " is " + expected[i]);
                }
                if (!(confidence[i] >= 0 && confidence[i] <= 1)) {
                    return Outcome.failed("INVALID_VIEW", "confidence of asset " + i + " must be in [0, 1], got "
                            + confidence[i]);
                }
                k++;
            }
        }
        int[] assets = new int[k];
        double[] q = new double[k];
        double[] c = new double[k];
        for (int i = 0, v = 0; i < n; i++) {
            if (!Double.isNaN(expected[i])) {
                assets[v] = i;
                q[v] = expected[i];
                c[v++] = confidence[i];
            }
        }
        double[] pi = prior(prior, sigma, caps, delta, rf);
        double[][] p = BlackLitterman.absoluteViews(n, assets);
        double[][] omega = BlackLitterman.idzorekOmega(sigma, p, c, tau);
        BlackLitterman.Posterior post;
        try {
            post = BlackLitterman.posterior(sigma, pi, p, q, omega, tau);
        } catch (ArithmeticException e) {
            return Outcome.failed("SINGULAR", "the view system P tau S P' + Omega is singular: " + e.getMessage());
        }
        double[] mu = post.returns();
        double[][] ds = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ds[i][j] = delta * sigma[i][j];
            }
        }
        double[] excess = new double[n];
        for (int i = 0; i < n; i++) {
            excess[i] = mu[i] - rf;
        }
        double[] exposures = LinAlg.solve(ds, excess);
        double[] raw = LinAlg.solve(ds, mu);
        double sum = 0;
        double l1 = 0;
        for (double r : raw) {
            sum += r;
            l1 += Math.abs(r);
        }
        OptResult weights;
        if (sum > 1e-9 * l1) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = raw[i] / sum;
            }
            weights = OptResult.success(w, "OPTIMAL", "Black-Litterman weights from " + k + " views");
        } else {
            weights = OptResult.failure("DEGENERATE", "(delta S)^-1 mu sums to " + sum
                    + ": normalising to 1 would flip or blow up the weights; size from the posterior instead");
        }
        return new Outcome(weights, mu, post.covariance(), pi, exposures, k);
    }

    private static double[] prior(Prior prior, double[][] sigma, double[] caps, double delta, double rf) {
        int n = sigma.length;
        return switch (prior) {
            case MARKET_CAPS -> MarketImplied.priorReturns(caps, delta, sigma, rf);
            case EQUAL_WEIGHT -> {
                double[] w = new double[n];
                java.util.Arrays.fill(w, 1.0 / n);
                yield MarketImplied.priorFromWeights(w, delta, sigma, rf);
            }
            case ZERO -> new double[n];
        };
    }
}
