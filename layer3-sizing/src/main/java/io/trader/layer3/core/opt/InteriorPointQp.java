package io.trader.layer3.core.opt;

import java.util.ArrayList;
import java.util.List;

/**
 * A dense primal-dual interior-point method (Mehrotra predictor-corrector) for {@link QpModel}s built by
 * {@link QpProblem}: core variables with a dense Hessian, auxiliary variables (|.| splits) that each
 * appear in a few sparse rows, and a handful of rows summing many auxiliaries (turnover, gross). The
 * Newton system is reduced to the core block (auxiliaries eliminated, their sums and the equalities by a
 * small Woodbury system), so an iteration costs one dense Cholesky of the core size.
 */
final class InteriorPointQp {

    /** Outcome: x on success, else null with a state and reason. */
    record Outcome(double[] x, String state, String detail) {
    }

    private static final int MAX_ITER = 80;
    private static final double TOL = 1e-9;
    private static final double TOL_MU = 1e-13;
    /** A stalled run still returns its best iterate when every residual is below this. */
    private static final double TOL_LOOSE = 1e-7;
    private static final double REG = 1e-12;

    private final QpModel m;
    private final int nv;
    private final int core;
    private final KktSystem kkt;
    private final int[][] gi;
    private final double[][] gv;
    private final double[] h;
    private final int[][] ai;
    private final double[][] av;
    private final double[] b;

    InteriorPointQp(QpModel model) {
        this.m = model;
        this.nv = model.vars;
        this.core = model.core;
        List<QpModel.Row> rows = new ArrayList<>(model.le);
        for (int j = 0; j < nv; j++) {
            if (Double.isFinite(model.hi[j])) {
                rows.add(new QpModel.Row(new int[] {j}, new double[] {1}, model.hi[j]));
            }
            if (Double.isFinite(model.lo[j])) {
                rows.add(new QpModel.Row(new int[] {j}, new double[] {-1}, -model.lo[j]));
            }
        }
        int mi = rows.size();
        gi = new int[mi][];
        gv = new double[mi][];
        h = new double[mi];
        for (int r = 0; r < mi; r++) {
            gi[r] = rows.get(r).idx();
            gv[r] = rows.get(r).val();
            h[r] = rows.get(r).rhs();
        }
        int me = model.eq.size();
        ai = new int[me][];
        av = new double[me][];
        b = new double[me];
        for (int r = 0; r < me; r++) {
            ai[r] = model.eq.get(r).idx();
            av[r] = model.eq.get(r).val();
            b[r] = model.eq.get(r).rhs();
        }
        kkt = new KktSystem(model, gi, gv, ai, av, REG);
    }

    Outcome solve() {
        int mi = h.length;
        int me = b.length;
        double[] z = new double[nv];
        double[] y = new double[me];
        double[] lam = QpModel.filled(mi, 1);
        double[] s = QpModel.filled(mi, 1);
        double scaleH = 1 + maxAbs(h);
        double scaleB = 1 + maxAbs(b);
        double scaleC = 1 + maxAbs(m.c);
        double[] rd = new double[nv];
        double[] rp = new double[me];
        double[] ri = new double[mi];
        double[] w = new double[mi];
        double[] rhs = new double[nv];
        double[] rc = new double[mi];
        double[] negRp = new double[me];
        double[] best = null;
        double bestMerit = Double.POSITIVE_INFINITY;
        for (int it = 0; it < MAX_ITER; it++) {
            residuals(z, y, lam, s, rd, rp, ri);
            double mu = dot(s, lam) / Math.max(mi, 1);
            double ep = Math.max(maxAbs(rp) / scaleB, maxAbs(ri) / scaleH);
            double ed = maxAbs(rd) / scaleC;
            if (ep < TOL && ed < TOL && mu < TOL_MU) {
                return new Outcome(z, "OPTIMAL", "interior point converged in " + it + " iterations");
            }
            double merit = Math.max(Math.max(ep, ed), mu);
            if (merit < bestMerit) {
                bestMerit = merit;
                best = z.clone();
            } else if (bestMerit < TOL_LOOSE && merit > 100 * bestMerit) {
                return new Outcome(best, "OPTIMAL", "interior point stopped at its best iterate (residual "
                        + bestMerit + ") after " + it + " iterations");
            }
            for (int r = 0; r < mi; r++) {
                w[r] = lam[r] / s[r];
            }
            try {
                kkt.factor(w, mu < 1e-6);
            } catch (ArithmeticException e) {
                if (bestMerit < TOL_LOOSE) {
                    return new Outcome(best, "OPTIMAL", "interior point stopped at its best iterate (residual "
                            + bestMerit + ") after " + it + " iterations");
                }
                return new Outcome(null, "FAILED", "interior point: singular Newton system at iteration " + it);
            }
            for (int r = 0; r < me; r++) {
                negRp[r] = -rp[r];
            }
            // predictor
            for (int r = 0; r < mi; r++) {
                rc[r] = s[r] * lam[r];
            }
            double[][] aff = direction(rd, ri, rc, w, s, negRp, rhs);
            double alphaAff = Math.min(1, Math.min(step(s, aff[2]), step(lam, aff[3])));
            double muAff = 0;
            for (int r = 0; r < mi; r++) {
                muAff += (s[r] + alphaAff * aff[2][r]) * (lam[r] + alphaAff * aff[3][r]);
            }
            muAff /= Math.max(mi, 1);
            double sigma = Math.pow(muAff / mu, 3);
            // corrector
            for (int r = 0; r < mi; r++) {
                rc[r] = s[r] * lam[r] + aff[2][r] * aff[3][r] - sigma * mu;
            }
            double[][] d = direction(rd, ri, rc, w, s, negRp, rhs);
            double eta = Math.max(0.99, 1 - mu);
            double alpha = Math.min(1, eta * Math.min(step(s, d[2]), step(lam, d[3])));
            for (int j = 0; j < nv; j++) {
                z[j] += alpha * d[0][j];
            }
            for (int r = 0; r < me; r++) {
                y[r] += alpha * d[1][r];
            }
            for (int r = 0; r < mi; r++) {
                s[r] += alpha * d[2][r];
                lam[r] += alpha * d[3][r];
            }
            if (maxAbs(lam) > 1e12 || maxAbs(z) > 1e12) {
                return new Outcome(null, "INFEASIBLE", "interior point diverged at iteration " + it
                        + " (primal residual " + ep + "): the constraints are likely infeasible");
            }
        }
        if (bestMerit < TOL_LOOSE) {
            return new Outcome(best, "OPTIMAL", "interior point stopped at its best iterate (residual "
                    + bestMerit + ") after " + MAX_ITER + " iterations");
        }
        residuals(z, y, lam, s, rd, rp, ri);
        double ep = Math.max(maxAbs(rp) / scaleB, maxAbs(ri) / scaleH);
        return new Outcome(null, ep > 1e-6 ? "INFEASIBLE" : "NOT_CONVERGED", "interior point did not converge in "
                + MAX_ITER + " iterations (primal residual " + ep + ", dual residual " + maxAbs(rd) / scaleC + ")");
    }

    /** {dz, dy, ds, dlam} for the given complementarity residual rc. */
    private double[][] direction(double[] rd, double[] ri, double[] rc, double[] w, double[] s, double[] negRp,
                                 double[] rhs) {
        int mi = h.length;
        for (int j = 0; j < nv; j++) {
            rhs[j] = -rd[j];
        }
        for (int r = 0; r < mi; r++) {
            double t = w[r] * ri[r] - rc[r] / s[r];
            int[] idx = gi[r];
            double[] val = gv[r];
            for (int k = 0; k < idx.length; k++) {
                rhs[idx[k]] -= val[k] * t;
            }
        }
        double[] dy = new double[b.length];
        double[] dz = kkt.solve(rhs, negRp, dy);
        double[] ds = new double[mi];
        double[] dl = new double[mi];
        for (int r = 0; r < mi; r++) {
            double gdz = 0;
            int[] idx = gi[r];
            double[] val = gv[r];
            for (int k = 0; k < idx.length; k++) {
                gdz += val[k] * dz[idx[k]];
            }
            ds[r] = -ri[r] - gdz;
            dl[r] = w[r] * (gdz + ri[r]) - rc[r] / s[r];
        }
        return new double[][] {dz, dy, ds, dl};
    }

    private void residuals(double[] z, double[] y, double[] lam, double[] s, double[] rd, double[] rp, double[] ri) {
        for (int i = 0; i < core; i++) {
            double t = 0;
            double[] qi = m.q[i];
            for (int j = 0; j < core; j++) {
                t += qi[j] * z[j];
            }
            rd[i] = 2 * t + m.c[i];
        }
        for (int j = core; j < nv; j++) {
            rd[j] = m.c[j];
        }
        for (int r = 0; r < b.length; r++) {
            double t = -b[r];
            for (int k = 0; k < ai[r].length; k++) {
                t += av[r][k] * z[ai[r][k]];
                rd[ai[r][k]] += av[r][k] * y[r];
            }
            rp[r] = t;
        }
        for (int r = 0; r < h.length; r++) {
            double t = s[r] - h[r];
            for (int k = 0; k < gi[r].length; k++) {
                t += gv[r][k] * z[gi[r][k]];
                rd[gi[r][k]] += gv[r][k] * lam[r];
            }
            ri[r] = t;
        }
    }

    private static double step(double[] v, double[] dv) {
        double a = Double.POSITIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            if (dv[i] < 0) {
                a = Math.min(a, -v[i] / dv[i]);
            }
        }
        return Math.min(a, 2.0);
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static double dot(double[] a, double[] c) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t += a[i] * c[i];
        }
        return t;
    }
}
