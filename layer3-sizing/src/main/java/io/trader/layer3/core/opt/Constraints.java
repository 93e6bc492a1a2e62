package io.trader.layer3.core.opt;

import java.util.Arrays;

/**
 * Constraints and cost terms of a mean-variance problem over n assets (weights as fractions of equity).
 * Absent limits are {@code Double.POSITIVE_INFINITY} (gross, turnover, VaR) or 0 (L2); {@code previous}
 * is needed by the turnover limit and the transaction cost, {@code txCost} may be null.
 *
 * @param lower       per-asset lower bounds (may be -Infinity)
 * @param upper       per-asset upper bounds (may be +Infinity)
 * @param netMin      lower bound of {@code sum(w)}; equal to netMax for an equality (1 fully invested, 0 neutral)
 * @param netMax      upper bound of {@code sum(w)}
 * @param grossMax    {@code sum|w| <= grossMax}
 * @param previous    previous weights (turnover and transaction cost reference), or null
 * @param turnoverMax {@code sum|w - previous| <= turnoverMax}
 * @param varZ        z of the parametric VaR limit {@code z*sqrt(w'Sw) - mu'w <= varLimit}
 * @param varLimit    the VaR limit V (+Infinity = none); needs expected returns
 * @param l2Gamma     L2 regularisation {@code gamma * sum(w^2)} added to the objective
 * @param txCost      per-asset linear cost {@code k_i * |w_i - previous_i|} added to the objective, or null
 */
public record Constraints(double[] lower, double[] upper, double netMin, double netMax, double grossMax,
                          double[] previous, double turnoverMax, double varZ, double varLimit, double l2Gamma,
                          double[] txCost) {

    private static final double INF = Double.POSITIVE_INFINITY;

    public Constraints {
        lower = lower == null ? null : lower.clone();
        upper = upper == null ? null : upper.clone();
        previous = previous == null ? null : previous.clone();
        txCost = txCost == null ? null : txCost.clone();
    }

    /** Long-only, fully invested: bounds [0, 1], sum w = 1 (PyPortfolioOpt's default). */
    public static Constraints longOnly(int n) {
        return bounded(n, 0, 1);
    }

    /** Bounds [lo, hi] for every asset, sum w = 1. */
    public static Constraints bounded(int n, double lo, double hi) {
        double[] l = new double[n];
        double[] u = new double[n];
        Arrays.fill(l, lo);
        Arrays.fill(u, hi);
        return new Constraints(l, u, 1, 1, INF, null, INF, 0, INF, 0, null);
    }

    public Constraints withBounds(double[] lo, double[] hi) {
        return new Constraints(lo, hi, netMin, netMax, grossMax, previous, turnoverMax, varZ, varLimit, l2Gamma, txCost);
    }

    /** sum w = target (1 fully invested, 0 market neutral). */
    public Constraints withNet(double target) {
        return withNetRange(target, target);
    }

    public Constraints withNetRange(double min, double max) {
        return new Constraints(lower, upper, min, max, grossMax, previous, turnoverMax, varZ, varLimit, l2Gamma, txCost);
    }

    public Constraints withGross(double max) {
        return new Constraints(lower, upper, netMin, netMax, max, previous, turnoverMax, varZ, varLimit, l2Gamma, txCost);
    }

    public Constraints withPrevious(double[] prev) {
        return new Constraints(lower, upper, netMin, netMax, grossMax, prev, turnoverMax, varZ, varLimit, l2Gamma, txCost);
    }

    /** sum|w - prev| <= max. */
    public Constraints withTurnover(double[] prev, double max) {
        return new Constraints(lower, upper, netMin, netMax, grossMax, prev, max, varZ, varLimit, l2Gamma, txCost);
    }

    /** z*sqrt(w'Sw) - mu'w <= limit (e.g. z = 1.645 for 95%, limit = 0.02 of equity per period of S). */
    public Constraints withVar(double z, double limit) {
        return new Constraints(lower, upper, netMin, netMax, grossMax, previous, turnoverMax, z, limit, l2Gamma, txCost);
    }

    public Constraints withL2(double gamma) {
        return new Constraints(lower, upper, netMin, netMax, grossMax, previous, turnoverMax, varZ, varLimit, gamma, txCost);
    }

    /** Adds {@code k_i*|w_i - prev_i|} to the objective. */
    public Constraints withTxCost(double[] prev, double[] k) {
        return new Constraints(lower, upper, netMin, netMax, grossMax, prev, turnoverMax, varZ, varLimit, l2Gamma, k);
    }

    /** Same per-asset cost k for every asset. */
    public Constraints withTxCost(double[] prev, double k) {
        double[] ks = new double[prev.length];
        Arrays.fill(ks, k);
        return withTxCost(prev, ks);
    }

    public boolean hasGross() {
        return grossMax < INF;
    }

    public boolean hasTurnover() {
        return turnoverMax < INF;
    }

    public boolean hasVar() {
        return varLimit < INF;
    }

    public boolean hasTxCost() {
        return txCost != null;
    }

    /** Throws {@link IllegalArgumentException} naming the first bad field for a problem over n assets. */
    public void validate(int n) {
        requireLength("lower", lower, n);
        requireLength("upper", upper, n);
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(lower[i]) || Double.isNaN(upper[i]) || lower[i] > upper[i]) {
                throw new IllegalArgumentException("lower/upper[" + i + "]: need lower <= upper, got ["
                        + lower[i] + ", " + upper[i] + "]");
            }
            if (lower[i] == INF || upper[i] == -INF) {
                throw new IllegalArgumentException("lower/upper[" + i + "]: bounds must admit a finite weight");
            }
        }
        if (!Double.isFinite(netMin) || !Double.isFinite(netMax) || netMin > netMax) {
            throw new IllegalArgumentException("netMin/netMax: need finite netMin <= netMax, got ["
                    + netMin + ", " + netMax + "]");
        }
        if (Double.isNaN(grossMax) || grossMax <= 0) {
            throw new IllegalArgumentException("grossMax: must be > 0 (or +Infinity for none), got " + grossMax);
        }
        if (Double.isNaN(turnoverMax) || turnoverMax < 0) {
            throw new IllegalArgumentException("turnoverMax: must be >= 0 (or +Infinity for none), got " + turnoverMax);
        }
        if ((hasTurnover() || hasTxCost()) && previous == null) {
            throw new IllegalArgumentException("previous: required by the turnover limit and the transaction cost");
        }
        if (previous != null) {
            requireLength("previous", previous, n);
            requireFinite("previous", previous);
        }
        if (hasTxCost()) {
            requireLength("txCost", txCost, n);
            requireFinite("txCost", txCost);
            for (int i = 0; i < n; i++) {
                if (txCost[i] < 0) {
                    throw new IllegalArgumentException("txCost[" + i + "]: must be >= 0, got " + txCost[i]);
                }
            }
        }
        if (Double.isNaN(varLimit) || (hasVar() && !(Double.isFinite(varZ) && varZ > 0))) {
            throw new IllegalArgumentException("varZ/varLimit: need z > 0 and a limit (or +Infinity for none), got z="
                    + varZ + ", limit=" + varLimit);
        }
        if (!(Double.isFinite(l2Gamma) && l2Gamma >= 0)) {
            throw new IllegalArgumentException("l2Gamma: must be >= 0, got " + l2Gamma);
        }
    }

    private static void requireLength(String name, double[] a, int n) {
        if (a == null || a.length != n) {
            throw new IllegalArgumentException(name + ": need " + n + " values, got " + (a == null ? "null" : a.length));
        }
    }

    private static void requireFinite(String name, double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException(name + "[" + i + "]: must be finite, got " + a[i]);
            }
        }
    }
}
