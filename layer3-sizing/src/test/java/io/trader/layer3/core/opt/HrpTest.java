package io.trader.layer3.core.opt;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HRP on hand-checkable cases. Closed-form arithmetic: tolerances are round-off sized. */
class HrpTest {

    static double[][] corrOf(double[][] cov) {
        int n = cov.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
            }
        }
        return c;
    }

    /** Two assets: the inverse-variance split, whatever the correlation. */
    @Test
    void twoAssetsAreInverseVariance() {
        double[][] cov = {{0.04, 0.006}, {0.006, 0.01}};
        double[] w = Hrp.allocate(corrOf(cov), cov).weights();
        assertEquals(0.01 / (0.04 + 0.01), w[0], 1e-15);
        assertEquals(0.04 / (0.04 + 0.01), w[1], 1e-15);
    }

    /** Uncorrelated assets: every bisection is inverse variance, so the result is inverse variance. */
    @Test
    void diagonalIsInverseVariance() {
        double[] var = {0.01, 0.04, 0.09, 0.02, 0.05, 0.03, 0.07};
        double[][] cov = new double[7][7];
        double inv = 0;
        for (int i = 0; i < 7; i++) {
            cov[i][i] = var[i];
            inv += 1 / var[i];
        }
        double[] w = Hrp.allocate(corrOf(cov), cov).weights();
        for (int i = 0; i < 7; i++) {
            assertEquals(1 / var[i] / inv, w[i], 1e-15);
        }
    }

    /**
     * Two tight blocks {0, 2} and {1, 3} (correlation 0.9 inside, 0.1 across): the leaf order keeps each
     * block together, and the bisection splits the blocks first.
     */
    @Test
    void blocksStayTogetherInTheLeafOrder() {
        double[][] corr = {{1, 0.1, 0.9, 0.1}, {0.1, 1, 0.1, 0.95}, {0.9, 0.1, 1, 0.1}, {0.1, 0.95, 0.1, 1}};
        double[] vol = {0.1, 0.2, 0.3, 0.4};
        double[][] cov = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                cov[i][j] = corr[i][j] * vol[i] * vol[j];
            }
        }
        Hrp.Allocation a = Hrp.allocate(corr, cov);
        // scipy: merges (1,3) at d=sqrt(0.025), then (0,2) at d=sqrt(0.05), then (4,5): pre-order 1,3,0,2
        assertArrayEquals(new int[] {1, 3, 0, 2}, a.order());
        double v13 = Hrp.clusterVariance(cov, new int[] {1, 3});
        double v02 = Hrp.clusterVariance(cov, new int[] {0, 2});
        double alpha = 1 - v13 / (v13 + v02);
        assertEquals(alpha * 0.16 / 0.2, a.weights()[1], 1e-15);
        assertEquals((1 - alpha) * 0.09 / 0.1, a.weights()[0], 1e-15);
        assertEquals(1.0, Arrays.stream(a.weights()).sum(), 1e-15);
    }

    @Test
    void randomProblemsAreLongOnlyAndSumToOne() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 10; trial++) {
            double[][] cov = RiskParityTest.randomCovariance(rnd, 5 + rnd.nextInt(40));
            OptResult r = Hrp.solve(corrOf(cov), cov);
            assertTrue(r.ok(), r.detail());
            double sum = 0;
            for (double w : r.weights()) {
                assertTrue(w > 0 && w <= 1);
                sum += w;
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void badInputIsAFailureWithoutWeights() {
        double[][] cov = {{0.04, Double.NaN}, {Double.NaN, 0.01}};
        OptResult r = Hrp.solve(corrOf(cov), cov);
        assertFalse(r.ok());
        assertNull(r.weights());
        assertEquals("INVALID_INPUT", r.state());
        double[][] zeroVar = {{0.0, 0.0}, {0.0, 0.01}};
        assertFalse(Hrp.solve(new double[][] {{1, 0}, {0, 1}}, zeroVar).ok());
    }
}
