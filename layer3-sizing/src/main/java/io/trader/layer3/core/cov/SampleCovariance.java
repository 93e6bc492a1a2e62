package io.trader.layer3.core.cov;

/**
 * Pairwise sample statistics (pandas {@code DataFrame.cov()/corr()} conventions): each pair uses only the
 * rows where both assets are present, ddof 1, not annualised. A pair with fewer than two common rows is NaN.
 */
public final class SampleCovariance {

    private SampleCovariance() {
    }

    /** Pairwise covariance, ddof 1. */
    public static double[][] pairwise(double[][] r) {
        return compute(r, false);
    }

    /** Pairwise Pearson correlation (each pair's means and variances over its common rows). */
    public static double[][] correlation(double[][] r) {
        return compute(r, true);
    }

    /** Number of rows where both assets of a pair are present (diagonal: the asset's own count). */
    public static int[][] overlap(double[][] r) {
        int n = cols(r);
        int[][] c = new int[n][n];
        for (double[] row : r) {
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(row[i])) {
                    continue;
                }
                for (int j = i; j < n; j++) {
                    if (!Double.isNaN(row[j])) {
                        c[i][j]++;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                c[i][j] = c[j][i];
            }
        }
        return c;
    }

    /** Annualises a covariance matrix in place-free fashion: returns {@code s * periods}. */
    public static double[][] scaled(double[][] s, double periods) {
        double[][] out = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= periods;
            }
        }
        return out;
    }

    static int cols(double[][] r) {
        return r.length == 0 ? 0 : r[0].length;
    }

    private static double[][] compute(double[][] r, boolean corr) {
        int n = cols(r);
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = pair(r, i, j, corr);
                out[i][j] = v;
                out[j][i] = v;
            }
        }
        return out;
    }

    /** Two-pass (mean first) covariance or correlation of columns i and j over their common rows. */
    private static double pair(double[][] r, int i, int j, boolean corr) {
        int cnt = 0;
        double mx = 0;
        double my = 0;
        for (double[] row : r) {
            double x = row[i];
            double y = row[j];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            cnt++;
            mx += x;
            my += y;
        }
        if (cnt < 2) {
            return Double.NaN;
        }
        mx /= cnt;
        my /= cnt;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] row : r) {
            double x = row[i];
            double y = row[j];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            double dx = x - mx;
            double dy = y - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (corr) {
            return i == j ? 1.0 : sxy / Math.sqrt(sxx * syy);
        }
        return sxy / (cnt - 1);
    }
}
