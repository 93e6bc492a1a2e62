package io.trader.layer1.core.tune;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A 1-D Parzen estimator on {@code [lo, hi]}: an equal-weight mixture of Gaussians truncated to the
 * interval, one per observation plus a prior (mean at the centre, sigma = the interval width) of weight
 * {@code priorWeight}. Each observation's sigma is the larger distance to its neighbours (the interval
 * ends or the prior mean count as neighbours), clipped to {@code [width / min(100, 1 + n), width]}.
 */
final class Parzen {

    private final double lo;
    private final double hi;
    private final double[] mu;
    private final double[] sigma;
    private final double[] weight;
    private final double[] logMass;

    private Parzen(double lo, double hi, double[] mu, double[] sigma, double[] weight) {
        this.lo = lo;
        this.hi = hi;
        this.mu = mu;
        this.sigma = sigma;
        this.weight = weight;
        this.logMass = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            double mass = Normal.cdf((hi - mu[i]) / sigma[i]) - Normal.cdf((lo - mu[i]) / sigma[i]);
            logMass[i] = Math.log(Math.max(mass, 1e-300));
        }
    }

    static Parzen fit(double[] obs, double lo, double hi, double priorWeight) {
        double width = hi - lo;
        double prior = (lo + hi) / 2;
        int n = obs.length;
        double[] all = Arrays.copyOf(obs, n + 1);
        all[n] = prior;
        Arrays.sort(all);
        double minSigma = width / Math.min(100.0, 1.0 + n);
        double[] mu = new double[n + 1];
        double[] sigma = new double[n + 1];
        double[] weight = new double[n + 1];
        int k = 0;
        boolean priorPlaced = false;
        for (int i = 0; i <= n; i++) {
            if (!priorPlaced && all[i] == prior) {
                priorPlaced = true;
                continue;
            }
            double left = all[i] - (i == 0 ? lo : all[i - 1]);
            double right = (i == n ? hi : all[i + 1]) - all[i];
            mu[k] = all[i];
            sigma[k] = Math.max(minSigma, Math.min(width, Math.max(left, right)));
            weight[k] = 1.0;
            k++;
        }
        mu[n] = prior;
        sigma[n] = width;
        weight[n] = priorWeight;
        double total = n + priorWeight;
        for (int i = 0; i <= n; i++) {
            weight[i] /= total;
        }
        return new Parzen(lo, hi, mu, sigma, weight);
    }

    double sample(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        int j = 0;
        while (j < weight.length - 1 && u >= weight[j]) {
            u -= weight[j];
            j++;
        }
        for (int tries = 0; tries < 64; tries++) {
            double x = mu[j] + sigma[j] * gaussian(rnd);
            if (x >= lo && x <= hi) {
                return x;
            }
        }
        return Math.max(lo, Math.min(hi, mu[j]));
    }

    double logPdf(double x) {
        double max = Double.NEGATIVE_INFINITY;
        double[] terms = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            double z = (x - mu[i]) / sigma[i];
            terms[i] = Math.log(weight[i]) - 0.5 * z * z - Math.log(sigma[i]) - 0.5 * Math.log(2 * Math.PI) - logMass[i];
            max = Math.max(max, terms[i]);
        }
        double s = 0;
        for (double t : terms) {
            s += Math.exp(t - max);
        }
        return max + Math.log(s);
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Standard normal CDF via erfc (Numerical Recipes' Chebyshev fit, |error| < 1.2e-7). */
    static final class Normal {
        private Normal() {
        }

        static double cdf(double z) {
            return 0.5 * erfc(-z / Math.sqrt(2));
        }

        static double erfc(double x) {
            double z = Math.abs(x);
            double t = 1 / (1 + 0.5 * z);
            double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                    + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                    + t * (-0.82215223 + t * 0.17087277)))))))));
            return x >= 0 ? r : 2 - r;
        }
    }
}
