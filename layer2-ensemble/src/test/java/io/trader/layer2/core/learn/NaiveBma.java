package io.trader.layer2.core.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Naive reference of {@link ModelAveraging}: per-alpha links are {@link NaiveBayesianLogistic}s; every
 * prequential log-probability is stored, and the evidence, the climatology and the weights are
 * recomputed from the full history with explicit decay weights {@code g^(N-1-k)}.
 */
final class NaiveBma {

    final int alphas;
    final int horizon;
    final double g;
    final NaiveBayesianLogistic[] links;
    /** Per sample: log p_m(y) for m = 0 (climatology) .. alphas, each scored before learning. */
    final List<double[]> logProbs = new ArrayList<>();
    final List<Integer> ys = new ArrayList<>();
    final double[] prior;
    double[] weights;

    NaiveBma(int alphas, int horizon, double halfLife, double climatologyPrior, double lambda, double v0) {
        this.alphas = alphas;
        this.horizon = horizon;
        this.g = Math.pow(2, -1 / halfLife);
        this.links = new NaiveBayesianLogistic[alphas];
        for (int i = 0; i < alphas; i++) {
            links[i] = new NaiveBayesianLogistic(1, horizon, lambda, v0);
        }
        this.prior = new double[alphas + 1];
        prior[0] = climatologyPrior;
        for (int i = 1; i <= alphas; i++) {
            prior[i] = (1 - climatologyPrior) / alphas;
        }
        this.weights = prior.clone();
    }

    double climatology() {
        int n = ys.size();
        double sy = 0;
        double sn = 0;
        for (int k = 0; k < n; k++) {
            double w = Math.pow(g, n - 1 - k);
            sy += w * ys.get(k);
            sn += w;
        }
        return (sy + 1) / (sn + 2);
    }

    void update(double[] x, int y) {
        double[] lp = new double[alphas + 1];
        double p0 = climatology();
        lp[0] = Math.log(y == 1 ? p0 : 1 - p0);
        for (int i = 0; i < alphas; i++) {
            double[] row = {x[i]};
            double p = links[i].predict(row);
            lp[i + 1] = Math.log(y == 1 ? p : 1 - p);
            links[i].update(row, y);
        }
        logProbs.add(lp);
        ys.add(y);
        int n = logProbs.size();
        double[] evidence = new double[alphas + 1];
        for (int m = 0; m <= alphas; m++) {
            for (int k = 0; k < n; k++) {
                evidence[m] += Math.pow(g, n - 1 - k) * logProbs.get(k)[m] / horizon;
            }
        }
        double total = 0;
        for (int m = 0; m <= alphas; m++) {
            weights[m] = prior[m] * Math.exp(evidence[m]);
            total += weights[m];
        }
        for (int m = 0; m <= alphas; m++) {
            weights[m] /= total;
        }
    }

    double predict(double[] x) {
        double p = weights[0] * climatology();
        for (int i = 0; i < alphas; i++) {
            p += weights[i + 1] * links[i].predict(new double[] {x[i]});
        }
        return p;
    }
}
