package io.trader.layer3.core.opt;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * One convex QP in weights, solved with ojAlgo: minimise {@code w'Qw + c'w + sum k_i|w_i - prev_i|}
 * subject to the {@link Constraints} and optionally {@code mu'w >= minReturn}. |.| terms use split
 * variables. The VaR limit (a second-order cone) is enforced by outer linearisation cuts until it holds.
 * In the homogeneous form (max-Sharpe, Cornuejols-Tutuncu) the variables are y = k*w with an extra
 * variable k >= 0, every right-hand side is multiplied by k and {@code excess'y = 1}; weights are y/k.
 * The solver's state is always checked: a result is never returned from a failed or infeasible solve.
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

    /**
     * @param quad      Q (n x n, symmetric PSD)
     * @param lin       c (length n) or null
     * @param mu        expected returns (for minReturn and the VaR limit) or null
     * @param sigma     the covariance used by the VaR limit
     * @param excess    mu - rf for the homogeneous max-Sharpe form, else null
     * @param minReturn NaN for none
     */
    QpProblem(double[][] quad, double[] lin, Constraints cons, double[] mu, double[][] sigma, double[] excess,
              double minReturn) {
        this.n = quad.length;
        this.quad = quad;
        this.lin = lin;
        this.cons = cons;
        this.mu = mu;
        this.sigma = sigma;
        this.excess = excess;
        this.minReturn = minReturn;
    }

    OptResult solve() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        boolean hom = excess != null;
        Variable[] w = new Variable[n];
        for (int i = 0; i < n; i++) {
            w[i] = model.addVariable("w" + i);
            if (!hom) {
                bound(w[i], cons.lower()[i], cons.upper()[i]);
            }
        }
        Variable k = hom ? model.addVariable("k").lower(0) : null;
        Expression obj = model.addExpression("objective").weight(1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (quad[i][j] != 0) {
                    obj.set(w[i], w[j], quad[i][j]);
                }
            }
            if (lin != null && lin[i] != 0) {
                obj.set(w[i], lin[i]);
            }
        }
        if (hom) {
            Expression e = model.addExpression("excess").level(1);
            for (int i = 0; i < n; i++) {
                e.set(w[i], excess[i]);
                if (Double.isFinite(cons.lower()[i])) {
                    model.addExpression("lo" + i).lower(0).set(w[i], 1).set(k, -cons.lower()[i]);
                }
                if (Double.isFinite(cons.upper()[i])) {
                    model.addExpression("hi" + i).upper(0).set(w[i], 1).set(k, -cons.upper()[i]);
                }
            }
        }
        addNet(model, w, k);
        addGross(model, w, k);
        addTurnoverAndCost(model, obj, w, k);
        if (!Double.isNaN(minReturn)) {
            Expression e = model.addExpression("minReturn").lower(minReturn);
            for (int i = 0; i < n; i++) {
                e.set(w[i], mu[i]);
            }
        }
        for (int cut = 0; ; cut++) {
            Optimisation.Result res = model.minimise();
            Optimisation.State state = res.getState();
            if (!state.isFeasible()) {
                return OptResult.failure(state.name(), "solver did not reach a feasible optimum (state "
                        + state + ")" + (cut > 0 ? " after " + cut + " VaR cuts" : ""));
            }
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = res.doubleValue(i);
            }
            double scale = 1;
            if (hom) {
                scale = res.doubleValue(n);
                if (!(scale > 1e-12)) {
                    return OptResult.failure(state.name(),
                            "max-Sharpe transform degenerate (k = " + scale + "): no feasible portfolio has a positive excess return");
                }
            }
            if (!cons.hasVar()) {
                return verify(x, scale, state, "");
            }
            double sd = Math.sqrt(Math.max(LinAlg.quad(x, sigma), 0));
            double g = cons.varZ() * sd - LinAlg.dot(mu, x) - cons.varLimit() * scale;
            if (g <= FEAS_TOL * 0.1 * scale) {
                return verify(x, scale, state, cut > 0 ? " (" + cut + " VaR cuts)" : "");
            }
            if (cut >= MAX_CUTS || sd == 0) {
                return OptResult.failure("VAR_NOT_CONVERGED", "VaR limit still violated by " + g / scale
                        + " after " + cut + " cuts");
            }
            // z*sqrt(x'Sx) is 1-homogeneous: the tangent cut at x is (z*S x/sd - mu)'w <= V (times k)
            double[] sx = LinAlg.mul(sigma, x);
            Expression e = model.addExpression("var" + cut).upper(0);
            double rhs = cons.varLimit();
            for (int i = 0; i < n; i++) {
                e.set(w[i], cons.varZ() * sx[i] / sd - mu[i]);
            }
            if (hom) {
                e.set(k, -rhs);
            } else {
                e.upper(rhs);
            }
        }
    }

    private static void bound(Variable v, double lo, double hi) {
        if (Double.isFinite(lo)) {
            v.lower(lo);
        }
        if (Double.isFinite(hi)) {
            v.upper(hi);
        }
    }

    /** sum w in [netMin, netMax] (times k in the homogeneous form). */
    private void addNet(ExpressionsBasedModel model, Variable[] w, Variable k) {
        Expression lo = model.addExpression("netMin");
        Expression hi = cons.netMin() == cons.netMax() ? lo : model.addExpression("netMax");
        for (int i = 0; i < n; i++) {
            lo.set(w[i], 1);
            hi.set(w[i], 1);
        }
        if (k == null) {
            lo.lower(cons.netMin());
            hi.upper(cons.netMax());
        } else if (lo == hi) {
            lo.level(0).set(k, -cons.netMin());
        } else {
            lo.lower(0).set(k, -cons.netMin());
            hi.upper(0).set(k, -cons.netMax());
        }
    }

    private void addGross(ExpressionsBasedModel model, Variable[] w, Variable k) {
        if (!cons.hasGross()) {
            return;
        }
        Expression gross = model.addExpression("gross");
        boolean longOnly = true;
        for (double lo : cons.lower()) {
            longOnly &= lo >= 0;
        }
        for (int i = 0; i < n; i++) {
            if (longOnly) {
                gross.set(w[i], 1);
            } else {
                Variable p = model.addVariable("gp" + i).lower(0);
                Variable m = model.addVariable("gm" + i).lower(0);
                model.addExpression("split" + i).level(0).set(w[i], 1).set(p, -1).set(m, 1);
                gross.set(p, 1).set(m, 1);
            }
        }
        limit(gross, cons.grossMax(), k);
    }

    private void addTurnoverAndCost(ExpressionsBasedModel model, Expression obj, Variable[] w, Variable k) {
        boolean cost = false;
        if (cons.hasTxCost()) {
            for (double c : cons.txCost()) {
                cost |= c > 0;
            }
        }
        if (!cons.hasTurnover() && !cost) {
            return;
        }
        Expression turnover = cons.hasTurnover() ? model.addExpression("turnover") : null;
        for (int i = 0; i < n; i++) {
            Variable u = model.addVariable("tu" + i).lower(0);
            Variable v = model.addVariable("tv" + i).lower(0);
            Expression d = model.addExpression("trade" + i).set(w[i], 1).set(u, -1).set(v, 1);
            if (k == null) {
                d.level(cons.previous()[i]);
            } else {
                d.level(0).set(k, -cons.previous()[i]);
            }
            if (turnover != null) {
                turnover.set(u, 1).set(v, 1);
            }
            if (cost && cons.txCost()[i] > 0) {
                obj.set(u, cons.txCost()[i]).set(v, cons.txCost()[i]);
            }
        }
        if (turnover != null) {
            limit(turnover, cons.turnoverMax(), k);
        }
    }

    private static void limit(Expression e, double max, Variable k) {
        if (k == null) {
            e.upper(max);
        } else {
            e.upper(0).set(k, -max);
        }
    }

    /** Checks the solver's weights against every constraint; never passes on a violated solution. */
    private OptResult verify(double[] x, double scale, Optimisation.State state, String note) {
        double[] wts = new double[n];
        for (int i = 0; i < n; i++) {
            wts[i] = x[i] / scale;
            if (!Double.isFinite(wts[i])) {
                return OptResult.failure(state.name(), "solver returned a non-finite weight for asset " + i);
            }
        }
        String bad = Feasibility.violation(wts, cons, mu, sigma, minReturn, FEAS_TOL * 10);
        if (bad != null) {
            return OptResult.failure(state.name(), "solver result violates " + bad);
        }
        return OptResult.success(wts, state.name(), "solved" + note);
    }
}
