package io.trader.layer3.core.cov;

/**
 * Returns from a price table. Rows = time (oldest first), columns = assets, {@code Double.NaN} = missing.
 * The first row is dropped; a return is NaN when either price is missing (no forward fill), matching
 * pandas {@code pct_change(fill_method=None)}.
 */
public final class Returns {

    private Returns() {
    }

    /** Simple returns {@code P_t / P_{t-1} - 1}; {@code prices.length - 1} rows. */
    public static double[][] simple(double[][] prices) {
        return transform(prices, false);
    }

    /** Log returns {@code ln(P_t / P_{t-1})}; {@code prices.length - 1} rows. */
    public static double[][] log(double[][] prices) {
        return transform(prices, true);
    }

    private static double[][] transform(double[][] prices, boolean log) {
        if (prices.length < 2) {
            return new double[0][prices.length == 0 ? 0 : prices[0].length];
        }
        int n = prices[0].length;
        double[][] out = new double[prices.length - 1][n];
        for (int t = 1; t < prices.length; t++) {
            double[] prev = prices[t - 1];
            double[] cur = prices[t];
            if (prev.length != n || cur.length != n) {
                throw new IllegalArgumentException("ragged price table at row " + t);
            }
            for (int j = 0; j < n; j++) {
                double ratio = cur[j] / prev[j];
                out[t - 1][j] = Double.isNaN(ratio) ? Double.NaN : log ? Math.log(ratio) : ratio - 1.0;
            }
        }
        return out;
    }

    /** Drops rows where every value is NaN (pandas {@code dropna(how="all")}). */
    public static double[][] dropAllNaNRows(double[][] r) {
        int keep = 0;
        boolean[] k = new boolean[r.length];
        for (int t = 0; t < r.length; t++) {
            for (double v : r[t]) {
                if (!Double.isNaN(v)) {
                    k[t] = true;
                    keep++;
                    break;
                }
            }
        }
        double[][] out = new double[keep][];
        int i = 0;
        for (int t = 0; t < r.length; t++) {
            if (k[t]) {
                out[i++] = r[t];
            }
        }
        return out;
    }
}
