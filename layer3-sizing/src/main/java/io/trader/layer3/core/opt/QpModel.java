package io.trader.layer3.core.opt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A solver-neutral convex QP: minimise {@code x'Qx + c'x} over variables x (the first {@code core} carry
 * the dense quadratic Q; the rest are auxiliary, with linear cost only), subject to variable bounds,
 * sparse linear equalities {@code a'x = b} and inequalities {@code a'x <= b}.
 */
final class QpModel {

    /** A sparse row {@code sum val[k] * x[idx[k]]} compared with rhs. */
    record Row(int[] idx, double[] val, double rhs) {
    }

    final int core;
    final double[][] q;
    int vars;
    double[] c;
    double[] lo;
    double[] hi;
    final List<Row> eq = new ArrayList<>();
    final List<Row> le = new ArrayList<>();

    QpModel(double[][] q) {
        this.core = q.length;
        this.q = q;
        this.vars = core;
        this.c = new double[core];
        this.lo = filled(core, Double.NEGATIVE_INFINITY);
        this.hi = filled(core, Double.POSITIVE_INFINITY);
    }

    /** Adds a variable (auxiliary unless added before any other aux) with bounds and linear cost. */
    int addVariable(double lower, double upper, double cost) {
        int j = vars++;
        c = Arrays.copyOf(c, vars);
        lo = Arrays.copyOf(lo, vars);
        hi = Arrays.copyOf(hi, vars);
        c[j] = cost;
        lo[j] = lower;
        hi[j] = upper;
        return j;
    }

    void equal(int[] idx, double[] val, double rhs) {
        eq.add(new Row(idx, val, rhs));
    }

    void atMost(int[] idx, double[] val, double rhs) {
        le.add(new Row(idx, val, rhs));
    }

    void atLeast(int[] idx, double[] val, double rhs) {
        double[] neg = new double[val.length];
        for (int k = 0; k < val.length; k++) {
            neg[k] = -val[k];
        }
        le.add(new Row(idx, neg, -rhs));
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** Objective value {@code x'Qx + c'x}. */
    double objective(double[] x) {
        double f = 0;
        for (int i = 0; i < core; i++) {
            double row = 0;
            for (int j = 0; j < core; j++) {
                row += q[i][j] * x[j];
            }
            f += x[i] * row;
        }
        for (int j = 0; j < vars; j++) {
            f += c[j] * x[j];
        }
        return f;
    }
}
