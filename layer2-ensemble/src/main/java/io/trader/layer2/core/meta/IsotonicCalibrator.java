package io.trader.layer2.core.meta;

import java.util.Arrays;

/**
 * Isotonic calibration: the non-decreasing step function of raw probability that minimises the squared
 * error to the labels (pool-adjacent-violators over the pairs sorted by raw probability; equal raw
 * probabilities are pooled first, and adjacent blocks with equal means are pooled too, so the block means
 * are strictly increasing). Each block is a knot at (mean raw probability, observed frequency);
 * {@link #apply} interpolates linearly between knots and is flat beyond the outer ones. Values are bounded
 * to {@code [EPS, 1 - EPS]}, so a calibrated probability is never a certainty.
 */
public final class IsotonicCalibrator implements Calibrator {

    /** Bound away from 0 and 1. */
    public static final double EPS = 1e-3;
    /** Default minimum number of pairs in each outer block. */
    public static final int DEFAULT_MIN_TAIL = 30;

    private final int minTail;

    private double[] knotP = new double[0];
    private double[] knotY = new double[0];

    public IsotonicCalibrator() {
        this(DEFAULT_MIN_TAIL);
    }

    /** @param minTailCount pairs each outer block must hold (1: plain isotonic regression) */
    public IsotonicCalibrator(int minTailCount) {
        if (minTailCount < 1) {
            throw new IllegalArgumentException("minTailCount must be >= 1, was " + minTailCount);
        }
        this.minTail = minTailCount;
    }

    @Override
    public String kind() {
        return "isotonic";
    }

    @Override
    public void fit(double[] p, int[] y, int n) {
        // sort the raw probabilities of each label apart (primitive sorts), then merge them in ascending order:
        // each distinct raw probability becomes one initial block
        int pos = 0;
        for (int k = 0; k < n; k++) {
            pos += y[k];
        }
        double[] ones = new double[pos];
        double[] zeros = new double[n - pos];
        int a = 0;
        int b = 0;
        for (int k = 0; k < n; k++) {
            if (y[k] == 1) {
                ones[a++] = p[k];
            } else {
                zeros[b++] = p[k];
            }
        }
        Arrays.sort(ones);
        Arrays.sort(zeros);
        double[] sumP = new double[n];
        double[] sumY = new double[n];
        double[] count = new double[n];
        int m = 0;
        a = 0;
        b = 0;
        while (a < ones.length || b < zeros.length) {
            double pk = a == ones.length ? zeros[b] : (b == zeros.length ? ones[a] : Math.min(ones[a], zeros[b]));
            double c = 0;
            double sy = 0;
            while (a < ones.length && ones[a] == pk) {
                a++;
                c++;
                sy++;
            }
            while (b < zeros.length && zeros[b] == pk) {
                b++;
                c++;
            }
            sumP[m] = pk * c;
            sumY[m] = sy;
            count[m] = c;
            m++;
            while (m >= 2 && sumY[m - 2] / count[m - 2] >= sumY[m - 1] / count[m - 1]) {
                sumP[m - 2] += sumP[m - 1];
                sumY[m - 2] += sumY[m - 1];
                count[m - 2] += count[m - 1];
                m--;
            }
        }
        int lo = 0;
        while (m - lo >= 2 && count[lo] < minTail) {
            sumP[lo + 1] += sumP[lo];
            sumY[lo + 1] += sumY[lo];
            count[lo + 1] += count[lo];
            lo++;
        }
        while (m - lo >= 2 && count[m - 1] < minTail) {
            sumP[m - 2] += sumP[m - 1];
            sumY[m - 2] += sumY[m - 1];
            count[m - 2] += count[m - 1];
            m--;
        }
        double[] kp = new double[m - lo];
        double[] ky = new double[m - lo];
        for (int j = lo; j < m; j++) {
            kp[j - lo] = sumP[j] / count[j];
            ky[j - lo] = Math.max(EPS, Math.min(1 - EPS, sumY[j] / count[j]));
        }
        knotP = kp;
        knotY = ky;
    }

    @Override
    public double apply(double p) {
        double[] kp = knotP;
        double[] ky = knotY;
        int m = kp.length;
        if (m == 0) {
            return p;
        }
        if (p <= kp[0]) {
            return ky[0];
        }
        if (p >= kp[m - 1]) {
            return ky[m - 1];
        }
        int lo = 0;
        int hi = m - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (kp[mid] <= p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double f = (p - kp[lo]) / (kp[hi] - kp[lo]);
        return ky[lo] + f * (ky[hi] - ky[lo]);
    }

    /** Knot raw probabilities (block means), ascending; a copy. */
    public double[] knotProbabilities() {
        return knotP.clone();
    }

    /** Knot calibrated values (block label frequencies, bounded), non-decreasing; a copy. */
    public double[] knotValues() {
        return knotY.clone();
    }
}
