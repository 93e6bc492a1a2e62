package io.trader.layer2.core.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Naive reference of {@link CentredIc}: keeps every resolved sample and recomputes the weighted means,
 * centred (two-pass) covariances, effective sample size, t-stats and weights from scratch with explicit
 * decay weights {@code g^(N-1-k)}; the link slope by bisection on the derivative of the 1-D objective.
 */
final class NaiveCentredIc {

    final int alphas;
    final int horizon;
    final double g;
    final double tMin;
    final List<double[]> xs = new ArrayList<>();
    final List<Double> rs = new ArrayList<>();
    double[] ic;
    double[] weights;
    double beta;

    NaiveCentredIc(int alphas, int horizon, double halfLife, double tMin) {
        this.alphas = alphas;
        this.horizon = horizon;
        this.g = Math.pow(2, -1 / halfLife);
        this.tMin = tMin;
        this.ic = new double[alphas];
        this.weights = new double[alphas];
    }

    void update(double[] x, double r) {
        xs.add(x.clone());
        rs.add(r);
        int n = xs.size();
        double[] w = new double[n];
        double sw = 0;
        double sw2 = 0;
        for (int k = 0; k < n; k++) {
            w[k] = Math.pow(g, n - 1 - k);
            sw += w[k];
            sw2 += w[k] * w[k];
        }
        double mr = 0;
        for (int k = 0; k < n; k++) {
            mr += w[k] * rs.get(k) / sw;
        }
        double neff = sw * sw / sw2 / horizon;
        double total = 0;
        for (int i = 0; i < alphas; i++) {
            double mx = 0;
            double msq = 0;
            for (int k = 0; k < n; k++) {
                mx += w[k] * xs.get(k)[i] / sw;
                msq += w[k] * xs.get(k)[i] * xs.get(k)[i] / sw;
            }
            double cov = 0;
            double vx = 0;
            double vr = 0;
            double rsq = 0;
            for (int k = 0; k < n; k++) {
                double dx = xs.get(k)[i] - mx;
                double dr = rs.get(k) - mr;
                cov += w[k] * dx * dr / sw;
                vx += w[k] * dx * dx / sw;
                vr += w[k] * dr * dr / sw;
                rsq += w[k] * rs.get(k) * rs.get(k) / sw;
            }
            boolean varies = vx > 1e-12 * msq && vr > 1e-12 * rsq;
            ic[i] = varies ? cov / Math.sqrt(vx * vr) : 0;
            double t = ic[i] * Math.sqrt(Math.max(0, neff - 2)) / Math.sqrt(1 - ic[i] * ic[i]);
            weights[i] = ic[i] > 0 && neff > 2 && t >= tMin ? ic[i] : 0;
            total += weights[i];
        }
        for (int i = 0; i < alphas; i++) {
            weights[i] = total > 0 ? weights[i] / total : 0;
        }
    }

    double combined(double[] x) {
        double s = 0;
        for (int i = 0; i < alphas; i++) {
            s += weights[i] * x[i];
        }
        return s;
    }

    void refit(double[][] x, int[] y, int n, double l2) {
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            s[k] = combined(x[k]);
        }
        // derivative of the concave objective in b; it is decreasing, so bisect for its root
        double lo = -100;
        double hi = 100;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            double d = -l2 * mid;
            for (int k = 0; k < n; k++) {
                d += (y[k] - 1 / (1 + Math.exp(-mid * s[k]))) * s[k];
            }
            if (d > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double b = 0.5 * (lo + hi);
        beta = b > 0 ? b : 0;
    }

    double predict(double[] x) {
        return 1 / (1 + Math.exp(-beta * combined(x)));
    }
}
