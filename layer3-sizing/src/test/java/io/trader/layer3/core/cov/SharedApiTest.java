package io.trader.layer3.core.cov;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Returns, SampleCovariance and ExpectedReturns against the PyPortfolioOpt dummy-table numbers. */
class SharedApiTest {

    static final double[][] DUMMY = {
        {4.0, 2.0, 0.6, -12}, {4.2, 2.1, 0.59, -13.2}, {3.9, 2.0, 0.58, -11.3},
        {4.3, 2.1, 0.62, -11.7}, {4.1, 2.2, 0.63, -10.1}};

    static double[][] firstThree(double[][] p) {
        double[][] out = new double[p.length][3];
        for (int i = 0; i < p.length; i++) {
            System.arraycopy(p[i], 0, out[i], 0, 3);
        }
        return out;
    }

    @Test
    void simpleReturnsDropTheFirstRowAndKeepGapsAsNaN() {
        double[][] r = Returns.simple(new double[][] {{1, Double.NaN}, {2, 4}, {3, Double.NaN}, {6, 5}});
        assertEquals(3, r.length);
        assertEquals(1.0, r[0][0], 0);
        assertTrue(Double.isNaN(r[0][1]));
        assertTrue(Double.isNaN(r[1][1]), "no forward fill: 4 -> NaN is NaN");
        assertTrue(Double.isNaN(r[2][1]), "no forward fill: NaN -> 5 is NaN, not 5/4 - 1");
        assertEquals(Math.log(2), Returns.log(new double[][] {{3}, {6}})[0][0], 1e-15);
    }

    @Test
    void sampleCovOfTheDummyTable() {
        // PyPortfolioOpt: sample_cov(dummy[:, :3]) / 252; the printed values are float64 repr, 1e-15 absolute.
        double[][] expected = {
            {0.006661687937656102, 0.00264970955585574, 0.0020849735375206195},
            {0.00264970955585574, 0.0023450491307634215, 0.00096770864287974},
            {0.0020849735375206195, 0.00096770864287974, 0.0016396416271856837}};
        double[][] s = SampleCovariance.pairwise(Returns.simple(firstThree(DUMMY)));
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expected[i], s[i], 1e-15);
        }
        // the same with log returns: the oracle states atol 1e-5
        double[][] logExp = {{0.006507, 0.002652, 0.001965}, {0.002652, 0.002345, 0.000950}, {0.001965, 0.000950, 0.001561}};
        double[][] sl = SampleCovariance.pairwise(Returns.log(firstThree(DUMMY)));
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(logExp[i], sl[i], 1e-5);
        }
    }

    @Test
    void meanReturnsOfTheDummyTable() {
        double[][] r = Returns.simple(DUMMY);
        // CAGR printed to 7 decimals in the oracle -> 1e-7 absolute
        assertArrayEquals(new double[] {0.0061922, 0.0241137, 0.0122722, -0.0421775}, ExpectedReturns.cagr(r, 1), 1e-7);
        double[] arith = ExpectedReturns.arithmetic(r, 1);
        double[] exp = {0.0086560, 0.0250000, 0.0128697, -0.03632333};
        for (int i = 0; i < 4; i++) {
            assertEquals(exp[i], arith[i], Math.abs(exp[i]) * 1e-3, "oracle rtol 1e-3");
        }
    }

    @Test
    void pairwiseUsesOnlyCommonRowsAndCountsThem() {
        double n = Double.NaN;
        double[][] r = {{0.1, n}, {0.2, n}, {-0.1, 0.3}, {0.0, 0.1}, {0.3, -0.2}};
        int[][] c = SampleCovariance.overlap(r);
        assertEquals(5, c[0][0]);
        assertEquals(3, c[1][1]);
        assertEquals(3, c[0][1]);
        assertEquals(3, c[1][0]);
        double[][] s = SampleCovariance.pairwise(r);
        // by hand over rows 2..4: x = (-0.1, 0, 0.3), y = (0.3, 0.1, -0.2); means 0.0667, 0.0667
        double mx = 0.2 / 3;
        double my = 0.2 / 3;
        double sxy = (-0.1 - mx) * (0.3 - my) + (0 - mx) * (0.1 - my) + (0.3 - mx) * (-0.2 - my);
        assertEquals(sxy / 2, s[0][1], 1e-15);
        double[][] corr = SampleCovariance.correlation(r);
        double sxx = Math.pow(-0.1 - mx, 2) + mx * mx + Math.pow(0.3 - mx, 2);
        double syy = Math.pow(0.3 - my, 2) + Math.pow(0.1 - my, 2) + Math.pow(-0.2 - my, 2);
        assertEquals(sxy / Math.sqrt(sxx * syy), corr[0][1], 1e-14);
        assertEquals(1.0, corr[1][1], 0);
    }

    @Test
    void cagrAndLogReturnOfTheStockPrices() {
        double[][] r = PyPortfolioOptData.returns();
        assertEquals(7125, r.length);
        assertEquals(20, r[0].length);
        // oracle: assert_array_almost_equal decimal=6
        assertArrayEquals(PyPortfolioOptData.tickerVector("mean_historical_return_CAGR_freq252"),
                ExpectedReturns.cagr(r, 252), 1.5e-6);
        double[][] lr = Returns.log(PyPortfolioOptData.prices());
        assertEquals(0.0001682740081102576, lr[lr.length - 1][19], 1e-17);
    }
}
