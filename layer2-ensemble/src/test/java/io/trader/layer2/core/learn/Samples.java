package io.trader.layer2.core.learn;

import java.util.Random;

/** Seeded synthetic resolved samples for the meta-learner tests: rows, labels and returns. */
final class Samples {

    final double[][] x;
    final int[] y;
    final double[] r;

    Samples(int n, int width) {
        x = new double[n][width];
        y = new int[n];
        r = new double[n];
    }

    int size() {
        return y.length;
    }

    /**
     * Random rows of {@code alphas} signals in [-1, 1] (each zero with probability {@code zeros}) and
     * {@code extra} one-hot regime inputs; the return is {@code vol * (sum_i skill_i * x_i + N(0, 1)) + drift}
     * and {@code y = [r > 0]}.
     */
    static Samples market(long seed, int n, double[] skill, int extra, double zeros, double drift, double vol) {
        Random rnd = new Random(seed);
        int a = skill.length;
        Samples s = new Samples(n, a + extra);
        for (int k = 0; k < n; k++) {
            double signal = 0;
            for (int i = 0; i < a; i++) {
                double v = rnd.nextDouble() < zeros ? 0 : Math.tanh(rnd.nextGaussian());
                s.x[k][i] = v;
                signal += skill[i] * v;
            }
            if (extra > 0) {
                s.x[k][a + rnd.nextInt(extra)] = 1;
            }
            s.r[k] = vol * (signal + rnd.nextGaussian()) + drift;
            s.y[k] = s.r[k] > 0 ? 1 : 0;
        }
        return s;
    }

    /** Rows of N(0, 1) inputs with labels drawn from {@code sigmoid(theta[0] + theta[1..] . x)}. */
    static Samples logistic(long seed, int n, double[] theta) {
        Random rnd = new Random(seed);
        int w = theta.length - 1;
        Samples s = new Samples(n, w);
        for (int k = 0; k < n; k++) {
            double eta = theta[0];
            for (int j = 0; j < w; j++) {
                s.x[k][j] = rnd.nextGaussian();
                eta += theta[j + 1] * s.x[k][j];
            }
            s.y[k] = rnd.nextDouble() < LearnMath.sigmoid(eta) ? 1 : 0;
            s.r[k] = s.y[k] == 1 ? 0.01 : -0.01;
        }
        return s;
    }
}
