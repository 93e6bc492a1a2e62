package io.trader.layer2.core.meta;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibratorTest {

    /**
     * Reference isotonic regression by the min-max formula over the pairs sorted by p (equal p pooled):
     * {@code f_i = max_{j <= i} min_{k >= i} mean(y_j..y_k)}; then consecutive points with equal fitted value
     * form one knot at (mean p, value).
     */
    private static double[][] referenceKnots(double[] p, int[] y) {
        double[] ps = Arrays.stream(p).distinct().sorted().toArray();
        int m = ps.length;
        double[] sy = new double[m];
        double[] cnt = new double[m];
        for (int k = 0; k < p.length; k++) {
            int g = Arrays.binarySearch(ps, p[k]);
            sy[g] += y[k];
            cnt[g]++;
        }
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j <= i; j++) {
                double min = Double.POSITIVE_INFINITY;
                for (int k = i; k < m; k++) {
                    double s = 0;
                    double c = 0;
                    for (int q = j; q <= k; q++) {
                        s += sy[q];
                        c += cnt[q];
                    }
                    min = Math.min(min, s / c);
                }
                best = Math.max(best, min);
            }
            f[i] = best;
        }
        double[] kp = new double[m];
        double[] kv = new double[m];
        int knots = 0;
        int i = 0;
        while (i < m) {
            double sp = 0;
            double c = 0;
            int j = i;
            while (j < m && Math.abs(f[j] - f[i]) < 1e-12) {
                sp += ps[j] * cnt[j];
                c += cnt[j];
                j++;
            }
            kp[knots] = sp / c;
            kv[knots] = Math.max(IsotonicCalibrator.EPS, Math.min(1 - IsotonicCalibrator.EPS, f[i]));
            knots++;
            i = j;
        }
        return new double[][]{Arrays.copyOf(kp, knots), Arrays.copyOf(kv, knots)};
    }

    @Test
    void isotonicMatchesMinMaxReferenceOnSeededRandomInputs() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rnd.nextInt(14);
            double[] p = new double[n];
            int[] y = new int[n];
            boolean ties = trial % 3 == 0;
            for (int k = 0; k < n; k++) {
                p[k] = ties ? rnd.nextInt(5) / 4.0 : rnd.nextDouble();
                y[k] = rnd.nextDouble() < 0.3 + 0.4 * p[k] ? 1 : 0;
            }
            IsotonicCalibrator cal = new IsotonicCalibrator(1);
            cal.fit(p, y, n);
            double[][] ref = referenceKnots(p, y);
            String at = "trial " + trial + " p=" + Arrays.toString(p) + " y=" + Arrays.toString(y);
            assertEquals(ref[0].length, cal.knotProbabilities().length, at);
            for (int j = 0; j < ref[0].length; j++) {
                assertEquals(ref[0][j], cal.knotProbabilities()[j], 1e-12, at);
                assertEquals(ref[1][j], cal.knotValues()[j], 1e-12, at);
            }
            double prev = -1;
            for (int q = 0; q <= 200; q++) {
                double x = q / 200.0;
                double v = cal.apply(x);
                assertEquals(interpolate(ref[0], ref[1], x), v, 1e-12, at + " x=" + x);
                assertTrue(v >= prev && v >= IsotonicCalibrator.EPS && v <= 1 - IsotonicCalibrator.EPS, at);
                prev = v;
            }
        }
    }

    @Test
    void outerBlocksHoldAtLeastTheMinimumAndStayMonotone() {
        Random rnd = new Random(5);
        int n = 400;
        double[] p = new double[n];
        int[] y = new int[n];
        for (int k = 0; k < n; k++) {
            p[k] = rnd.nextDouble();
            y[k] = rnd.nextDouble() < 0.3 + 0.4 * p[k] ? 1 : 0;
        }
        // the most extreme raw probabilities get the most extreme labels: plain isotonic pins the tails
        y[argmin(p)] = 0;
        y[argmax(p)] = 1;
        IsotonicCalibrator plain = new IsotonicCalibrator(1);
        plain.fit(p, y, n);
        IsotonicCalibrator guarded = new IsotonicCalibrator(30);
        guarded.fit(p, y, n);
        assertEquals(IsotonicCalibrator.EPS, plain.apply(0.0), 0.0);
        assertEquals(1 - IsotonicCalibrator.EPS, plain.apply(1.0), 0.0);
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double low = Arrays.stream(sorted, 0, 30).average().orElseThrow();
        double high = Arrays.stream(sorted, n - 30, n).average().orElseThrow();
        assertTrue(guarded.knotProbabilities()[0] >= low, "first knot covers >= 30 pairs");
        assertTrue(guarded.knotProbabilities()[guarded.knotProbabilities().length - 1] <= high);
        assertTrue(guarded.apply(0.0) > 0.05 && guarded.apply(1.0) < 0.95,
                guarded.apply(0.0) + " " + guarded.apply(1.0));
        double[] v = guarded.knotValues();
        for (int j = 1; j < v.length; j++) {
            assertTrue(v[j] > v[j - 1], "strictly increasing knots");
        }
    }

    private static int argmin(double[] a) {
        int best = 0;
        for (int k = 1; k < a.length; k++) {
            best = a[k] < a[best] ? k : best;
        }
        return best;
    }

    private static int argmax(double[] a) {
        int best = 0;
        for (int k = 1; k < a.length; k++) {
            best = a[k] > a[best] ? k : best;
        }
        return best;
    }

    private static double interpolate(double[] kp, double[] kv, double x) {
        int m = kp.length;
        if (x <= kp[0]) {
            return kv[0];
        }
        if (x >= kp[m - 1]) {
            return kv[m - 1];
        }
        int j = 0;
        while (kp[j + 1] <= x) {
            j++;
        }
        return kv[j] + (x - kp[j]) / (kp[j + 1] - kp[j]) * (kv[j + 1] - kv[j]);
    }

    @Test
    void unfittedCalibratorsAreTheIdentity() {
        for (String kind : MetaConfig.CALIBRATIONS) {
            assertEquals(0.37, Calibrator.of(kind).apply(0.37), 0.0, kind);
        }
        assertThrows(IllegalArgumentException.class, () -> Calibrator.of("beta"));
    }

    /** Plain Newton (no line search, no safeguards) on the same smoothed targets and ridge, from (0, 0). */
    private static double[] referencePlatt(double[] p, int[] y, int n) {
        int pos = Arrays.stream(y, 0, n).sum();
        double tp = (pos + 1.0) / (pos + 2.0);
        double tn = 1.0 / (n - pos + 2.0);
        double a = 0;
        double b = 0;
        double ridge = PlattCalibrator.RIDGE;
        for (int it = 0; it < 200; it++) {
            double ga = ridge * (a - 1);
            double gb = 0;
            double haa = ridge;
            double hab = 0;
            double hbb = 0;
            for (int k = 0; k < n; k++) {
                double c = Math.max(1e-6, Math.min(1 - 1e-6, p[k]));
                double f = Math.log(c / (1 - c));
                double q = 1 / (1 + Math.exp(-(a * f + b)));
                double t = y[k] == 1 ? tp : tn;
                ga += (q - t) * f;
                gb += q - t;
                haa += q * (1 - q) * f * f;
                hab += q * (1 - q) * f;
                hbb += q * (1 - q);
            }
            double det = haa * hbb - hab * hab;
            a -= (hbb * ga - hab * gb) / det;
            b -= (haa * gb - hab * ga) / det;
        }
        return new double[]{a, b};
    }

    @Test
    void plattMatchesDirectNewtonFit() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 50 + rnd.nextInt(400);
            double trueA = 0.3 + 2 * rnd.nextDouble();
            double trueB = rnd.nextGaussian() * 0.5;
            double[] p = new double[n];
            int[] y = new int[n];
            for (int k = 0; k < n; k++) {
                p[k] = 0.02 + 0.96 * rnd.nextDouble();
                double f = Math.log(p[k] / (1 - p[k]));
                y[k] = rnd.nextDouble() < 1 / (1 + Math.exp(-(trueA * f + trueB))) ? 1 : 0;
            }
            PlattCalibrator cal = new PlattCalibrator();
            cal.fit(p, y, n);
            double[] ref = referencePlatt(p, y, n);
            assertEquals(ref[0], cal.slope(), 1e-7, "trial " + trial);
            assertEquals(ref[1], cal.intercept(), 1e-7, "trial " + trial);
            double f = Math.log(0.7 / 0.3);
            assertEquals(1 / (1 + Math.exp(-(ref[0] * f + ref[1]))), cal.apply(0.7), 1e-7);
        }
    }

    @Test
    void plattStaysCheapAndSaneWhenRawProbabilitiesBarelyVary() {
        int n = 5000;
        double[] p = new double[n];
        int[] y = new int[n];
        Random rnd = new Random(3);
        for (int k = 0; k < n; k++) {
            p[k] = 0.52 + 1e-9 * rnd.nextGaussian();
            y[k] = rnd.nextDouble() < 0.55 ? 1 : 0;
        }
        PlattCalibrator cal = new PlattCalibrator();
        cal.fit(p, y, n);
        double rate = Arrays.stream(y).average().orElseThrow();
        assertEquals(rate, cal.apply(0.52), 0.01, "slope " + cal.slope() + " intercept " + cal.intercept());
        assertTrue(Double.isFinite(cal.slope()) && Math.abs(cal.slope() - 1) < 1, "slope " + cal.slope());
    }

    @Test
    void plattStaysFiniteOnSeparableData() {
        double[] p = {0.1, 0.2, 0.3, 0.7, 0.8, 0.9};
        int[] y = {0, 0, 0, 1, 1, 1};
        PlattCalibrator cal = new PlattCalibrator();
        cal.fit(p, y, p.length);
        assertTrue(Double.isFinite(cal.slope()) && cal.slope() > 0, "slope " + cal.slope());
        assertTrue(cal.apply(0.99) <= 1 - PlattCalibrator.EPS && cal.apply(0.01) >= PlattCalibrator.EPS);
    }

    @Test
    void reliabilityAndScores() {
        double[] p = {0.05, 0.15, 0.15, 0.95, 1.0};
        int[] y = {0, 0, 1, 1, 1};
        List<Reliability.Bin> bins = Reliability.curve(p, y, p.length, 10);
        assertEquals(3, bins.size());
        assertEquals(new Reliability.Bin(0.1, 0.2, 0.15, 0.5, 2), bins.get(1));
        assertEquals(0.975, bins.get(2).meanPredicted(), 1e-12);
        assertEquals(2, bins.get(2).count());
        double brier = (0.05 * 0.05 + 0.15 * 0.15 + 0.85 * 0.85 + 0.05 * 0.05 + 0) / 5;
        assertEquals(brier, Scores.brier(p, y, 5), 1e-12);
        assertEquals(0.25, Scores.constantBrier(0.5, y, 5), 1e-12);
        assertEquals(-Math.log(0.95), Scores.logLoss(0.05, 0), 1e-12);
        assertEquals(-Math.log(1e-3), Scores.logLoss(0.0, 1, 1e-3), 1e-12);
        double ece = (1 * 0.05 + 2 * 0.35 + 2 * 0.025) / 5;
        assertEquals(ece, Reliability.expectedCalibrationError(bins), 1e-12);
    }
}
