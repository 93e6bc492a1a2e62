package io.trader.layer3.core.opt;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Risk parity. Tolerances: the solver stops when every risk contribution is within 1e-10 of its budget,
 * so contributions are asserted to 1e-8 (the brief's bar) and closed forms to 1e-9 on weights (weights
 * move by about the contribution error divided by the budget).
 */
class RiskParityTest {

    /** Two assets: w1 = σ2 / (σ1 + σ2) whatever the correlation. */
    @Test
    void twoAssetsAreInverseVolatilityForAnyCorrelation() {
        double s1 = 0.3;
        double s2 = 0.1;
        for (double rho : new double[] {-0.95, -0.5, 0, 0.4, 0.95}) {
            double[][] sigma = {{s1 * s1, rho * s1 * s2}, {rho * s1 * s2, s2 * s2}};
            OptResult r = RiskParity.solve(sigma);
            assertTrue(r.ok(), r.detail());
            assertEquals(s2 / (s1 + s2), r.weights()[0], 1e-9, "rho " + rho);
            assertEquals(s1 / (s1 + s2), r.weights()[1], 1e-9, "rho " + rho);
        }
    }

    @Test
    void diagonalIsInverseVolatility() {
        double[] vol = {0.05, 0.2, 0.8, 0.33, 1.5};
        double[][] sigma = new double[5][5];
        double inv = 0;
        for (int i = 0; i < 5; i++) {
            sigma[i][i] = vol[i] * vol[i];
            inv += 1 / vol[i];
        }
        double[] w = RiskParity.solve(sigma).weights();
        for (int i = 0; i < 5; i++) {
            assertEquals(1 / vol[i] / inv, w[i], 1e-9);
        }
    }

    @Test
    void randomCovariancesMeetEqualBudgetsAndMatchCoordinateDescent() {
        Random rnd = new Random(20261203);
        for (int trial = 0; trial < 12; trial++) {
            int n = 20 + rnd.nextInt(31);
            double[][] sigma = randomCovariance(rnd, n);
            OptResult r = RiskParity.solve(sigma);
            assertTrue(r.ok(), r.detail());
            System.out.println("risk parity, " + n + " assets: " + r.detail());
            double[] w = r.weights();
            assertEquals(1.0, Arrays.stream(w).sum(), 1e-12);
            double[] rc = RiskParity.riskContributions(w, sigma);
            for (int i = 0; i < n; i++) {
                assertTrue(w[i] > 0);
                assertEquals(1.0 / n, rc[i], 1e-8, "trial " + trial + " asset " + i);
            }
            double[] b = new double[n];
            Arrays.fill(b, 1.0 / n);
            double[] ref = coordinateDescent(sigma, b);
            for (int i = 0; i < n; i++) {
                assertEquals(ref[i], w[i], 1e-9, "trial " + trial + " vs coordinate descent, asset " + i);
            }
        }
    }

    @Test
    void unequalBudgets() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 8; trial++) {
            int n = 20 + rnd.nextInt(31);
            double[][] sigma = randomCovariance(rnd, n);
            double[] budgets = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                budgets[i] = 0.1 + rnd.nextDouble() * 5;
                sum += budgets[i];
            }
            OptResult r = RiskParity.solve(sigma, budgets);
            assertTrue(r.ok(), r.detail());
            double[] rc = RiskParity.riskContributions(r.weights(), sigma);
            for (int i = 0; i < n; i++) {
                assertEquals(budgets[i] / sum, rc[i], 1e-8, "trial " + trial + " asset " + i);
            }
        }
    }

    @Test
    void notPositiveDefiniteIsAFailureWithoutWeights() {
        double[][] sigma = {{1, 1}, {1, 1}};
        OptResult r = RiskParity.solve(sigma);
        assertFalse(r.ok());
        assertNull(r.weights());
        assertEquals("NOT_POSITIVE_DEFINITE", r.state());
        double[][] nan = {{1, Double.NaN}, {Double.NaN, 1}};
        assertEquals("NOT_FINITE", RiskParity.solve(nan).state());
        assertThrows(IllegalArgumentException.class, () -> RiskParity.solve(new double[][] {{1}}, new double[] {0}));
    }

    /** Σ = A A' / m + small diagonal with A gaussian, vol scales from 1% to 100%, mixed correlations. */
    @Test
    void aWarmStartGivesTheSameWeightsInFewerSteps() {
        Random rnd = new Random(11);
        double[][] sigma = randomCovariance(rnd, 40);
        double[] ones = new double[40];
        java.util.Arrays.fill(ones, 1.0);
        OptResult cold = RiskParity.solve(sigma, ones);
        double[][] moved = new double[40][40];
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 40; j++) {
                moved[i][j] = sigma[i][j] * (i == j ? 1.01 : 1.0); // the next step's covariance, a little different
            }
        }
        OptResult fromScratch = RiskParity.solve(moved, ones);
        OptResult warm = RiskParity.solve(moved, ones, cold.weights());
        for (int i = 0; i < 40; i++) {
            assertEquals(fromScratch.weights()[i], warm.weights()[i], 1e-9);
        }
        int coldSteps = steps(fromScratch.detail());
        int warmSteps = steps(warm.detail());
        assertTrue(warmSteps < coldSteps, warm.detail() + " vs " + fromScratch.detail());
        assertEquals(fromScratch.weights().length, RiskParity.solve(moved, ones, new double[3]).weights().length,
                "a start of the wrong size is ignored");
    }

    private static int steps(String detail) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("after (\\d+) Newton steps").matcher(detail);
        assertTrue(m.find(), detail);
        return Integer.parseInt(m.group(1));
    }

    static double[][] randomCovariance(Random rnd, int n) {
        int m = n + 10;
        double[][] a = new double[n][m];
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = Math.exp(Math.log(0.01) + rnd.nextDouble() * Math.log(100));
            double common = rnd.nextGaussian();
            for (int k = 0; k < m; k++) {
                a[i][k] = scale[i] * (rnd.nextGaussian() + (k == 0 ? 2 * common : 0));
            }
        }
        double[][] sigma = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += a[i][k] * a[j][k];
                }
                sigma[i][j] = s / m + (i == j ? 1e-4 * scale[i] * scale[i] : 0);
            }
        }
        return sigma;
    }

    /**
     * Naive reference: cyclical coordinate descent on the same convex problem, each coordinate the
     * positive root of {@code Σ_ii x_i² + c_i x_i - b_i = 0}, {@code c_i = Σ_{j≠i} Σ_ij x_j}.
     */
    static double[] coordinateDescent(double[][] sigma, double[] b) {
        int n = b.length;
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double change = 0;
            for (int i = 0; i < n; i++) {
                double c = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        c += sigma[i][j] * x[j];
                    }
                }
                double xi = (-c + Math.sqrt(c * c + 4 * sigma[i][i] * b[i])) / (2 * sigma[i][i]);
                change = Math.max(change, Math.abs(xi - x[i]) / xi);
                x[i] = xi;
            }
            if (change < 1e-14) {
                break;
            }
        }
        double sum = Arrays.stream(x).sum();
        for (int i = 0; i < n; i++) {
            x[i] /= sum;
        }
        return x;
    }
}
