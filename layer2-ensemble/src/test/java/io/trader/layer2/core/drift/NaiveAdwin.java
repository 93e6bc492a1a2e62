package io.trader.layer2.core.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * Reference ADWIN0: keeps every value of the window and, after each value, checks every split of the whole
 * window into an older and a newer part (each at least {@code minSide} values), with the same bound as
 * {@link Adwin}; while a split is significant it drops the oldest value. O(W) per value.
 */
final class NaiveAdwin {

    private final double delta;
    private final int minSide;
    private final List<Double> window = new ArrayList<>();
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    NaiveAdwin(double delta, int minSide) {
        this.delta = delta;
        this.minSide = minSide;
    }

    /** Adds a value; +1 / -1 when a rise / fall was detected now, 0 otherwise. */
    int add(double x) {
        window.add(x);
        min = Math.min(min, x);
        max = Math.max(max, x);
        int dir = 0;
        int found;
        while (window.size() >= 2 * minSide && (found = cut()) != 0) {
            if (dir == 0) {
                dir = found;
            }
            window.remove(0);
        }
        return dir;
    }

    private int cut() {
        int n = window.size();
        double total = 0;
        for (double v : window) {
            total += v;
        }
        double mean = total / n;
        double sq = 0;
        for (double v : window) {
            sq += (v - mean) * (v - mean);
        }
        double varW = sq / n;
        double l = Math.log(2 * Math.log(n) / delta);
        double s1 = 0;
        for (int n1 = 1; n1 <= n - minSide; n1++) {
            s1 += window.get(n - n1);
            int n0 = n - n1;
            if (n1 < minSide) {
                continue;
            }
            double m1 = s1 / n1;
            double m0 = (total - s1) / n0;
            double m = 1.0 / (1.0 / n0 + 1.0 / n1);
            double eps = Math.sqrt(2.0 / m * varW * l) + 2.0 * (max - min) * l / (3.0 * m);
            if (Math.abs(m1 - m0) > eps) {
                return m1 > m0 ? 1 : -1;
            }
        }
        return 0;
    }

    int width() {
        return window.size();
    }

    double mean() {
        return window.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
