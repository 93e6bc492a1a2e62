package io.trader.layer3.core.opt;

/**
 * efficient_risk by a 1-D search on the Lagrange multiplier of the variance limit. With t = 1/lambda the
 * subproblem is {@code min w'(S + t*gamma*I)w - t*mu'w + t*cost}: t = 0 is minimum variance and the
 * solution's volatility rises monotonically with t. The search brackets t in log space and refines with
 * the Illinois variant of regula falsi until the volatility is within 1e-10 (relative) of the target,
 * returning the side that satisfies the limit.
 */
final class EfficientRiskSearch {

    private static final double VOL_RTOL = 1e-10;
    private static final int MAX_STEPS = 200;

    private final MeanVariance mv;
    private final Constraints c;
    private final double target;

    EfficientRiskSearch(MeanVariance mv, Constraints c, double target) {
        this.mv = mv;
        this.c = c;
        this.target = target;
    }

    OptResult run() {
        OptResult minVar = solve(0);
        if (!minVar.ok()) {
            return minVar;
        }
        double v0 = vol(minVar);
        if (v0 > target * (1 + VOL_RTOL)) {
            return OptResult.failure("INFEASIBLE", "target volatility " + target
                    + " is below the minimum achievable volatility " + v0 + " under these constraints");
        }
        double loT = 0;
        OptResult lo = minVar;
        double loF = v0 - target;
        double hiT = 1e-3;
        OptResult hi = null;
        double hiF = 0;
        for (int k = 0; k < 40; k++) {
            OptResult r = solve(hiT);
            if (!r.ok()) {
                return r;
            }
            double f = vol(r) - target;
            if (f >= 0) {
                hi = r;
                hiF = f;
                break;
            }
            lo = r;
            loT = hiT;
            loF = f;
            hiT *= 4;
        }
        if (hi == null) {
            return lo; // the volatility limit does not bind: the return-maximising portfolio is inside it
        }
        int side = 0;
        double loAct = loF;
        double hiAct = hiF;
        for (int step = 0; step < MAX_STEPS; step++) {
            if (Math.abs(loAct) <= VOL_RTOL * target) {
                return tag(lo, step);
            }
            if (Math.abs(hiAct) <= VOL_RTOL * target) {
                return tag(hi, step);
            }
            double t = (loT * hiF - hiT * loF) / (hiF - loF);
            if (!(t > loT && t < hiT) || hiT - loT < 1e-15 * hiT) {
                t = 0.5 * (loT + hiT);
            }
            OptResult r = solve(t);
            if (!r.ok()) {
                return r;
            }
            double f = vol(r) - target;
            if (f < 0) {
                lo = r;
                loT = t;
                loF = f;
                loAct = f;
                if (side == -1) {
                    hiF /= 2;
                }
                side = -1;
            } else {
                hi = r;
                hiT = t;
                hiF = f;
                hiAct = f;
                if (side == 1) {
                    loF /= 2;
                }
                side = 1;
            }
        }
        return tag(lo, MAX_STEPS);
    }

    private OptResult tag(OptResult r, int steps) {
        return OptResult.success(r.weights(), r.state(), r.detail() + " (efficient risk: " + steps + " refinement steps)");
    }

    private double vol(OptResult r) {
        return Math.sqrt(Math.max(LinAlg.quad(r.weights(), mv.sigma()), 0));
    }

    private OptResult solve(double t) {
        double[][] q = mv.quadratic(1, c.withL2(t * c.l2Gamma()));
        double[] lin = null;
        if (t > 0) {
            lin = MeanVariance.negated(mv.mu());
            for (int i = 0; i < lin.length; i++) {
                lin[i] *= t;
            }
        }
        Constraints sub = c;
        if (c.hasTxCost()) {
            double[] k = c.txCost().clone();
            for (int i = 0; i < k.length; i++) {
                k[i] *= t;
            }
            sub = c.withTxCost(c.previous(), k);
        }
        return new QpProblem(q, lin, sub, mv.mu(), mv.sigma(), null, Double.NaN, mv.solver()).solve();
    }
}
