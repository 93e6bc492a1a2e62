package io.trader.layer3.core.cov;

import io.trader.layer3.core.opt.LinAlg;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected returns and risk models. The oracle states CAPM to 6 decimals (1e-6 here); the covariance
 * estimators have no printed matrices in the oracle, so they are checked by hand on small tables here and
 * through the EfficientFrontier oracle numbers in {@code MeanVarianceOracleTest}.
 */
class RiskModelsTest {

    static final double N = Double.NaN;

    @Test
    void capmWithoutBenchmarkMatchesTheOracle() {
        double[][] r = PyPortfolioOptData.returns();
        assertArrayEquals(PyPortfolioOptData.tickerVector("capm_return_no_benchmark_rf0.02"),
                ExpectedReturns.capm(r, null, 0.02, 252, true), 1e-6);
    }

    @Test
    void capmWithTheSpyBenchmarkMatchesTheOracle() {
        double[][] r = PyPortfolioOptData.returns();
        double[] spy = PyPortfolioOptData.spyAlignedToStockReturns();
        assertEquals(r.length, spy.length);
        assertArrayEquals(PyPortfolioOptData.tickerVector("capm_return_spy_benchmark_rf0.02_compounding"),
                ExpectedReturns.capm(r, spy, 0.02, 252, true), 1e-6);
    }

    @Test
    void emaIsTheAdjustedEwmMeanSkippingNaNs() {
        double[][] r = {{0.1, N}, {N, 0.2}, {0.3, 0.4}};
        double a = 2.0 / (3 + 1.0); // span 3
        double d = 1 - a;
        double m0 = (0.3 + d * d * 0.1) / (1 + d * d); // the NaN row keeps its position (ignore_na=False)
        double m1 = (0.4 + d * 0.2) / (1 + d);
        assertArrayEquals(new double[] {m0 * 10, m1 * 10}, ExpectedReturns.ema(r, 3, 10, false), 1e-15);
        assertEquals(Math.pow(1 + m0, 10) - 1, ExpectedReturns.ema(r, 3, 10, true)[0], 1e-14);
    }

    @Test
    void semicovarianceCountsNaNAsNoDrop() {
        double[][] r = {{-0.1, 0.2}, {0.05, -0.3}, {-0.2, N}, {-0.1, -0.1}};
        double[][] s = RiskModels.semicovariance(r, 0, 1);
        assertEquals((0.01 + 0.04 + 0.01) / 4, s[0][0], 1e-15);
        assertEquals((0.09 + 0.01) / 4, s[1][1], 1e-15);
        assertEquals(0.01 / 4, s[0][1], 1e-15);
    }

    @Test
    void exponentialCovariancePerPair() {
        double[][] r = {{0.1, N}, {-0.2, 0.3}, {0.05, -0.1}, {0.0, 0.2}};
        double[][] s = RiskModels.exponential(r, 2, 1);
        double mx = (0.1 - 0.2 + 0.05) / 4;
        double my = 0.4 / 3;
        double d = 1 - 2.0 / 3;
        double num = (0.0 - mx) * (0.2 - my) + d * (0.05 - mx) * (-0.1 - my) + d * d * (-0.2 - mx) * (0.3 - my);
        assertEquals(num / (1 + d + d * d), s[0][1], 1e-15);
        double vx = (mx * mx + d * Math.pow(0.05 - mx, 2) + d * d * Math.pow(-0.2 - mx, 2)
                + d * d * d * Math.pow(0.1 - mx, 2)) / (1 + d + d * d + d * d * d);
        assertEquals(vx, s[0][0], 1e-15);
    }

    @Test
    void fixPsdLeavesAPositiveDefiniteMatrixAloneAndRepairsAnIndefiniteOne() {
        double[][] good = {{2, 1}, {1, 2}};
        assertSame(good, RiskModels.fixPsd(good));
        double[][] bad = {{1, 2}, {2, 1}}; // eigenvalues 3 and -1
        double[][] fixed = RiskModels.fixPsd(bad);
        assertArrayEquals(new double[] {1.5, 1.5}, fixed[0], 1e-12);
        assertArrayEquals(new double[] {1.5, 1.5}, fixed[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> RiskModels.fixPsd(new double[][] {{1, N}, {N, 1}}));
    }

    @Test
    void ledoitWolfTargetsHaveTheirStructureAndIntensityInRange() {
        double[][] r = PyPortfolioOptData.returns();
        for (LedoitWolf.Target target : LedoitWolf.Target.values()) {
            LedoitWolf.Shrunk sh = LedoitWolf.shrink(r, target);
            assertTrue(sh.delta() > 0 && sh.delta() < 1, target + " delta " + sh.delta());
            assertTrue(LinAlg.isPositiveDefinite(sh.cov()), target + " is positive definite");
        }
        // constant variance: off-diagonals are (1 - delta) times the biased covariance of the zero-filled data
        double[][] x = LedoitWolf.demeanedZeroFilled(r);
        double[][] emp = LedoitWolf.crossProduct(x, x);
        LedoitWolf.Shrunk cv = LedoitWolf.shrink(r, LedoitWolf.Target.CONSTANT_VARIANCE);
        assertEquals((1 - cv.delta()) * emp[0][1], cv.cov()[0][1], 1e-18);
        double trace = 0;
        for (int i = 0; i < emp.length; i++) {
            trace += emp[i][i];
        }
        assertEquals((1 - cv.delta()) * emp[3][3] + cv.delta() * trace / emp.length, cv.cov()[3][3], 1e-18);
        // constant correlation keeps the pairwise sample variances on the diagonal
        double[][] s = SampleCovariance.pairwise(r);
        LedoitWolf.Shrunk cc = LedoitWolf.shrink(r, LedoitWolf.Target.CONSTANT_CORRELATION);
        assertEquals(s[5][5], cc.cov()[5][5], 1e-18);
    }
}
