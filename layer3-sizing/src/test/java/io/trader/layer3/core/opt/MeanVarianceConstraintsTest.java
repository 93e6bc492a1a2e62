package io.trader.layer3.core.opt;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constraint behaviour, failure reporting and validation of the mean-variance optimiser. */
class MeanVarianceConstraintsTest {

    /** The QP engine under test; the OjAlgo subclass reruns every case with ojAlgo. */
    QpSolver solver() {
        return QpSolver.INTERIOR_POINT;
    }

    static final Random RND = new Random(21);
    static final int N = 12;
    static final double[][] S = MeanVarianceReferenceTest.randomCov(RND, N);
    static final double[] MU = MeanVarianceReferenceTest.randomMu(RND, N);

    static double sumAbs(double[] w, double[] ref) {
        double t = 0;
        for (int i = 0; i < w.length; i++) {
            t += Math.abs(w[i] - (ref == null ? 0 : ref[i]));
        }
        return t;
    }

    @Test
    void anInfeasibleProblemReportsFailureWithAReasonNotZeroWeights() {
        MeanVariance mv = new MeanVariance(MU, S, solver());
        // caps of 5% on 12 assets cannot sum to 1
        Constraints capped = Constraints.bounded(N, 0, 0.05);
        for (OptResult r : new OptResult[] {mv.minVariance(capped), mv.maxSharpe(0.0, capped),
                mv.efficientReturn(0.1, capped), mv.maxQuadraticUtility(1, capped), mv.efficientRisk(0.3, capped)}) {
            assertFalse(r.ok());
            assertNull(r.weights());
            assertTrue(r.state().contains("INFEASIBLE") || r.state().equals("FAILED")
                    || r.state().equals("NOT_CONVERGED"), r.state() + ": " + r.detail());
            assertFalse(r.detail().isBlank());
        }
        // AUTO: the interior point does not converge, ojAlgo then names the state
        OptResult auto = new MeanVariance(MU, S, QpSolver.AUTO).minVariance(capped);
        assertFalse(auto.ok());
        assertEquals("INFEASIBLE", auto.state(), auto.detail());
        double maxMu = Arrays.stream(MU).max().orElseThrow();
        OptResult tooHigh = mv.efficientReturn(maxMu + 0.01, Constraints.longOnly(N));
        assertFalse(tooHigh.ok(), "a long-only target above every asset's return is infeasible");
        OptResult belowMin = mv.efficientRisk(1e-4, Constraints.longOnly(N));
        assertFalse(belowMin.ok());
        assertTrue(belowMin.detail().contains("minimum achievable volatility"), belowMin.detail());
        OptResult noExcess = mv.maxSharpe(1.0, Constraints.longOnly(N));
        assertFalse(noExcess.ok(), "no long-only portfolio beats rf = 100%: " + noExcess.detail());
    }

    @Test
    void grossLeverageTurnoverAndNetRangeHold() {
        MeanVariance mv = new MeanVariance(MU, S, solver());
        Constraints base = Constraints.bounded(N, -1, 1).withNetRange(-0.2, 0.5).withGross(1.5);
        OptResult r = mv.maxQuadraticUtility(0.5, base);
        assertTrue(r.ok(), r.detail());
        double[] w = r.weights();
        double net = Arrays.stream(w).sum();
        assertTrue(net >= -0.2 - 1e-9 && net <= 0.5 + 1e-9, "net " + net);
        assertEquals(1.5, sumAbs(w, null), 1e-7, "gross binds at a low risk aversion");
        double[] prev = new double[N];
        prev[0] = 0.5;
        prev[1] = -0.5;
        OptResult t = mv.maxQuadraticUtility(0.5, base.withTurnover(prev, 0.4));
        assertTrue(t.ok(), t.detail());
        assertTrue(sumAbs(t.weights(), prev) <= 0.4 + 1e-7);
        assertEquals(0.4, sumAbs(t.weights(), prev), 1e-6, "the turnover limit binds");
    }

    @Test
    void aLargeTransactionCostKeepsThePreviousWeights() {
        MeanVariance mv = new MeanVariance(MU, S, solver());
        double[] prev = new double[N];
        Arrays.fill(prev, 1.0 / N);
        OptResult r = mv.minVariance(Constraints.longOnly(N).withTxCost(prev, 1.0));
        assertTrue(r.ok(), r.detail());
        assertArrayEquals(prev, r.weights(), 1e-7, "no trade beats its cost");
        OptResult cheap = mv.minVariance(Constraints.longOnly(N).withTxCost(prev, 1e-6));
        assertTrue(sumAbs(cheap.weights(), prev) > 0.1, "a tiny cost lets it trade");
    }

    @Test
    void theVarLimitIsEnforcedByCuts() {
        MeanVariance mv = new MeanVariance(MU, S, solver());
        Constraints c = Constraints.bounded(N, -1, 1).withGross(3);
        OptResult free = mv.maxQuadraticUtility(1, c);
        double z = 1.645;
        double freeVar = z * Math.sqrt(LinAlg.quad(free.weights(), S)) - LinAlg.dot(MU, free.weights());
        double limit = freeVar / 2;
        OptResult r = mv.maxQuadraticUtility(1, c.withVar(z, limit));
        assertTrue(r.ok(), r.detail());
        double var = z * Math.sqrt(LinAlg.quad(r.weights(), S)) - LinAlg.dot(MU, r.weights());
        assertTrue(var <= limit + 1e-7, var + " > " + limit);
        assertEquals(limit, var, 1e-5, "the limit binds");
        OptResult sharpe = mv.maxSharpe(0.01, Constraints.longOnly(N).withVar(z, 0.0));
        assertTrue(sharpe.ok(), sharpe.detail());
        double sv = z * Math.sqrt(LinAlg.quad(sharpe.weights(), S)) - LinAlg.dot(MU, sharpe.weights());
        assertTrue(sv <= 1e-7, "max-Sharpe VaR " + sv);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        MeanVariance mv = new MeanVariance(MU, S, solver());
        OptResult r = mv.minVariance(Constraints.longOnly(N).withGross(-1));
        assertFalse(r.ok());
        assertEquals("INVALID", r.state());
        assertTrue(r.detail().startsWith("grossMax"), r.detail());
        assertTrue(mv.minVariance(Constraints.longOnly(N - 1)).detail().startsWith("lower"));
        assertTrue(mv.minVariance(Constraints.longOnly(N).withTurnover(null, 0.1)).detail().startsWith("previous"));
        assertTrue(mv.minVariance(Constraints.longOnly(N).withL2(Double.NaN)).detail().startsWith("l2Gamma"));
        double[] bad = new double[N];
        bad[3] = -1;
        assertTrue(mv.minVariance(Constraints.longOnly(N).withTxCost(new double[N], bad)).detail().startsWith("txCost[3]"));
        assertTrue(new MeanVariance(null, S, solver()).maxSharpe(0, Constraints.longOnly(N)).detail().startsWith("mu"));
        double[][] nan = LinAlg.copy(S);
        nan[2][2] = Double.NaN;
        assertTrue(new MeanVariance(MU, nan, solver()).minVariance(Constraints.longOnly(N)).detail().startsWith("sigma[2][2]"));
        assertThrows(IllegalArgumentException.class, () -> Constraints.longOnly(N).withNetRange(1, 0).validate(N));
        double[][] indefinite = {{1, 2, 0}, {2, 1, 0}, {0, 0, 1}};
        OptResult r3 = new MeanVariance(new double[] {0.1, 0.1, 0.1}, indefinite, solver()).minVariance(Constraints.longOnly(3));
        assertFalse(r3.ok());
        assertTrue(r3.detail().startsWith("sigma: not positive semidefinite"), r3.detail());
        double[][] repaired = io.trader.layer3.core.cov.RiskModels.fixPsd(indefinite);
        assertTrue(new MeanVariance(new double[] {0.1, 0.1, 0.1}, repaired, solver()).minVariance(Constraints.longOnly(3)).ok(),
                "a spectrally repaired (singular) matrix is accepted");
    }
}
