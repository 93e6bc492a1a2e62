package io.trader.layer2.core.learn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BayesianLogisticTest {

    /**
     * Against the naive reference (full precision-matrix inversion every step) on seeded random inputs,
     * including sparse alphas, one-hot regime inputs, forgetting strong enough to hit the variance cap
     * and horizon tempering.
     */
    @ParameterizedTest
    @CsvSource({"1, 0.999, 1.0, 21", "5, 0.98, 0.5, 22", "24, 0.9, 2.0, 23", "1, 1.0, 1.0, 24"})
    void matchesNaiveReferenceEveryStep(int horizon, double lambda, double v0, long seed) {
        Samples s = Samples.market(seed, 1200, new double[] {0.4, 0.0, -0.2}, 2, 0.6, 0.001, 0.01);
        int width = 5;
        BayesianLogistic fast = new BayesianLogistic(width, horizon, lambda, v0);
        NaiveBayesianLogistic naive = new NaiveBayesianLogistic(width, horizon, lambda, v0);
        double[] contrib = new double[width];
        for (int k = 0; k < s.size(); k++) {
            String at = "step " + k;
            assertEquals(naive.predict(s.x[k]), fast.predict(s.x[k]), 1e-9, at);
            fast.update(s.x[k], s.y[k], s.r[k]);
            naive.update(s.x[k], s.y[k]);
            double[][] cov = naive.covariance();
            for (int i = 0; i <= width; i++) {
                assertEquals(naive.mu[i], fast.mean(i), 1e-8 * (1 + Math.abs(naive.mu[i])), at + " mu " + i);
                for (int j = 0; j <= width; j++) {
                    assertEquals(cov[i][j], fast.covariance(i, j), 1e-9 * v0, at + " sigma " + i + "," + j);
                }
            }
            fast.contributions(s.x[k], contrib);
            for (int j = 0; j < width; j++) {
                assertEquals(naive.mu[j + 1] * s.x[k][j], contrib[j], 1e-12, at);
            }
        }
        assertEquals(s.size(), fast.updates());
    }

    @Test
    void recoversKnownWeightsOnSyntheticLogisticData() {
        double[] theta = {0.3, 1.2, -0.8, 0.0};
        Samples s = Samples.logistic(7, 20_000, theta);
        BayesianLogistic b = new BayesianLogistic(3, 1, 1.0, 10.0);
        for (int k = 0; k < s.size(); k++) {
            b.update(s.x[k], s.y[k], s.r[k]);
        }
        for (int j = 0; j < theta.length; j++) {
            assertEquals(theta[j], b.mean(j), 0.08, "theta " + j);
            double sd = Math.sqrt(b.covariance(j, j));
            assertTrue(sd < 0.05, "posterior sd of theta " + j + " should have shrunk, is " + sd);
        }
    }

    /** The weight flips sign half-way: with forgetting the posterior follows, without it it cannot. */
    @Test
    void adaptsAfterAWeightFlipThanksToForgetting() {
        Samples before = Samples.logistic(8, 6000, new double[] {0, 1.5});
        Samples after = Samples.logistic(9, 1500, new double[] {0, -1.5});
        BayesianLogistic forgetting = new BayesianLogistic(1, 1, 0.995, 10.0);
        BayesianLogistic remembering = new BayesianLogistic(1, 1, 1.0, 10.0);
        for (Samples s : new Samples[] {before, after}) {
            for (int k = 0; k < s.size(); k++) {
                forgetting.update(s.x[k], s.y[k], s.r[k]);
                remembering.update(s.x[k], s.y[k], s.r[k]);
            }
        }
        assertTrue(forgetting.mean(1) < -1.0, "forgetting learner follows the flip, w = " + forgetting.mean(1));
        assertTrue(remembering.mean(1) > 0, "without forgetting the old evidence dominates, w = " + remembering.mean(1));
        assertTrue(forgetting.predict(new double[] {1}) < 0.3, "a long signal now predicts down");
    }

    @Test
    void predictionIsModeratedByUncertainty() {
        BayesianLogistic b = new BayesianLogistic(1, 1, 1.0, 1.0);
        assertEquals(0.5, b.predict(new double[] {1}), 0);
        Samples s = Samples.logistic(10, 300, new double[] {0, 2});
        for (int k = 0; k < s.size(); k++) {
            b.update(s.x[k], s.y[k], s.r[k]);
        }
        double[] x = {1.5};
        double eta = b.mean(0) + 1.5 * b.mean(1);
        double plugIn = LearnMath.sigmoid(eta);
        double p = b.predict(x);
        assertTrue(p > 0.5 && p < plugIn, "moderated " + p + " lies between 0.5 and the plug-in " + plugIn);
    }

    /** Overlapping horizons: H samples carry the evidence of one, so the posterior is wider. */
    @Test
    void horizonTemperingWidensThePosterior() {
        Samples s = Samples.logistic(11, 2000, new double[] {0, 1});
        BayesianLogistic h1 = new BayesianLogistic(1, 1, 1.0, 1.0);
        BayesianLogistic h10 = new BayesianLogistic(1, 10, 1.0, 1.0);
        for (int k = 0; k < s.size(); k++) {
            h1.update(s.x[k], s.y[k], s.r[k]);
            h10.update(s.x[k], s.y[k], s.r[k]);
        }
        double ratio = h10.covariance(1, 1) / h1.covariance(1, 1);
        assertTrue(ratio > 8 && ratio < 12, "variance ratio ~10, is " + ratio);
    }

    /** 200,000 rank-one downdates with forgetting: the covariance stays symmetric and positive definite. */
    @Test
    void covarianceStaysPositiveDefiniteOverALongRun() {
        Samples s = Samples.market(12, 200_000, new double[] {0.3, 0.0, -0.2, 0.1, 0.0, 0.2}, 4, 0.7, 0.001, 0.01);
        BayesianLogistic b = new BayesianLogistic(10, 4);
        for (int k = 0; k < s.size(); k++) {
            b.update(s.x[k], s.y[k], s.r[k]);
        }
        int d = 11;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sym = Math.abs(b.covariance(i, j) - b.covariance(j, i));
                assertTrue(sym <= 1e-12 * Math.sqrt(b.covariance(i, i) * b.covariance(j, j)), "symmetric " + i + "," + j);
                double v = b.covariance(i, j);
                for (int k = 0; k < j; k++) {
                    v -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    assertTrue(v > 0, "Cholesky pivot " + i + " = " + v + ": not positive definite");
                    l[i][i] = Math.sqrt(v);
                } else {
                    l[i][j] = v / l[j][j];
                }
            }
            assertTrue(b.covariance(i, i) <= 1.0 + 1e-12, "variance capped at the prior's");
        }
        assertTrue(b.mean(1) > 0 && b.mean(3) < 0, "signs of the skills learned");
    }

    @Test
    void rejectsBadInputAndSettings() {
        BayesianLogistic b = new BayesianLogistic(2, 1);
        assertThrows(IllegalArgumentException.class, () -> b.update(new double[] {1}, 1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> b.update(new double[] {Double.NaN, 0}, 1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> b.update(new double[] {1, 0}, 2, 0.01));
        assertEquals(0, b.updates());
        assertThrows(IllegalArgumentException.class, () -> new BayesianLogistic(2, 1, 0.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new BayesianLogistic(2, 1, 1.1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new BayesianLogistic(2, 1, 0.99, -1.0));
        assertThrows(IllegalArgumentException.class, () -> new BayesianLogistic(2, 0));
    }
}
