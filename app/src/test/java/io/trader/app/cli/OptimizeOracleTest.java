package io.trader.app.cli;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.trader.app.cli.OptimizeCommandTest.figure;
import static io.trader.app.cli.OptimizeCommandTest.readWeights;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code trader optimize} reproduces PyPortfolioOpt's published figures on its own price file
 * (/work/shared/oracles/README.md section 1). Tolerance 1e-4 for the mean-variance figures: a different QP solver
 * (ojAlgo) than the oracle's cvxpy, and the printout rounds to 6 decimals; 1e-5 for the closed-form
 * Black-Litterman figures (no solver, only the 6-decimal printout).
 */
class OptimizeOracleTest {

    private static final String[] MARKET_CAPS = {"GOOG,927000000000", "AAPL,1190000000000", "FB,574000000000",
        "BABA,533000000000", "AMZN,867000000000", "GE,96000000000", "AMD,43000000000", "WMT,339000000000",
        "BAC,301000000000", "GM,51000000000", "T,61000000000", "UAA,78000000000", "SHLD,0", "XOM,295000000000",
        "RRC,1000000000", "BBY,22000000000", "MA,288000000000", "PFE,212000000000", "JPM,422000000000",
        "SBUX,102000000000"};

    @TempDir
    Path tmp;

    private static String stocks() {
        return SharedData.sharedFile("oracles/pyportfolioopt/stock_prices.csv").toString();
    }

    private static void assertPerformance(Cli.Outcome r, double ret, double vol, double sharpe, double tol) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals(ret, figure(r, "expected return"), tol, "return\n" + r.out());
        assertEquals(vol, figure(r, "volatility"), tol, "volatility");
        assertEquals(sharpe, figure(r, "sharpe"), tol, "sharpe");
    }

    @Test
    void minVarianceLongOnly() throws IOException {
        Path out = tmp.resolve("mv.csv");
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks(), "--method", "min-variance", "--long-only",
                "--out", out.toString());
        assertPerformance(r, 0.15056821399482578, 0.15915084514118694, 0.8204054077060996, 1e-4);
        Map<String, Double> w = readWeights(out);
        assertEquals(1.0, w.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        assertTrue(w.values().stream().allMatch(x -> x >= 0), "long-only: " + w);
    }

    @Test
    void minVarianceWithShortingIsTheClosedFormGmv() {
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks(), "--method", "min-variance");
        assertPerformance(r, 0.1516319319875544, 0.1555915367269669, 0.8460095886741129, 1e-4);
    }

    @Test
    void maxSharpeLongOnlyAndWithShorting() {
        assertPerformance(Cli.run("optimize", "--prices", stocks(), "--method", "max-sharpe", "--long-only"),
                0.3047768672819914, 0.22165566922402932, 1.2847714127003216, 1e-4);
        assertPerformance(Cli.run("optimize", "--prices", stocks(), "--method", "max-sharpe", "--rf", "0.02"),
                0.4937195216716211, 0.29516576454651955, 1.6049270564945908, 1e-4);
    }

    @Test
    void blackLittermanWithTheMarketPrior() throws IOException {
        Path caps = Files.write(tmp.resolve("caps.csv"), List.of(MARKET_CAPS));
        Path views = Files.writeString(tmp.resolve("views.csv"), "asset,view\nGOOG,0.40\nAAPL,-0.30\nFB,0.30\nBABA,0\n");
        // delta = market-implied risk aversion of SPY at rf 0.02 (oracle: 2.685491066228311)
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks(), "--method", "black-litterman", "--market-caps",
                caps.toString(), "--views", views.toString(), "--risk-aversion", "2.685491066228311");
        assertPerformance(r, 0.2580693114409672, 0.265445955488424, 0.8968654692926723, 1e-5);
        assertTrue(r.out().contains("prior: market-implied"), r.out());
        assertTrue(r.out().contains("4 absolute view(s)"), r.out());
    }

    @Test
    void blackLittermanWithAZeroPriorGivesTheOraclesCleanWeights() throws IOException {
        Path views = Files.writeString(tmp.resolve("v.csv"), "AAPL,0.20\nBBY,-0.30\nBAC,0\nSBUX,-0.2\nT,0.131321\n");
        Path out = tmp.resolve("bl.csv");
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks(), "--method", "black-litterman", "--prior", "zero",
                "--views", views.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        Map<String, Double> w = readWeights(out);
        Map<String, Double> clean = Map.of("AAPL", 1.40675, "BAC", 0.02651, "T", 2.81117, "BBY", -1.44667,
                "SBUX", -1.79776);
        for (Map.Entry<String, Double> e : w.entrySet()) {
            // the oracle's clean_weights: |w| < 1e-4 -> 0, else rounded to 5 decimals
            double x = Math.abs(e.getValue()) < 1e-4 ? 0 : Math.rint(e.getValue() * 1e5) / 1e5;
            assertEquals(clean.getOrDefault(e.getKey(), 0.0), x, 1e-12, e.getKey());
        }
    }

    @Test
    void blackLittermanWithoutViewsSaysWhatItUsed() {
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks(), "--method", "black-litterman");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("prior: returns implied by an equal-weight market"), r.out());
        assertTrue(r.out().contains("views: none (no --views): the posterior returns equal the prior"), r.out());
    }

    @Test
    void riskParityEqualisesRiskContributions() throws IOException {
        Path out = tmp.resolve("rp.csv");
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks(), "--method", "risk-parity", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        Map<String, Double> w = readWeights(out);
        assertEquals(1.0, w.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        assertTrue(w.values().stream().allMatch(x -> x > 0), "" + w);
    }

    @Test
    void theOtherCovarianceEstimators() {
        // max_sharpe on exp_cov(span 180), long-only
        assertPerformance(Cli.run("optimize", "--prices", stocks(), "--method", "max-sharpe", "--long-only", "--cov",
                "exp"), 0.33700887443850647, 0.1807332515488447, 1.7540152225548384, 1e-4);
        // HRPOpt(cov_matrix = Ledoit-Wolf constant variance, annualised): volatility 0.10002783894982334
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks(), "--method", "hrp", "--cov", "ledoit-wolf");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(0.10002783894982334, figure(r, "volatility"), 0.5e-6 + 1e-12);
    }
}
