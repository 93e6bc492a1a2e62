package io.trader.layer3.core.opt;

import io.trader.layer3.core.cov.PyPortfolioOptData;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forecasts-to-views entry point. Closed-form maths: tolerances are round-off sized (1e-12). */
class ForecastViewsTest {

    static final List<String> T = HrpOracleTest.TICKERS;

    /** The oracle's "Idzorek with priors" case expressed as forecasts: same performance figures. */
    @Test
    void idzorekOracleThroughForecasts() {
        double[][] s = BlackLittermanOracleTest.sampleCov();
        double[] expected = new double[20];
        double[] conf = new double[20];
        Arrays.fill(expected, Double.NaN);
        Arrays.fill(conf, Double.NaN);   // ignored where there is no view
        String[] names = {"GOOG", "AAPL", "FB", "BABA"};
        double[] q = {0.40, -0.30, 0.30, 0};
        double[] c = {1, 1, 0.25, 0.25};
        for (int v = 0; v < 4; v++) {
            expected[T.indexOf(names[v])] = q[v];
            conf[T.indexOf(names[v])] = c[v];
        }
        ForecastViews.Outcome o = ForecastViews.blend(s, expected, conf, ForecastViews.Prior.MARKET_CAPS,
                PyPortfolioOptData.tickerVector("market_caps"), 1, 0, 0.05);
        assertTrue(o.weights().ok(), o.weights().detail());
        assertEquals(4, o.views());
        assertEquals(-0.3, o.posteriorReturns()[T.indexOf("AAPL")], 1e-13);
        assertEquals(0.40, o.posteriorReturns()[T.indexOf("GOOG")], 1e-13);
        Performance p = Performance.of(o.weights().weights(), o.posteriorReturns(), o.posteriorCovariance(), 0.02);
        assertEquals(0.943431295405105, p.ret(), 1e-12);
        assertEquals(0.5361412623208567, p.vol(), 1e-12);
        assertEquals(1.722365653051476, p.sharpe(), 1e-12);
        // with rf = 0 the exposures are the un-normalised weights
        double sum = Arrays.stream(o.exposures()).sum();
        for (int i = 0; i < 20; i++) {
            assertEquals(o.weights().weights()[i], o.exposures()[i] / sum, 1e-12);
        }
    }

    /** Confidence 0 leaves the prior (Ω = 1e6); no views at all gives the prior exactly. */
    @Test
    void zeroConfidenceAndNoViewsKeepThePrior() {
        double[][] s = {{0.04, 0.01, 0.0}, {0.01, 0.09, 0.02}, {0.0, 0.02, 0.16}};
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        ForecastViews.Outcome o = ForecastViews.blend(s, none, none, ForecastViews.Prior.EQUAL_WEIGHT, null, 2.5, 0, 0.05);
        assertEquals(0, o.views());
        double[] pi = MarketImplied.priorFromWeights(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, 2.5, s, 0);
        assertArrayEquals(pi, o.posteriorReturns(), 0.0);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, o.weights().weights(), 1e-12);
        ForecastViews.Outcome z = ForecastViews.blend(s, new double[] {0.5, Double.NaN, -0.5},
                new double[] {0, 0.9, 0}, ForecastViews.Prior.EQUAL_WEIGHT, null, 2.5, 0, 0.05);
        assertEquals(2, z.views());
        assertArrayEquals(pi, z.posteriorReturns(), 1e-8);
    }

    /** Confidence 1 makes the posterior meet that view; other assets move through the covariance. */
    @Test
    void fullConfidenceMeetsTheView() {
        double[][] s = {{0.04, 0.01, 0.0}, {0.01, 0.09, 0.02}, {0.0, 0.02, 0.16}};
        ForecastViews.Outcome o = ForecastViews.blend(s, new double[] {0.2, Double.NaN, Double.NaN},
                new double[] {1, 0, 0}, ForecastViews.Prior.ZERO, null, 1, 0, 0.05);
        assertEquals(0.2, o.posteriorReturns()[0], 1e-15);
        assertEquals(0.2 * 0.01 / 0.04, o.posteriorReturns()[1], 1e-15);   // regression on asset 0
        assertEquals(0.0, o.posteriorReturns()[2], 1e-15);
    }

    @Test
    void badInputsFailWithAReasonAndNoWeights() {
        double[][] s = {{0.04, 0.01}, {0.01, 0.09}};
        ForecastViews.Outcome bad = ForecastViews.blend(s, new double[] {0.1, 0.2}, new double[] {0.5, 1.5},
                ForecastViews.Prior.ZERO, null, 1, 0, 0.05);
        assertFalse(bad.weights().ok());
        assertEquals("INVALID_VIEW", bad.weights().state());
        assertNull(bad.weights().weights());
        assertNull(bad.posteriorReturns());
        ForecastViews.Outcome npd = ForecastViews.blend(new double[][] {{1, 1}, {1, 1}}, new double[] {0.1, 0.2},
                new double[] {0.5, 0.5}, ForecastViews.Prior.ZERO, null, 1, 0, 0.05);
        assertEquals("NOT_POSITIVE_DEFINITE", npd.weights().state());
        ForecastViews.Outcome flat = ForecastViews.blend(s, new double[] {Double.NaN, Double.NaN},
                new double[] {0, 0}, ForecastViews.Prior.ZERO, null, 1, 0, 0.05);
        assertEquals("DEGENERATE", flat.weights().state());
        assertArrayEquals(new double[] {0, 0}, flat.posteriorReturns(), 0.0);
        ForecastViews.Outcome bearish = ForecastViews.blend(s, new double[] {-0.1, -0.2},
                new double[] {1, 1}, ForecastViews.Prior.ZERO, null, 1, 0, 0.05);
        assertEquals("DEGENERATE", bearish.weights().state(), "all-bearish views must not flip into a long book");
        assertTrue(bearish.exposures()[0] < 0 || bearish.exposures()[1] < 0);
        assertThrows(IllegalArgumentException.class, () -> ForecastViews.blend(s, new double[] {0.1, 0.2},
                new double[] {1, 1}, ForecastViews.Prior.MARKET_CAPS, null, 1, 0, 0.05));
    }
}
