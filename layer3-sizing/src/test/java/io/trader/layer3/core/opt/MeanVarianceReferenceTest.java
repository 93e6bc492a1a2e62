package io.trader.layer3.core.opt;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optimiser against naive references on seeded random problems: closed forms for the equality-only
 * cases, and a brute-force grid over the simplex (step 0.0025) for 3-asset bounded cases. Grid checks: the
 * solver's objective is never worse than the best grid point (1e-9: ojAlgo meets constraints to ~1e-9, so a
 * binding limit can leave that much objective on the table) and its weights lie within 0.02 of it.
 */
class MeanVarianceReferenceTest {

    /** The QP engine under test; the OjAlgo subclass reruns every case with ojAlgo. */
    QpSolver solver() {
        return QpSolver.INTERIOR_POINT;
    }

    static final double INF = Double.POSITIVE_INFINITY;

    public static double[][] randomCov(Random rnd, int n) {
        double[][] a = new double[n][n + 2];
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rnd.nextGaussian() * 0.1;
            }
        }
        double[][] s = LinAlg.mul(a, LinAlg.transpose(a));
        for (int i = 0; i < n; i++) {
            s[i][i] += 0.005;
        }
        return s;
    }

    public static double[] randomMu(Random rnd, int n) {
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = 0.03 + 0.15 * rnd.nextDouble();
        }
        return mu;
    }

    static Constraints free(int n) {
        return Constraints.bounded(n, -INF, INF);
    }

    @Test
    void equalityOnlyProblemsMatchTheirClosedForms() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 8; trial++) {
            int n = 3 + rnd.nextInt(10);
            double[][] s = randomCov(rnd, n);
            double[] mu = randomMu(rnd, n);
            MeanVariance mv = new MeanVariance(mu, s, solver());
            assertArrayEquals(ClosedForm.gmv(s), mv.minVariance(free(n)).weights(), 1e-7, "GMV trial " + trial);
            double[] tan = ClosedForm.tangency(mu, s, 0.01);
            if (ClosedForm.sum(LinAlg.solve(s, minus(mu, 0.01))) > 0) {
                assertArrayEquals(tan, mv.maxSharpe(0.01, free(n)).weights(), 1e-6, "tangency trial " + trial);
            }
            double gmvRet = LinAlg.dot(mu, ClosedForm.gmv(s));
            double target = gmvRet + 0.05;
            assertArrayEquals(ClosedForm.efficientReturn(mu, s, target, 1),
                    mv.efficientReturn(target, free(n)).weights(), 1e-6, "efficient return trial " + trial);
            assertArrayEquals(ClosedForm.efficientReturn(mu, s, 0.05, 0),
                    mv.efficientReturn(0.05, free(n).withNet(0)).weights(), 1e-6, "market neutral trial " + trial);
            assertArrayEquals(ClosedForm.quadraticUtility(mu, s, 3, 1),
                    mv.maxQuadraticUtility(3, free(n)).weights(), 1e-7, "utility trial " + trial);
            // efficient risk at the efficient-return portfolio's volatility returns that portfolio
            double[] er = ClosedForm.efficientReturn(mu, s, target, 1);
            OptResult risk = mv.efficientRisk(Math.sqrt(LinAlg.quad(er, s)), free(n));
            assertArrayEquals(er, risk.weights(), 1e-5, "efficient risk trial " + trial);
        }
    }

    static double[] minus(double[] v, double c) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] -= c;
        }
        return out;
    }

    /** Feasible points of a 3-asset grid with sum w = 1 (w3 = 1 - w1 - w2) under c. */
    static double[][] grid(Constraints c) {
        double step = 0.0025;
        java.util.List<double[]> pts = new java.util.ArrayList<>();
        for (double a = c.lower()[0]; a <= c.upper()[0] + 1e-12; a += step) {
            for (double b = c.lower()[1]; b <= c.upper()[1] + 1e-12; b += step) {
                double[] w = {a, b, 1 - a - b};
                if (Feasibility.violation(w, c, null, null, Double.NaN, 1e-12) == null) {
                    pts.add(w);
                }
            }
        }
        return pts.toArray(new double[0][]);
    }

    /** The grid point minimising the objective (optionally with mu'w >= minReturn). */
    static double[] gridBest(double[][] pts, ToDoubleFunction<double[]> objective, double[] mu, double minReturn) {
        double best = INF;
        double[] arg = null;
        for (double[] w : pts) {
            if (!Double.isNaN(minReturn) && LinAlg.dot(mu, w) < minReturn) {
                continue;
            }
            double f = objective.applyAsDouble(w);
            if (f < best) {
                best = f;
                arg = w;
            }
        }
        return arg;
    }

    static double variance(double[] w, double[][] s) {
        return LinAlg.quad(w, s);
    }

    @Test
    void boundedThreeAssetProblemsMatchABruteForceGrid() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 4; trial++) {
            double[][] s = randomCov(rnd, 3);
            double[] mu = randomMu(rnd, 3);
            MeanVariance mv = new MeanVariance(mu, s, solver());
            double[] prev = {0.5, 0.3, 0.2};
            Constraints[] cases = {
                Constraints.longOnly(3),
                Constraints.longOnly(3).withBounds(new double[] {0, 0, 0}, new double[] {0.5, 0.6, 0.45}),
                Constraints.bounded(3, -0.5, 1).withGross(1.4),
                Constraints.bounded(3, -0.5, 1).withTurnover(prev, 0.3),
                Constraints.longOnly(3).withTxCost(prev, 0.002).withL2(0.01),
            };
            for (int k = 0; k < cases.length; k++) {
                Constraints c = cases[k];
                double[][] pts = grid(c);
                String tag = "trial " + trial + " case " + k;
                ToDoubleFunction<double[]> minVar = w -> variance(w, s) + c.l2Gamma() * LinAlg.dot(w, w) + cost(w, c);
                compare(tag + " min variance", mv.minVariance(c), minVar, gridBest(pts, minVar, mu, Double.NaN));
                ToDoubleFunction<double[]> util = w -> -LinAlg.dot(mu, w) + variance(w, s)
                        + c.l2Gamma() * LinAlg.dot(w, w) + cost(w, c);
                compare(tag + " utility", mv.maxQuadraticUtility(2, c), util, gridBest(pts, util, mu, Double.NaN));
                if (c.l2Gamma() == 0 && !c.hasTxCost()) {
                    ToDoubleFunction<double[]> negSharpe = w -> -(LinAlg.dot(mu, w) - 0.01) / Math.sqrt(variance(w, s));
                    compare(tag + " max Sharpe", mv.maxSharpe(0.01, c), negSharpe, gridBest(pts, negSharpe, mu, Double.NaN));
                    double[] mid = gridBest(pts, w -> -LinAlg.dot(mu, w), mu, Double.NaN);
                    double target = 0.5 * (LinAlg.dot(mu, mv.minVariance(c).weights()) + LinAlg.dot(mu, mid));
                    compare(tag + " efficient return", mv.efficientReturn(target, c), w -> variance(w, s),
                            gridBest(pts, w -> variance(w, s), mu, target));
                }
            }
        }
    }

    static double cost(double[] w, Constraints c) {
        if (!c.hasTxCost()) {
            return 0;
        }
        double t = 0;
        for (int i = 0; i < w.length; i++) {
            t += c.txCost()[i] * Math.abs(w[i] - c.previous()[i]);
        }
        return t;
    }

    static void compare(String tag, OptResult r, ToDoubleFunction<double[]> f, double[] grid) {
        assertTrue(r.ok(), tag + ": " + r.detail());
        double[] w = r.weights();
        assertTrue(f.applyAsDouble(w) <= f.applyAsDouble(grid) + 1e-9,
                tag + ": solver " + Arrays.toString(w) + " worse than grid " + Arrays.toString(grid));
        assertArrayEquals(grid, w, 0.02, tag + " weights near the grid optimum");
    }

    @Test
    void efficientRiskMatchesAGridOfLongOnlyPortfolios() {
        Random rnd = new Random(9);
        for (int trial = 0; trial < 5; trial++) {
            double[][] s = randomCov(rnd, 3);
            double[] mu = randomMu(rnd, 3);
            MeanVariance mv = new MeanVariance(mu, s, solver());
            Constraints c = Constraints.longOnly(3);
            double vMin = Math.sqrt(variance(mv.minVariance(c).weights(), s));
            double target = vMin * 1.15;
            OptResult r = mv.efficientRisk(target, c);
            assertTrue(r.ok(), r.detail());
            double[] g = gridBest(grid(c), w -> Math.sqrt(variance(w, s)) <= target ? -LinAlg.dot(mu, w) : INF, mu, Double.NaN);
            assertTrue(LinAlg.dot(mu, r.weights()) >= LinAlg.dot(mu, g) - 1e-12, "trial " + trial);
            assertEquals(target, Math.sqrt(variance(r.weights(), s)), 1e-9);
        }
    }
}
