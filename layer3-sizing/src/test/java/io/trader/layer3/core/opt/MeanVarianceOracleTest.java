package io.trader.layer3.core.opt;

import io.trader.layer3.core.cov.ExpectedReturns;
import io.trader.layer3.core.cov.LedoitWolf;
import io.trader.layer3.core.cov.PyPortfolioOptData;
import io.trader.layer3.core.cov.RiskModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of the oracle's "Expected numbers: EfficientFrontier" table (PyPortfolioOpt on stock_prices.csv,
 * mu = CAGR, S = sample covariance, both x252, rf = 0.02). Tolerance: the anchor asserts rtol 1e-7 with
 * cvxpy's interior-point solvers, whose own results carry ~1e-7 of solver error (e.g. the anchor's
 * efficient_risk vol 0.18999999989 for a 0.19 target). ojAlgo is a different (active-set) QP solver, so
 * (ret, vol, Sharpe) are compared with an absolute tolerance of {@value #TOL}. Observed worst errors
 * (2026-12): min-volatility, quadratic utility, efficient return <= 2e-14; max-Sharpe (transformed problem)
 * <= 1.7e-7; efficient risk <= 2.4e-7 (market-neutral + L2 row, where the anchor itself states atol 1e-6).
 */
class MeanVarianceOracleTest {

    /** The QP engine under test; the OjAlgo subclass reruns every case with ojAlgo. */
    QpSolver solver() {
        return QpSolver.INTERIOR_POINT;
    }

    /** ret, vol and Sharpe absolute tolerance for the cvxpy-vs-ojAlgo comparisons. */
    static final double TOL = 1e-6;
    static final int N = 20;

    static double[][] returns;
    static double[] mu;
    static double[][] s;

    @BeforeAll
    static void load() {
        returns = PyPortfolioOptData.returns();
        mu = ExpectedReturns.cagr(returns, 252);
        s = RiskModels.sample(returns, 252);
    }

    double[] check(String key, OptResult r, double[] m, double[][] cov) {
        assertTrue(r.ok(), key + ": " + r.state() + " " + r.detail());
        assertTrue(r.detail().startsWith(solver() == QpSolver.OJALGO ? "ojAlgo" : "interior point"), r.detail());
        double[] w = r.weights();
        Performance p = Performance.of(w, m, cov, 0.02);
        double[] exp = PyPortfolioOptData.frontier(key);
        double[] got = {p.ret(), p.vol(), p.sharpe()};
        assertArrayEquals(exp, got, TOL, key + " expected " + Arrays.toString(exp) + " got " + Arrays.toString(got) + " (" + r.detail() + ")");
        return w;
    }

    static Constraints longOnly() {
        return Constraints.longOnly(N);
    }

    static Constraints shorts() {
        return Constraints.bounded(N, -1, 1);
    }

    static double[] equal(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    MeanVariance mv() {
        return new MeanVariance(mu, s, solver());
    }

    @Test
    void minVolatility() {
        double[] w = check("test_min_volatility", mv().minVariance(longOnly()), mu, s);
        assertEquals(1.0, Arrays.stream(w).sum(), 1e-9);
        OptResult noMu = new MeanVariance(null, s, solver()).minVariance(longOnly());
        assertEquals(0.15915084514118694, Performance.of(noMu.weights(), null, s, 0).vol(), 1e-7);
    }

    @Test
    void minVolatilityShortEqualsClosedFormGmv() {
        double[] w = check("test_min_volatility_short", mv().minVariance(shorts()), mu, s);
        assertArrayEquals(ClosedForm.gmv(s), w, 1e-6);
    }

    @Test
    void minVolatilityL2AndTxCost() {
        check("test_min_volatility_L2_reg", mv().minVariance(longOnly().withL2(1)), mu, s);
        check("test_min_volatility_tx_costs_L2_reg",
                mv().minVariance(longOnly().withL2(1).withTxCost(equal(N), 0.001)), mu, s);
    }

    @Test
    void maxSharpe() {
        check("test_max_sharpe_long_only", mv().maxSharpe(0.02, longOnly()), mu, s);
        double[] w = check("test_max_sharpe_short", mv().maxSharpe(0.02, shorts()), mu, s);
        assertArrayEquals(ClosedForm.tangency(mu, s, 0.02), w, 1e-6);
        check("test_max_sharpe_L2_reg", mv().maxSharpe(0.02, longOnly().withL2(5)), mu, s);
        check("test_max_sharpe_L2_reg_with_shorts", mv().maxSharpe(0.02, shorts().withL2(1)), mu, s);
    }

    @Test
    void maxQuadraticUtility() {
        check("test_max_quadratic_utility", mv().maxQuadraticUtility(2, longOnly()), mu, s);
        check("test_max_quadratic_utility_with_shorts", mv().maxQuadraticUtility(1, shorts()), mu, s);
        double[] w = check("test_max_quadratic_utility_market_neutral",
                mv().maxQuadraticUtility(1, shorts().withNet(0)), mu, s);
        assertEquals(0, Arrays.stream(w).sum(), 1e-9);
        check("test_max_quadratic_utility_L2_reg", mv().maxQuadraticUtility(1, longOnly().withL2(5)), mu, s);
    }

    @Test
    void efficientRisk() {
        // the anchor states atol 1e-6 for these rows; the limit is met to 1e-10 here
        check("test_efficient_risk", mv().efficientRisk(0.19, longOnly()), mu, s);
        check("test_efficient_risk_short", mv().efficientRisk(0.19, shorts()), mu, s);
        check("test_efficient_risk_L2_reg", mv().efficientRisk(0.19, longOnly().withL2(5)), mu, s);
        check("test_efficient_risk_market_neutral", mv().efficientRisk(0.21, shorts().withNet(0)), mu, s);
        check("test_efficient_risk_market_neutral_L2_reg",
                mv().efficientRisk(0.19, shorts().withNet(0).withL2(1)), mu, s);
        for (double target : new double[] {0.16, 0.21, 0.30}) {
            OptResult r = mv().efficientRisk(target, longOnly());
            assertTrue(r.ok(), r.detail());
            assertEquals(target, Performance.of(r.weights(), mu, s, 0).vol(), 1e-5, "oracle: within 1e-5 of target");
        }
    }

    @Test
    void efficientReturn() {
        check("test_efficient_return", mv().efficientReturn(0.25, longOnly()), mu, s);
        OptResult r = mv().efficientReturn(0.2, longOnly());
        assertEquals(0.2, Performance.of(r.weights(), mu, s, 0).ret(), 1e-7, "oracle: 7 dp");
        check("test_efficient_return_L2_reg", mv().efficientReturn(0.25, longOnly().withL2(1)), mu, s);
        check("test_efficient_return_market_neutral", mv().efficientReturn(0.25, shorts().withNet(0)), mu, s);
    }

    @Test
    void efficientReturnWithoutBindingBoundsIsTheLagrangianSolution() {
        // (None, None) = (-1, 1) bounds; they do not bind, so the weights are the closed form (oracle: 7 dp)
        assertArrayEquals(ClosedForm.efficientReturn(mu, s, 0.25, 1),
                mv().efficientReturn(0.25, shorts()).weights(), 1e-7);
        assertArrayEquals(ClosedForm.efficientReturn(mu, s, 0.25, 0),
                mv().efficientReturn(0.25, shorts().withNet(0)).weights(), 1e-7);
    }

    @Test
    void syntheticLongShortTarget() {
        double[] m = {-0.15, -0.12, -0.1, -0.05, -0.01, 0.02, 0.03, 0.04, 0.05};
        double[] d = {0.2, 0.2, 0.4, 0.3, 0.1, 0.5, 0.2, 0.3, 0.1};
        double[][] cov = new double[9][9];
        for (int i = 0; i < 9; i++) {
            cov[i][i] = d[i];
        }
        check("test_efficient_return_longshort_target",
                new MeanVariance(m, cov, solver()).efficientReturn(0.08, Constraints.bounded(9, -1, 1).withNet(0)), m, cov);
    }

    @Test
    void alternativeRiskModels() {
        double[][] semi = RiskModels.semicovariance(returns, 0, 252);
        check("test_max_sharpe_semicovariance", new MeanVariance(mu, semi, solver()).maxSharpe(0.02, longOnly()), mu, semi);
        check("test_max_sharpe_short_semicovariance", new MeanVariance(mu, semi, solver()).maxSharpe(0.02, shorts()), mu, semi);
        double[][] cc = LedoitWolf.annualised(returns, LedoitWolf.Target.CONSTANT_CORRELATION, 252);
        check("test_min_volatility_shrunk_L2_reg", new MeanVariance(mu, cc, solver()).minVariance(longOnly().withL2(1)), mu, cc);
        double[][] sf = LedoitWolf.annualised(returns, LedoitWolf.Target.SINGLE_FACTOR, 252);
        check("test_efficient_return_shrunk", new MeanVariance(mu, sf, solver()).efficientReturn(0.22, longOnly()), mu, sf);
        double[][] ex = RiskModels.exponential(returns, 180, 252);
        check("test_max_sharpe_exp_cov", new MeanVariance(mu, ex, solver()).maxSharpe(0.02, longOnly()), mu, ex);
        check("test_min_volatility_exp_cov_L2_reg", new MeanVariance(mu, ex, solver()).minVariance(longOnly().withL2(1)), mu, ex);
        check("test_efficient_risk_exp_cov_market_neutral",
                new MeanVariance(mu, ex, solver()).efficientRisk(0.19, shorts().withNet(0)), mu, ex);
    }
}
