package io.trader.layer3.core.opt;

/**
 * Hierarchical risk parity (Lopez de Prado), with PyPortfolioOpt's conventions:
 * <ol>
 *   <li>distance {@code d_ij = sqrt(clip((1 - corr_ij) / 2, 0, 1))};</li>
 *   <li>single-linkage clustering and its leaf order ({@link SingleLinkage}, scipy's conventions);</li>
 *   <li>recursive bisection of the <em>ordered list</em> (first half {@code len / 2} items, the tree's
 *       own clusters are not used); each half's variance is {@code w'Σw} with inverse-variance weights
 *       normalised inside the half, and the first half's weight is multiplied by
 *       {@code 1 - v1 / (v1 + v2)}, the second's by {@code v1 / (v1 + v2)}.</li>
 * </ol>
 * The weights are long-only and sum to 1 by construction. Σ may be daily or annualised: the weights
 * do not depend on its scale.
 */
public final class Hrp {

    private Hrp() {
    }

    /**
     * An HRP allocation.
     *
     * @param weights per asset in input order, each in (0, 1], summing to 1
     * @param order   the leaf order (asset indices) used by the bisection, for reports
     * @param linkage the single-linkage matrix in scipy's layout {@code {left, right, distance, size}}
     */
    public record Allocation(double[] weights, int[] order, double[][] linkage) {
    }

    /** The HRP distance matrix of a correlation matrix. */
    public static double[][] distance(double[][] corr) {
        int n = corr.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = (1.0 - corr[i][j]) / 2.0;
                d[i][j] = Math.sqrt(Math.min(Math.max(x, 0.0), 1.0));
            }
        }
        return d;
    }

    /**
     * HRP from a correlation matrix (for the clustering) and a covariance matrix (for the bisection).
     *
     * @throws IllegalArgumentException when the sizes differ, a correlation is not finite or a variance
     *                                  is not finite and positive
     */
    public static Allocation allocate(double[][] corr, double[][] cov) {
        int n = cov.length;
        if (corr.length != n) {
            throw new IllegalArgumentException("correlation has " + corr.length + " assets, covariance " + n);
        }
        for (int i = 0; i < n; i++) {
            if (cov[i].length != n || corr[i].length != n) {
                throw new IllegalArgumentException("matrices must be square " + n + "x" + n + " (row " + i + ")");
            }
            double v = cov[i][i];
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("variance of asset " + i + " must be finite and > 0, got " + v);
            }
        }
        if (n == 1) {
            return new Allocation(new double[] {1.0}, new int[] {0}, new double[0][]);
        }
        double[][] z = SingleLinkage.linkage(distance(corr));
        int[] order = SingleLinkage.leafOrder(z);
        return new Allocation(bisect(cov, order), order, z);
    }

    /**
     * {@link #allocate} as an {@link OptResult}: not ok (state {@code INVALID_INPUT}, no weights) when a
     * variance is not positive or a correlation is not finite (e.g. a pair without common history).
     */
    public static OptResult solve(double[][] corr, double[][] cov) {
        try {
            Allocation a = allocate(corr, cov);
            return OptResult.success(a.weights(), "OPTIMAL", "HRP over " + cov.length + " assets, leaf order "
                    + java.util.Arrays.toString(a.order()));
        } catch (IllegalArgumentException e) {
            return OptResult.failure("INVALID_INPUT", e.getMessage());
        }
    }

    /**
     * HRP from a covariance matrix alone: the correlation is {@code D^-1 Σ D^-1} rounded to 6 decimals
     * (as PyPortfolioOpt does when given only a covariance matrix).
     */
    public static Allocation fromCovariance(double[][] cov) {
        return allocate(roundedCorrelation(cov), cov);
    }

    /** {@code D^-1 Σ D^-1} rounded half-even to 6 decimals, as numpy's {@code round(6)}. */
    public static double[][] roundedCorrelation(double[][] cov) {
        int n = cov.length;
        double[] inv = new double[n];
        for (int i = 0; i < n; i++) {
            inv[i] = 1.0 / Math.sqrt(cov[i][i]);
        }
        double[][] corr = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                corr[i][j] = Math.rint(inv[i] * cov[i][j] * inv[j] * 1e6) / 1e6;
            }
        }
        return corr;
    }

    /**
     * The recursive bisection weights of an ordered asset list ({@code order} holds asset indices);
     * assets not in {@code order} get weight 0.
     */
    public static double[] bisect(double[][] cov, int[] order) {
        double[] w = new double[cov.length];
        for (int i : order) {
            w[i] = 1.0;
        }
        split(cov, order, 0, order.length, w);
        return w;
    }

    private static void split(double[][] cov, int[] order, int from, int to, double[] w) {
        if (to - from < 2) {
            return;
        }
        int mid = from + (to - from) / 2;
        double v1 = clusterVariance(cov, order, from, mid);
        double v2 = clusterVariance(cov, order, mid, to);
        double alpha = 1 - v1 / (v1 + v2);
        for (int k = from; k < mid; k++) {
            w[order[k]] *= alpha;
        }
        for (int k = mid; k < to; k++) {
            w[order[k]] *= 1 - alpha;
        }
        split(cov, order, from, mid, w);
        split(cov, order, mid, to, w);
    }

    /** The variance {@code w'Σw} of the inverse-variance portfolio of {@code items}. */
    public static double clusterVariance(double[][] cov, int[] items) {
        return clusterVariance(cov, items, 0, items.length);
    }

    private static double clusterVariance(double[][] cov, int[] items, int from, int to) {
        int m = to - from;
        double[] w = new double[m];
        double sum = 0;
        for (int k = 0; k < m; k++) {
            w[k] = 1 / cov[items[from + k]][items[from + k]];
            sum += w[k];
        }
        for (int k = 0; k < m; k++) {
            w[k] /= sum;
        }
        double var = 0;
        for (int a = 0; a < m; a++) {
            double row = 0;
            double[] c = cov[items[from + a]];
            for (int b = 0; b < m; b++) {
                row += c[items[from + b]] * w[b];
            }
            var += w[a] * row;
        }
        return var;
    }
}
