package io.trader.layer3.core.opt;

/**
 * Mean-variance optimiser (ojAlgo) in PyPortfolioOpt's conventions: the L2 term {@code gamma*sum w^2} and
 * the transaction cost {@code sum k_i|w_i - prev_i|} are added to each objective; in max-Sharpe they apply
 * to the transformed variables y = k*w unscaled, as PyPortfolioOpt does. mu and sigma share one unit
 * (e.g. annualised). Every method returns an {@link OptResult}; invalid input gives ok=false with state
 * INVALID and the reason, a failed solve gives ok=false with the solver's state, never zero weights.
 * The QP engine is the in-house interior point with ojAlgo as fallback ({@link QpSolver#AUTO}) or either alone.
 */
public final class MeanVariance {

    private final double[] mu;
    private final double[][] sigma;
    private final int n;
    private final String invalid;
    private final QpSolver solver;

    /** mu may be null (then only {@link #minVariance} works); solver AUTO. */
    public MeanVariance(double[] mu, double[][] sigma) {
        this(mu, sigma, QpSolver.AUTO);
    }

    public MeanVariance(double[] mu, double[][] sigma, QpSolver solver) {
        this.solver = solver;
        this.n = sigma == null ? 0 : sigma.length;
        this.mu = mu == null ? null : mu.clone();
        this.sigma = sigma == null ? null : LinAlg.copy(sigma);
        this.invalid = check(this.mu, this.sigma);
    }

    public int size() {
        return n;
    }

    /** Minimise {@code w'Sw} (+ L2, + cost). */
    public OptResult minVariance(Constraints c) {
        String bad = validate(c, false);
        return bad != null ? invalid(bad) : new QpProblem(quadratic(1, c), null, c, mu, sigma, null, Double.NaN, solver).solve();
    }

    /** Maximise {@code mu'w - (delta/2) w'Sw} (- L2, - cost). */
    public OptResult maxQuadraticUtility(double riskAversion, Constraints c) {
        String bad = validate(c, true);
        if (bad == null && !(riskAversion > 0 && Double.isFinite(riskAversion))) {
            bad = "riskAversion: must be > 0, got " + riskAversion;
        }
        return bad != null ? invalid(bad)
                : new QpProblem(quadratic(riskAversion / 2, c), negated(mu), c, mu, sigma, null, Double.NaN, solver).solve();
    }

    /** Minimise {@code w'Sw} (+ L2, + cost) subject to {@code mu'w >= target}. */
    public OptResult efficientReturn(double targetReturn, Constraints c) {
        String bad = validate(c, true);
        if (bad == null && !Double.isFinite(targetReturn)) {
            bad = "targetReturn: must be finite, got " + targetReturn;
        }
        return bad != null ? invalid(bad)
                : new QpProblem(quadratic(1, c), null, c, mu, sigma, null, targetReturn, solver).solve();
    }

    /**
     * Maximise {@code mu'w} (- L2, - cost) subject to {@code w'Sw <= targetVol^2}. Solved through the
     * Lagrangian: minimise {@code w'Sw + t*(-mu'w + L2 + cost)} with t >= 0 found by a root search so that
     * the volatility meets the target (exact by convex duality when the limit binds).
     */
    public OptResult efficientRisk(double targetVol, Constraints c) {
        String bad = validate(c, true);
        if (bad == null && !(targetVol > 0 && Double.isFinite(targetVol))) {
            bad = "targetVol: must be > 0, got " + targetVol;
        }
        if (bad != null) {
            return invalid(bad);
        }
        return new EfficientRiskSearch(this, c, targetVol).run();
    }

    /**
     * Maximise the Sharpe ratio {@code (mu'w - rf)/sqrt(w'Sw)} by the Cornuejols-Tutuncu transform:
     * minimise {@code y'Sy} (+ L2 on y) subject to {@code (mu - rf)'y = 1}, every constraint homogenised
     * with k >= 0; weights are y/k. Infeasible when no admissible portfolio earns more than rf.
     */
    public OptResult maxSharpe(double rf, Constraints c) {
        String bad = validate(c, true);
        if (bad == null && !Double.isFinite(rf)) {
            bad = "rf: must be finite, got " + rf;
        }
        if (bad != null) {
            return invalid(bad);
        }
        double[] excess = new double[n];
        for (int i = 0; i < n; i++) {
            excess[i] = mu[i] - rf;
        }
        return new QpProblem(quadratic(1, c), null, c, mu, sigma, excess, Double.NaN, solver).solve();
    }

    public Performance performance(double[] w, double rf) {
        return Performance.of(w, mu, sigma, rf);
    }

    // --- internals shared with EfficientRiskSearch

    double[] mu() {
        return mu;
    }

    double[][] sigma() {
        return sigma;
    }

    QpSolver solver() {
        return solver;
    }

    /** {@code riskScale*S + gamma*I}. */
    double[][] quadratic(double riskScale, Constraints c) {
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = riskScale * sigma[i][j];
            }
            q[i][i] += c.l2Gamma();
        }
        return q;
    }

    static double[] negated(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }

    static OptResult invalid(String reason) {
        return OptResult.failure("INVALID", reason);
    }

    private String validate(Constraints c, boolean needMu) {
        if (invalid != null) {
            return invalid;
        }
        if (c == null) {
            return "constraints: required";
        }
        if ((needMu || c.hasVar()) && mu == null) {
            return "mu: expected returns are required by this objective" + (c.hasVar() ? " and the VaR limit" : "");
        }
        try {
            c.validate(n);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    private static String check(double[] mu, double[][] sigma) {
        if (sigma == null || sigma.length == 0) {
            return "sigma: a non-empty square covariance matrix is required";
        }
        int n = sigma.length;
        for (int i = 0; i < n; i++) {
            if (sigma[i].length != n) {
                return "sigma: row " + i + " has " + sigma[i].length + " columns, need " + n;
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(sigma[i][j])) {
                    return "sigma[" + i + "][" + j + "]: must be finite, got " + sigma[i][j];
                }
                if (Math.abs(sigma[i][j] - sigma[j][i]) > 1e-12 * (Math.abs(sigma[i][j]) + Math.abs(sigma[j][i]) + 1e-300)) {
                    return "sigma: not symmetric at (" + i + "," + j + ")";
                }
            }
        }
        double maxDiag = 0;
        for (int i = 0; i < n; i++) {
            maxDiag = Math.max(maxDiag, sigma[i][i]);
        }
        double[][] jittered = LinAlg.copy(sigma);
        for (int i = 0; i < n; i++) {
            jittered[i][i] += 1e-10 * Math.max(maxDiag, 1e-300);
        }
        if (!LinAlg.isPositiveDefinite(jittered)) {
            return "sigma: not positive semidefinite (pairwise estimates over gaps can be indefinite; "
                    + "repair it with RiskModels.fixPsd or use a Ledoit-Wolf estimate)";
        }
        if (mu != null) {
            if (mu.length != n) {
                return "mu: need " + n + " values, got " + mu.length;
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(mu[i])) {
                    return "mu[" + i + "]: must be finite, got " + mu[i];
                }
            }
        }
        return null;
    }
}
