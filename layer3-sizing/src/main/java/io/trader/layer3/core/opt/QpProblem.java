package io.trader.layer3.core.opt;

/**
 * One convex QP in weights: minimise {@code w'Qw + c'w + sum k_i|w_i - prev_i|} subject to the
 * {@link Constraints} and optionally {@code mu'w >= minReturn}, built as a {@link QpModel} and solved by the
 * chosen {@link QpSolver}. |.| terms use epigraph variables (t_i >= |w_i - prev_i|, s_i >= |w_i|). The VaR
 * limit (a second-order cone) is enforced by tangent cuts until it holds. In the homogeneous form
 * (max-Sharpe, Cornuejols-Tutuncu) the core variables are y = k*w and k >= 0, every right-hand side is
 * multiplied by k and {@code excess'y = 1}; weights are y/k. Every result is re-checked against every
 * constraint: a failed, infeasible or violating solve is never returned as weights.
 */
final class QpProblem {

    static final double FEAS_TOL = 1e-7;
    private static final int MAX_CUTS = 200;

    private final int n;
    private final double[][] quad;
    private final double[] lin;
    private final Constraints cons;
    private final double[] mu;
    private final double[][] sigma;
    private final double[] excess;
    private final double minReturn;
    private final QpSolver solver;

    QpProblem(double[][] quad, double[] lin, Constraints cons, double[] mu, double[][] sigma, double[] excess,
              double minReturn, QpSolver solver) {
        this.n = quad.length;
        this.quad = quad;
        this.lin = lin;
        this.cons = cons;
        this.mu = mu;
        this.sigma = sigma;
        this.excess = excess;
        this.minReturn = minReturn;
        this.solver = solver;
    }

    OptResult solve() {
        boolean hom = excess != null;
        QpModel model = build(hom);
        int k = n;
        for (int cut = 0; ; cut++) {
            InteriorPointQp.Outcome out = run(model);
            if (out.x() == null) {
                return OptResult.failure(out.state(), out.detail() + (cut > 0 ? " after " + cut + " VaR cuts" : ""));
            }
            double[] x = java.util.Arrays.copyOf(out.x(), n);
            double scale = 1;
            if (hom) {
                scale = out.x()[k];
                if (!(scale > 1e-12)) {
                    return OptResult.failure(out.state(), "max-Sharpe transform degenerate (k = " + scale
                            + "): no feasible portfolio has a positive excess return");
                }
            }
            if (!cons.hasVar()) {
                return verify(x, scale, out, "");
            }
            double sd = Math.sqrt(Math.max(LinAlg.quad(x, sigma), 0));
            double g = cons.varZ() * sd - LinAlg.dot(mu, x) - cons.varLimit() * scale;
            if (g <= FEAS_TOL * 0.1 * scale) {
                return verify(x, scale, out, cut > 0 ? " (" + cut + " VaR cuts)" : "");
            }
            if (cut >= MAX_CUTS || sd == 0) {
                return OptResult.failure("VAR_NOT_CONVERGED", "VaR limit still violated by " + g / scale
                        + " after " + cut + " cuts");
            }
            // z*sqrt(x'Sx) is 1-homogeneous: the tangent cut at x is (z*S x/sd - mu)'w <= V (times k)
            double[] sx = LinAlg.mul(sigma, x);
            int[] idx = QpModel.range(0, hom ? n + 1 : n);
            double[] val = new double[idx.length];
            for (int i = 0; i < n; i++) {
                val[i] = cons.varZ() * sx[i] / sd - mu[i];
            }
            if (hom) {
                val[n] = -cons.varLimit();
            }
            model.atMost(idx, val, hom ? 0 : cons.varLimit());
        }
    }

    private InteriorPointQp.Outcome run(QpModel model) {
        if (solver == QpSolver.OJALGO) {
            return OjAlgoQp.solve(model);
        }
        InteriorPointQp.Outcome ipm = new InteriorPointQp(model).solve();
        if (ipm.x() != null || solver == QpSolver.INTERIOR_POINT) {
            return ipm;
        }
        InteriorPointQp.Outcome oj = OjAlgoQp.solve(model);
        return oj.x() != null ? oj : new InteriorPointQp.Outcome(null, oj.state(), oj.detail() + "; " + ipm.detail());
    }

    private QpModel build(boolean hom) {
        int core = hom ? n + 1 : n;
        double[][] q = new double[core][core];
        for (int i = 0; i < n; i++) {
            System.arraycopy(quad[i], 0, q[i], 0, n);
        }
        QpModel m = new QpModel(q);
        int k = n;
        for (int i = 0; i < n; i++) {
            if (lin != null) {
                m.c[i] = lin[i];
            }
            if (!hom) {
                m.lo[i] = cons.lower()[i];
                m.hi[i] = cons.upper()[i];
            } else {
                if (Double.isFinite(cons.lower()[i])) {
                    m.atMost(new int[] {i, k}, new double[] {-1, cons.lower()[i]}, 0);
                }
                if (Double.isFinite(cons.upper()[i])) {
                    m.atMost(new int[] {i, k}, new double[] {1, -cons.upper()[i]}, 0);
                }
            }
        }
        if (hom) {
            m.lo[k] = 0;
            m.equal(QpModel.range(0, n), excess.clone(), 1);
        }
        int[] all = QpModel.range(0, n);
        sumLimit(m, all, QpModel.filled(n, 1), cons.netMin(), cons.netMax(), hom);
        if (cons.hasGross()) {
            boolean longOnly = true;
            for (double lo : cons.lower()) {
                longOnly &= lo >= 0;
            }
            if (longOnly) {
                if (cons.netMax() > cons.grossMax()) { // else sum|w| = sum w <= netMax already implies it
                    sumLimit(m, all, QpModel.filled(n, 1), Double.NEGATIVE_INFINITY, cons.grossMax(), hom);
                }
            } else {
                int[] s = new int[n];
                for (int i = 0; i < n; i++) {
                    s[i] = m.addVariable(0, Double.POSITIVE_INFINITY, 0);
                    m.atMost(new int[] {i, s[i]}, new double[] {1, -1}, 0);
                    m.atMost(new int[] {i, s[i]}, new double[] {-1, -1}, 0);
                }
                sumLimit(m, s, QpModel.filled(n, 1), Double.NEGATIVE_INFINITY, cons.grossMax(), hom);
            }
        }
        addTurnoverAndCost(m, hom);
        if (!Double.isNaN(minReturn)) {
            m.atLeast(all, mu.clone(), minReturn);
        }
        return m;
    }

    /** lo <= a'x <= hi over idx (times k in the homogeneous form); an equality when lo == hi. */
    private void sumLimit(QpModel m, int[] idx, double[] a, double lo, double hi, boolean hom) {
        int[] ix = hom ? java.util.Arrays.copyOf(idx, idx.length + 1) : idx;
        if (hom) {
            ix[idx.length] = n;
        }
        if (lo == hi) {
            m.equal(ix, coeffs(a, hom, -lo), hom ? 0 : lo);
            return;
        }
        if (Double.isFinite(lo)) {
            m.atLeast(ix, coeffs(a, hom, -lo), hom ? 0 : lo);
        }
        if (Double.isFinite(hi)) {
            m.atMost(ix, coeffs(a, hom, -hi), hom ? 0 : hi);
        }
    }

    private static double[] coeffs(double[] a, boolean hom, double kCoeff) {
        if (!hom) {
            return a.clone();
        }
        double[] v = java.util.Arrays.copyOf(a, a.length + 1);
        v[a.length] = kCoeff;
        return v;
    }

    private void addTurnoverAndCost(QpModel m, boolean hom) {
        boolean cost = false;
        if (cons.hasTxCost()) {
            for (double c : cons.txCost()) {
                cost |= c > 0;
            }
        }
        if (!cons.hasTurnover() && !cost) {
            return;
        }
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            double p = cons.previous()[i];
            t[i] = m.addVariable(0, Double.POSITIVE_INFINITY, cost ? cons.txCost()[i] : 0);
            if (hom) {
                m.atMost(new int[] {i, n, t[i]}, new double[] {1, -p, -1}, 0);
                m.atMost(new int[] {i, n, t[i]}, new double[] {-1, p, -1}, 0);
            } else {
                m.atMost(new int[] {i, t[i]}, new double[] {1, -1}, p);
                m.atMost(new int[] {i, t[i]}, new double[] {-1, -1}, -p);
            }
        }
        if (cons.hasTurnover()) {
            sumLimit(m, t, QpModel.filled(n, 1), Double.NEGATIVE_INFINITY, cons.turnoverMax(), hom);
        }
    }

    /** Checks the solver's weights against every constraint; never passes on a violated solution. */
    private OptResult verify(double[] x, double scale, InteriorPointQp.Outcome out, String note) {
        double[] wts = new double[n];
        for (int i = 0; i < n; i++) {
            wts[i] = x[i] / scale;
            if (!Double.isFinite(wts[i])) {
                return OptResult.failure(out.state(), "solver returned a non-finite weight for asset " + i);
            }
        }
        String bad = Feasibility.violation(wts, cons, mu, sigma, minReturn, FEAS_TOL * 10);
        if (bad != null) {
            return OptResult.failure(out.state(), "solver result violates " + bad);
        }
        return OptResult.success(wts, out.state(), out.detail() + note);
    }
}
