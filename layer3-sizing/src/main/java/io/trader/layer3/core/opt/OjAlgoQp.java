package io.trader.layer3.core.opt;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/** Solves a {@link QpModel} with ojAlgo's ExpressionsBasedModel; the state is always checked. */
final class OjAlgoQp {

    private OjAlgoQp() {
    }

    static InteriorPointQp.Outcome solve(QpModel m) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[m.vars];
        for (int j = 0; j < m.vars; j++) {
            x[j] = model.addVariable("x" + j);
            if (Double.isFinite(m.lo[j])) {
                x[j].lower(m.lo[j]);
            }
            if (Double.isFinite(m.hi[j])) {
                x[j].upper(m.hi[j]);
            }
        }
        Expression obj = model.addExpression("objective").weight(1);
        for (int i = 0; i < m.core; i++) {
            for (int j = 0; j < m.core; j++) {
                if (m.q[i][j] != 0) {
                    obj.set(x[i], x[j], m.q[i][j]);
                }
            }
        }
        for (int j = 0; j < m.vars; j++) {
            if (m.c[j] != 0) {
                obj.set(x[j], m.c[j]);
            }
        }
        int r = 0;
        for (QpModel.Row row : m.eq) {
            Expression e = model.addExpression("eq" + r++).level(row.rhs());
            for (int k = 0; k < row.idx().length; k++) {
                e.add(x[row.idx()[k]], row.val()[k]);
            }
        }
        for (QpModel.Row row : m.le) {
            Expression e = model.addExpression("le" + r++).upper(row.rhs());
            for (int k = 0; k < row.idx().length; k++) {
                e.add(x[row.idx()[k]], row.val()[k]);
            }
        }
        Optimisation.Result res = model.minimise();
        Optimisation.State state = res.getState();
        if (!state.isFeasible()) {
            return new InteriorPointQp.Outcome(null, state.name(),
                    "ojAlgo did not reach a feasible optimum (state " + state + ")");
        }
        double[] out = new double[m.vars];
        for (int j = 0; j < m.vars; j++) {
            out[j] = res.doubleValue(j);
        }
        return new InteriorPointQp.Outcome(out, state.name(), "ojAlgo " + state);
    }
}
