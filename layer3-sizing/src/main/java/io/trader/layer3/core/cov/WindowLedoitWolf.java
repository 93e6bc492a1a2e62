package io.trader.layer3.core.cov;

import java.util.Arrays;

/**
 * Constant-variance Ledoit-Wolf (sklearn's formula, as {@link LedoitWolf#constantVariance}) over the rows
 * of {@link CovarianceEngine}'s window, for the ready assets only, with preallocated scratch buffers.
 * Row order does not matter to the estimator, so the ring buffer is read in place. O(m^2 t).
 */
final class WindowLedoitWolf {

    private final int window;
    private double[] x = new double[0];
    private double[] emp = new double[0];
    private double[] mean = new double[0];
    private int[] idx = new int[0];
    private double delta = Double.NaN;

    WindowLedoitWolf(int window) {
        this.window = window;
    }

    void ensureCapacity(int cap) {
        x = new double[window * cap];
        emp = new double[cap * cap];
        mean = new double[cap];
        idx = new int[cap];
    }

    double delta() {
        return delta;
    }

    void estimate(double[] ring, int cap, int n, int t, boolean[] ready, double[][] out) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (ready[i]) {
                idx[m++] = i;
            }
            Arrays.fill(out[i], 0, n, Double.NaN);
        }
        if (m == 0 || t < 2) {
            delta = Double.NaN;
            return;
        }
        Arrays.fill(mean, 0, m, 0.0);
        for (int k = 0; k < t; k++) {
            for (int a = 0; a < m; a++) {
                double v = ring[k * cap + idx[a]];
                v = Double.isNaN(v) ? 0 : v;
                x[k * m + a] = v;
                mean[a] += v;
            }
        }
        for (int a = 0; a < m; a++) {
            mean[a] /= t;
        }
        double betaSum = 0;
        for (int k = 0; k < t; k++) {
            double rowSq = 0;
            for (int a = 0; a < m; a++) {
                double v = x[k * m + a] - mean[a];
                x[k * m + a] = v;
                rowSq += v * v;
            }
            betaSum += rowSq * rowSq; // sum_ij (X2'X2)_ij = sum_k (sum_i x_ki^2)^2
        }
        Arrays.fill(emp, 0, m * m, 0.0);
        for (int k = 0; k < t; k++) {
            int row = k * m;
            for (int a = 0; a < m; a++) {
                double va = x[row + a];
                if (va == 0) {
                    continue;
                }
                int ea = a * m;
                for (int b = a; b < m; b++) {
                    emp[ea + b] += va * x[row + b];
                }
            }
        }
        double trace = 0;
        double deltaSum = 0;
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double v = emp[a * m + b] / t;
                emp[a * m + b] = v;
                emp[b * m + a] = v;
                deltaSum += a == b ? v * v : 2 * v * v;
            }
            trace += emp[a * m + a];
        }
        double mu = trace / m;
        double shrink = 0;
        if (m > 1) {
            double beta = 1.0 / (m * (double) t) * (betaSum / t - deltaSum);
            double d = (deltaSum - 2.0 * mu * trace + m * mu * mu) / m;
            beta = Math.min(beta, d);
            shrink = beta == 0 ? 0 : beta / d;
        }
        delta = shrink;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                out[idx[a]][idx[b]] = (1 - shrink) * emp[a * m + b] + (a == b ? shrink * mu : 0);
            }
        }
    }
}
