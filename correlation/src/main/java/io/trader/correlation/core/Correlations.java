package io.trader.correlation.core;

import java.util.Arrays;
import java.util.Locale;

/**
 * Pearson and Spearman correlation over pairwise-complete observations: index i counts only when both series have a
 * finite value there ({@code NaN} = missing). Spearman is Pearson of the ranks of those observations, ties getting
 * the average of the ranks they span. A coefficient is undefined (null with the reason) when fewer than
 * {@code minN} observations are complete, or when either series is constant over them (zero variance).
 */
public final class Correlations {

    private Correlations() {
    }

    /** The coefficient of {@code x} and {@code y} (same length) by {@code method}. */
    public static Cell correlate(double[] x, double[] y, Method method, int minN) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series of different lengths: " + x.length + " and " + y.length);
        }
        if (minN < 3) {
            throw new IllegalArgumentException("minimum observations must be at least 3, was " + minN);
        }
        int n = 0;
        double[] a = new double[x.length];
        double[] b = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                a[n] = x[i];
                b[n] = y[i];
                n++;
            }
        }
        if (n < minN) {
            return Cell.undefined(n, String.format(Locale.ROOT,
                    "%d overlapping observations, fewer than the minimum %d", n, minN));
        }
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        if (method == Method.SPEARMAN) {
            a = ranks(a);
            b = ranks(b);
        }
        return pearsonComplete(a, b);
    }

    /** Pearson of two complete series of equal length (at least 2). */
    static Cell pearsonComplete(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) {
            String which = saa == 0 && sbb == 0 ? "both series are" : saa == 0 ? "the first series is"
                    : "the second series is";
            return Cell.undefined(n, which + " constant over the " + n + " observations (zero variance)");
        }
        double r = sab / Math.sqrt(saa * sbb);
        return Cell.of(Math.max(-1, Math.min(1, r)), n);
    }

    /** Ranks 1..n of {@code v}, ties getting the average of the ranks they span. */
    public static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(v[i], v[j]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }
}
