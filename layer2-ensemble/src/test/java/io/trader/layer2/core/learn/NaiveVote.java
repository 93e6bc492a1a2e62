package io.trader.layer2.core.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Naive reference of {@link ConfidenceVote}: keeps every resolved sample and recomputes decayed hit rates
 * with explicit weights {@code g^(N-1-k)}, ranks by sorting, and fits the link by plain gradient ascent.
 */
final class NaiveVote {

    final int alphas;
    final double g;
    final double minVotes;
    final List<double[]> xs = new ArrayList<>();
    final List<Integer> ys = new ArrayList<>();
    double[] rate;
    double[] weights;
    double a;
    double b;

    NaiveVote(int alphas, double halfLife, double minVotes) {
        this.alphas = alphas;
        this.g = Math.pow(2, -1 / halfLife);
        this.minVotes = minVotes;
        this.rate = new double[alphas];
        this.weights = new double[alphas];
    }

    void update(double[] x, int y) {
        xs.add(x.clone());
        ys.add(y);
        int n = xs.size();
        for (int i = 0; i < alphas; i++) {
            double hits = 0;
            double votes = 0;
            for (int k = 0; k < n; k++) {
                double v = xs.get(k)[i];
                double w = Math.pow(g, n - 1 - k);
                if (v != 0) {
                    votes += w;
                    if (Math.signum(v) == (ys.get(k) == 1 ? 1.0 : -1.0)) {
                        hits += w;
                    }
                }
            }
            rate[i] = votes > 0 && votes >= minVotes ? hits / votes : 0.5;
        }
        // rank by sorting the qualifying rates; equal rates share the mean of their positions
        double[] sorted = Arrays.stream(rate).filter(h -> h > 0.5).sorted().toArray();
        double total = 0;
        for (int i = 0; i < alphas; i++) {
            weights[i] = 0;
            if (rate[i] > 0.5) {
                int first = -1;
                int last = -1;
                for (int p = 0; p < sorted.length; p++) {
                    if (sorted[p] == rate[i]) {
                        last = p;
                        if (first < 0) {
                            first = p;
                        }
                    }
                }
                weights[i] = 1 + 0.5 * (first + last);
            }
            total += weights[i];
        }
        for (int i = 0; i < alphas; i++) {
            weights[i] = total > 0 ? weights[i] / total : 0;
        }
    }

    double vote(double[] x) {
        double v = 0;
        for (int i = 0; i < alphas; i++) {
            v += weights[i] * Math.signum(x[i]) * Math.abs(x[i]);
        }
        return v;
    }

    void refit(double[][] x, int[] y, int n, double l2) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = vote(x[k]);
        }
        double[] ab = ascend(v, y, n, l2);
        if (!(ab[1] > 0)) {
            ab = ascend(new double[n], y, n, l2);
            ab[1] = 0;
        }
        a = ab[0];
        b = ab[1];
    }

    /** Gradient ascent with step 1/L on the penalised log-likelihood (intercept ridge 1e-6, as fitAffine). */
    static double[] ascend(double[] v, int[] y, int n, double l2) {
        double lip = 0.25 * n + l2 + 1e-6;
        for (int k = 0; k < n; k++) {
            lip += 0.25 * v[k] * v[k];
        }
        double a = 0;
        double b = 0;
        for (int it = 0; it < 200_000; it++) {
            double ga = -1e-6 * a;
            double gb = -l2 * b;
            for (int k = 0; k < n; k++) {
                double e = y[k] - 1 / (1 + Math.exp(-(a + b * v[k])));
                ga += e;
                gb += e * v[k];
            }
            a += ga / lip;
            b += gb / lip;
            if (Math.abs(ga) + Math.abs(gb) < 1e-10) {
                break;
            }
        }
        return new double[] {a, b};
    }

    double predict(double[] x) {
        return 1 / (1 + Math.exp(-(a + b * vote(x))));
    }
}
