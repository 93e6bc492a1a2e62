package io.trader.layer3.core.opt;

/**
 * The reduced Newton system of {@link InteriorPointQp}: {@code K = 2Q + G'WG} with equality rows, solved
 * as a dense Cholesky on the core block after eliminating auxiliaries (each in rows with one auxiliary)
 * and a small Woodbury/Schur system for rows summing several auxiliaries and for the equalities.
 */
final class KktSystem {

    private final QpModel m;
    private final int core;
    private final int naux;
    private final double reg;
    private final int[][] gi;
    private final double[][] gv;
    private final boolean[] local;
    private final int[] denseRows;
    private final int[][] ai;
    private final double[][] av;
    private final int[][] auxCore;
    private final double[][] auxVal;
    private final double[] daa;
    private final double[] l;
    private double[][] kinvT;
    private double[][] tCols;
    private double[][] small;
    private final double[] tmp;
    private final int[][] auxRows;

    KktSystem(QpModel m, int[][] gi, double[][] gv, int[][] ai, double[][] av, double reg) {
        this.m = m;
        this.core = m.core;
        this.naux = m.vars - m.core;
        this.reg = reg;
        this.gi = gi;
        this.gv = gv;
        this.ai = ai;
        this.av = av;
        this.local = new boolean[gi.length];
        java.util.List<Integer> dense = new java.util.ArrayList<>();
        java.util.List<java.util.TreeSet<Integer>> links = new java.util.ArrayList<>();
        for (int j = 0; j < naux; j++) {
            links.add(new java.util.TreeSet<>());
        }
        for (int r = 0; r < gi.length; r++) {
            int aux = -1;
            int count = 0;
            for (int idx : gi[r]) {
                if (idx >= core) {
                    aux = idx - core;
                    count++;
                }
            }
            local[r] = count <= 1;
            if (!local[r]) {
                dense.add(r);
            } else if (aux >= 0) {
                for (int idx : gi[r]) {
                    if (idx < core) {
                        links.get(aux).add(idx);
                    }
                }
            }
        }
        denseRows = dense.stream().mapToInt(Integer::intValue).toArray();
        java.util.List<java.util.List<Integer>> rowsOf = new java.util.ArrayList<>();
        for (int j = 0; j < naux; j++) {
            rowsOf.add(new java.util.ArrayList<>());
        }
        for (int r = 0; r < gi.length; r++) {
            if (local[r]) {
                for (int idx : gi[r]) {
                    if (idx >= core) {
                        rowsOf.get(idx - core).add(r);
                    }
                }
            }
        }
        auxRows = new int[naux][];
        for (int j = 0; j < naux; j++) {
            auxRows[j] = rowsOf.get(j).stream().mapToInt(Integer::intValue).toArray();
        }
        auxCore = new int[naux][];
        auxVal = new double[naux][];
        for (int j = 0; j < naux; j++) {
            auxCore[j] = links.get(j).stream().mapToInt(Integer::intValue).toArray();
            auxVal[j] = new double[auxCore[j].length];
        }
        daa = new double[naux];
        l = new double[core * core];
        tmp = new double[core];
    }

    private double[] wLast;
    private boolean refine;

    /** Factors for barrier weights w; {@code refine} adds one refinement step to every solve. */
    void factor(double[] w, boolean refine) {
        this.refine = refine;
        wLast = w;
        int n = core;
        assemble(w, n, 0);
        factorWithShift(n, w);
        prepareWoodbury(w);
    }

    /** Builds the reduced core block {@code 2Q + shift*I + eliminated rows} into l. */
    private void assemble(double[] w, int n, double shift) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                l[i * n + j] = 2 * m.q[i][j];
            }
            l[i * n + i] += reg + shift;
        }
        java.util.Arrays.fill(daa, reg);
        for (double[] v : auxVal) {
            java.util.Arrays.fill(v, 0);
        }
        for (int r = 0; r < gi.length; r++) {
            if (!local[r]) {
                continue;
            }
            double om = w[r];
            int[] idx = gi[r];
            double[] val = gv[r];
            int aux = -1;
            double va = 0;
            for (int k = 0; k < idx.length; k++) {
                if (idx[k] >= core) {
                    aux = idx[k] - core;
                    va = val[k];
                }
            }
            if (aux >= 0) {
                daa[aux] += om * va * va;
                for (int p = 0; p < idx.length; p++) {
                    if (idx[p] < core) {
                        auxVal[aux][pos(auxCore[aux], idx[p])] += om * val[p] * va;
                    }
                }
                continue; // its core block enters through the stable elimination below
            }
            for (int p = 0; p < idx.length; p++) {
                double wp = om * val[p];
                for (int q = 0; q < idx.length; q++) {
                    l[idx[p] * n + idx[q]] += wp * val[q];
                }
            }
        }
        for (int j = 0; j < naux; j++) {
            eliminate(j, w, n);
        }
    }

    private void prepareWoodbury(double[] w) {
        int nt = denseRows.length + ai.length;
        tCols = new double[nt][];
        kinvT = new double[nt][];
        small = new double[nt][nt];
        for (int t = 0; t < nt; t++) {
            double[] col = new double[m.vars];
            int[] idx = t < denseRows.length ? gi[denseRows[t]] : ai[t - denseRows.length];
            double[] val = t < denseRows.length ? gv[denseRows[t]] : av[t - denseRows.length];
            for (int k = 0; k < idx.length; k++) {
                col[idx[k]] += val[k];
            }
            tCols[t] = col;
            kinvT[t] = solveS(col);
        }
        for (int a = 0; a < nt; a++) {
            for (int c = 0; c < nt; c++) {
                small[a][c] = LinAlg.dot(tCols[a], kinvT[c]);
            }
            if (a < denseRows.length) {
                small[a][a] += 1 / w[denseRows[a]];
            }
        }
    }

    /**
     * Solves {@code K z + A'dy = rhs, A z = eqRhs} with one step of iterative refinement against the
     * unreduced system (the eliminations lose digits when barrier weights span many magnitudes).
     */
    double[] solve(double[] rhs, double[] eqRhs, double[] dy) {
        double[] z = solveOnce(rhs, eqRhs, dy);
        if (!refine) {
            return z;
        }
        double[] r1 = new double[rhs.length];
        double[] r2 = new double[eqRhs.length];
        double[] ddy = new double[dy.length];
        for (int pass = 0; pass < 1; pass++) {
            residual(z, dy, rhs, eqRhs, r1, r2);
            double[] dz = solveOnce(r1, r2, ddy);
            for (int j = 0; j < z.length; j++) {
                z[j] += dz[j];
            }
            for (int e = 0; e < dy.length; e++) {
                dy[e] += ddy[e];
            }
        }
        return z;
    }

    /** r1 = rhs - (2Q + G'WG) z - A'dy, r2 = eqRhs - A z. */
    private void residual(double[] z, double[] dy, double[] rhs, double[] eqRhs, double[] r1, double[] r2) {
        System.arraycopy(rhs, 0, r1, 0, rhs.length);
        for (int i = 0; i < core; i++) {
            double t = 0;
            double[] qi = m.q[i];
            for (int j = 0; j < core; j++) {
                t += qi[j] * z[j];
            }
            r1[i] -= 2 * t;
        }
        for (int r = 0; r < gi.length; r++) {
            double g = 0;
            for (int k = 0; k < gi[r].length; k++) {
                g += gv[r][k] * z[gi[r][k]];
            }
            g *= wLast[r];
            for (int k = 0; k < gi[r].length; k++) {
                r1[gi[r][k]] -= gv[r][k] * g;
            }
        }
        for (int e = 0; e < ai.length; e++) {
            double t = eqRhs[e];
            for (int k = 0; k < ai[e].length; k++) {
                r1[ai[e][k]] -= av[e][k] * dy[e];
                t -= av[e][k] * z[ai[e][k]];
            }
            r2[e] = t;
        }
    }

    private double[] solveOnce(double[] rhs, double[] eqRhs, double[] dy) {
        double[] z0 = solveS(rhs);
        int nt = tCols.length;
        if (nt == 0) {
            return z0;
        }
        double[] u = new double[nt];
        for (int t = 0; t < nt; t++) {
            u[t] = LinAlg.dot(tCols[t], z0) - (t < denseRows.length ? 0 : eqRhs[t - denseRows.length]);
        }
        u = LinAlg.solve(small, u);
        for (int t = 0; t < nt; t++) {
            double[] kt = kinvT[t];
            for (int j = 0; j < z0.length; j++) {
                z0[j] -= u[t] * kt[j];
            }
        }
        for (int e = 0; e < dy.length; e++) {
            dy[e] = u[denseRows.length + e];
        }
        return z0;
    }

    /** Solves the local part {@code K_s z = r} (core Cholesky plus diagonal auxiliaries). */
    private double[] solveS(double[] r) {
        int n = core;
        double[] x = tmp;
        System.arraycopy(r, 0, x, 0, n);
        for (int j = 0; j < naux; j++) {
            double ra = r[core + j] / daa[j];
            int[] ci = auxCore[j];
            for (int p = 0; p < ci.length; p++) {
                x[ci[p]] -= auxVal[j][p] * ra;
            }
        }
        UpperCholesky.solve(l, n, x);
        double[] z = new double[m.vars];
        System.arraycopy(x, 0, z, 0, n);
        for (int j = 0; j < naux; j++) {
            double t = r[core + j];
            int[] ci = auxCore[j];
            for (int p = 0; p < ci.length; p++) {
                t -= auxVal[j][p] * x[ci[p]];
            }
            z[core + j] = t / daa[j];
        }
        return z;
    }

    /**
     * Adds the core-block contribution of auxiliary j's rows after eliminating j:
     * {@code sum_r w_r c_r c_r' - (sum_r w_r a_r c_r)(...)' / D}, D = reg + sum_r w_r a_r^2, computed by the
     * Lagrange identity as {@code (reg * sum_r w_r c_r c_r' + sum_{r<s} w_r w_s d_rs d_rs') / D} with
     * {@code d_rs = a_s c_r - a_r c_s}: every term is non-negative, so no cancellation when one row's
     * weight dwarfs another's (an active and an inactive side of |x|).
     */
    private void eliminate(int j, double[] w, int n) {
        int[] ci = auxCore[j];
        int[] rows = auxRows[j];
        double d = daa[j];
        int len = ci.length;
        double[][] c = new double[rows.length][len];
        double[] a = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            int[] idx = gi[rows[r]];
            double[] val = gv[rows[r]];
            for (int k = 0; k < idx.length; k++) {
                if (idx[k] >= core) {
                    a[r] = val[k];
                } else {
                    c[r][pos(ci, idx[k])] += val[k];
                }
            }
        }
        double[] dv = new double[len];
        for (int r = 0; r < rows.length; r++) {
            double wr = w[rows[r]];
            double f = reg * wr / d;
            for (int p = 0; p < len; p++) {
                for (int q = 0; q < len; q++) {
                    l[ci[p] * n + ci[q]] += f * c[r][p] * c[r][q];
                }
            }
            for (int s = r + 1; s < rows.length; s++) {
                double g = wr * w[rows[s]] / d;
                for (int p = 0; p < len; p++) {
                    dv[p] = a[s] * c[r][p] - a[r] * c[s][p];
                }
                for (int p = 0; p < len; p++) {
                    for (int q = 0; q < len; q++) {
                        l[ci[p] * n + ci[q]] += g * dv[p] * dv[q];
                    }
                }
            }
        }
    }

    private static int pos(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        throw new IllegalStateException("core index " + v + " not linked");
    }

    /**
     * Cholesky of the assembled core block; if it is numerically indefinite (barrier weights spanning
     * many magnitudes), retries with a growing diagonal shift. The shifted factor is then only a
     * preconditioner: {@link #solve} refines against the exact system.
     */
    private void factorWithShift(int n, double[] w) {
        double shift = 0;
        for (int attempt = 0; ; attempt++) {
            try {
                UpperCholesky.factor(l, n);
                return;
            } catch (ArithmeticException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
            double maxDiag = 0;
            for (int i = 0; i < n; i++) {
                maxDiag = Math.max(maxDiag, Math.abs(2 * m.q[i][i]));
            }
            shift = shift == 0 ? 1e-12 * Math.max(maxDiag, 1) : shift * 100;
            refine = true;
            assemble(w, n, shift);
        }
    }

}
