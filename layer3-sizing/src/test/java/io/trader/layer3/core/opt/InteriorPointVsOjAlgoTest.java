package io.trader.layer3.core.opt;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The in-house interior point against ojAlgo on seeded 20-asset problems with every constraint family
 * at once (bounds, net range, gross, turnover, transaction cost, L2). Weights agree to 1e-5: both engines
 * stop at ~1e-9 residuals, and a flat objective direction can move weights a little more than that.
 */
class InteriorPointVsOjAlgoTest {

    @Test
    void bothEnginesFindTheSamePortfolios() {
        Random rnd = new Random(17);
        int n = 20;
        for (int trial = 0; trial < 3; trial++) {
            double[][] s = MeanVarianceReferenceTest.randomCov(rnd, n);
            double[] mu = MeanVarianceReferenceTest.randomMu(rnd, n);
            double[] prev = new double[n];
            for (int i = 0; i < n; i++) {
                prev[i] = (rnd.nextDouble() - 0.3) * 0.1;
            }
            double[] cost = new double[n];
            for (int i = 0; i < n; i++) {
                cost[i] = 0.0005 + 0.002 * rnd.nextDouble();
            }
            Constraints c = Constraints.bounded(n, -0.1, 0.15).withNetRange(0.2, 0.8).withGross(1.4)
                    .withTurnover(prev, 0.9).withTxCost(prev, cost).withL2(0.01 * trial);
            MeanVariance ipm = new MeanVariance(mu, s, QpSolver.INTERIOR_POINT);
            MeanVariance oj = new MeanVariance(mu, s, QpSolver.OJALGO);
            compare("min variance " + trial, ipm.minVariance(c), oj.minVariance(c));
            compare("utility " + trial, ipm.maxQuadraticUtility(2, c), oj.maxQuadraticUtility(2, c));
            compare("max Sharpe " + trial, ipm.maxSharpe(0.01, c), oj.maxSharpe(0.01, c));
            compare("efficient return " + trial, ipm.efficientReturn(0.09, c), oj.efficientReturn(0.09, c));
        }
    }

    static void compare(String tag, OptResult a, OptResult b) {
        assertTrue(a.ok(), tag + " interior point: " + a.detail());
        assertTrue(b.ok(), tag + " ojAlgo: " + b.detail());
        assertArrayEquals(b.weights(), a.weights(), 1e-5, tag + ": " + Arrays.toString(a.weights()));
    }
}
