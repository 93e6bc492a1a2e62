package io.trader.layer3.core.opt;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Black-Litterman against a naive reference on seeded random problems: the textbook precision form
 * {@code μ = [(τΣ)^-1 + P'Ω^-1P]^-1 [(τΣ)^-1 π + P'Ω^-1 Q]}, {@code Σ_post = Σ + [(τΣ)^-1 + P'Ω^-1P]^-1},
 * computed with explicit inverses. Both are exact algebra; the relative tolerance 1e-9 covers the
 * round-off of the explicit inverses (condition numbers up to ~1e4 here).
 */
class BlackLittermanTest {

    @Test
    void matchesThePrecisionFormOnRandomProblems() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            int n = 3 + rnd.nextInt(10);
            int k = 1 + rnd.nextInt(n);
            double[][] s = RiskParityTest.randomCovariance(rnd, n);
            double[] pi = new double[n];
            for (int i = 0; i < n; i++) {
                pi[i] = 0.1 * rnd.nextGaussian();
            }
            double[][] p = new double[k][n];
            double[] q = new double[k];
            for (int v = 0; v < k; v++) {
                for (int j = 0; j < n; j++) {
                    p[v][j] = rnd.nextDouble() < 0.5 ? rnd.nextGaussian() : 0;
                }
                p[v][v] = 1;   // keeps P full row rank
                q[v] = 0.2 * rnd.nextGaussian();
            }
            double tau = 0.01 + rnd.nextDouble() * 0.1;
            double[][] omega = rnd.nextBoolean() ? BlackLitterman.heLittermanOmega(s, p, tau)
                    : BlackLitterman.idzorekOmega(s, p, confidences(rnd, k), tau);
            BlackLitterman.Posterior post = BlackLitterman.posterior(s, pi, p, q, omega, tau);

            double[][] tsInv = LinAlg.inverse(scale(s, tau));
            double[][] pt = LinAlg.transpose(p);
            double[][] oInv = LinAlg.inverse(omega);
            double[][] prec = add(tsInv, LinAlg.mul(LinAlg.mul(pt, oInv), p));
            double[][] precInv = LinAlg.inverse(prec);
            double[] rhs = LinAlg.mul(tsInv, pi);
            double[] viewPart = LinAlg.mul(LinAlg.mul(pt, oInv), q);
            for (int i = 0; i < n; i++) {
                rhs[i] += viewPart[i];
            }
            double[] mu = LinAlg.mul(precInv, rhs);
            double[][] cov = add(s, precInv);
            for (int i = 0; i < n; i++) {
                assertEquals(mu[i], post.returns()[i], 1e-9 * (1 + Math.abs(mu[i])), "trial " + trial);
                for (int j = 0; j < n; j++) {
                    assertEquals(cov[i][j], post.covariance()[i][j], 1e-9 * Math.abs(cov[i][i]), "trial " + trial);
                    assertEquals(post.covariance()[i][j], post.covariance()[j][i], 0.0, "symmetric");
                }
            }
        }
    }

    private static double[] confidences(Random rnd, int k) {
        double[] c = new double[k];
        for (int v = 0; v < k; v++) {
            c[v] = 0.05 + 0.9 * rnd.nextDouble();
        }
        return c;
    }

    private static double[][] scale(double[][] a, double f) {
        double[][] out = LinAlg.copy(a);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= f;
            }
        }
        return out;
    }

    private static double[][] add(double[][] a, double[][] b) {
        double[][] out = LinAlg.copy(a);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                out[i][j] += b[i][j];
            }
        }
        return out;
    }

    @Test
    void cleanWeightsCutsAndRoundsHalfEven() {
        double[] w = BlackLitterman.cleanWeights(new double[] {0.00009, -0.00009, 0.123456789, -1.000004, 0.5});
        assertArrayEquals(new double[] {0, 0, 0.12346, -1.0, 0.5}, w, 0.0);
    }

    @Test
    void rejectsBadConfidencesAndShapes() {
        double[][] s = LinAlg.identity(2);
        double[][] p = BlackLitterman.absoluteViews(2, new int[] {0});
        assertThrows(IllegalArgumentException.class, () -> BlackLitterman.idzorekOmega(s, p, new double[] {1.2}, 0.05));
        assertThrows(IllegalArgumentException.class, () -> BlackLitterman.idzorekOmega(s, p, new double[] {Double.NaN}, 0.05));
        assertThrows(IllegalArgumentException.class, () -> BlackLitterman.absoluteViews(2, new int[] {2}));
        assertThrows(IllegalArgumentException.class,
                () -> BlackLitterman.posteriorReturns(s, null, p, new double[] {0.1, 0.2}, new double[1][1], 0.05));
    }

    @Test
    void riskAversionNeedsReturns() {
        assertThrows(IllegalArgumentException.class, () -> MarketImplied.riskAversion(new double[] {1, 2}, 0, 252));
        assertThrows(IllegalArgumentException.class, () -> MarketImplied.priorReturns(new double[] {0, 0},
                1, LinAlg.identity(2), 0));
    }
}
