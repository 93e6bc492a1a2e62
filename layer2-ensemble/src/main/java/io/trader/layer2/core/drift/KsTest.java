package io.trader.layer2.core.drift;

/**
 * Two-sample Kolmogorov-Smirnov test: the statistic {@code D = sup_x |F1(x) - F2(x)|} of the two
 * empirical distribution functions, and its asymptotic p-value
 * {@code Q_KS((sqrt(ne) + 0.12 + 0.11 / sqrt(ne)) D)}, {@code ne = n1 n2 / (n1 + n2)}, with the Kolmogorov
 * survival function {@code Q_KS(t) = 2 sum_{j>=1} (-1)^{j-1} exp(-2 j^2 t^2)} (Stephens' small-sample
 * correction, as in Numerical Recipes). The p-value assumes independent draws: for autocorrelated series
 * (most features) it is far too small, so use it to rank, not as a literal probability.
 */
public final class KsTest {

    private KsTest() {
    }

    /** D of two samples (copies and sorts; NaN values are dropped). */
    public static double statistic(double[] a, double[] b) {
        double[] x = Psi.finiteSorted(a);
        double[] y = Psi.finiteSorted(b);
        return statisticSorted(x, x.length, y, y.length);
    }

    /** Asymptotic p-value of the two-sample test on {@code a} and {@code b}. */
    public static double pValue(double[] a, double[] b) {
        double[] x = Psi.finiteSorted(a);
        double[] y = Psi.finiteSorted(b);
        return pValue(statisticSorted(x, x.length, y, y.length), x.length, y.length);
    }

    /** D from samples sorted ascending, free of NaN; allocation-free. NaN when either is empty. */
    public static double statisticSorted(double[] a, int na, double[] b, int nb) {
        if (na == 0 || nb == 0) {
            return Double.NaN;
        }
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < na && j < nb) {
            double v = Math.min(a[i], b[j]);
            while (i < na && a[i] <= v) {
                i++;
            }
            while (j < nb && b[j] <= v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / na - (double) j / nb));
        }
        return d;
    }

    /** Asymptotic p-value of statistic {@code d} for sample sizes {@code n1}, {@code n2}. */
    public static double pValue(double d, long n1, long n2) {
        if (Double.isNaN(d) || n1 <= 0 || n2 <= 0) {
            return Double.NaN;
        }
        double ne = (double) n1 * n2 / (n1 + n2);
        double sq = Math.sqrt(ne);
        return kolmogorovQ((sq + 0.12 + 0.11 / sq) * d);
    }

    /** The Kolmogorov survival function {@code P(K > t)}. */
    public static double kolmogorovQ(double t) {
        if (t < 0.2) {
            return 1.0;
        }
        double sum = 0;
        double sign = 1;
        for (int j = 1; j <= 100; j++) {
            double term = Math.exp(-2.0 * j * j * t * t);
            sum += sign * term;
            if (term < 1e-16 * Math.abs(sum)) {
                break;
            }
            sign = -sign;
        }
        return Math.max(0.0, Math.min(1.0, 2 * sum));
    }
}
