package io.trader.layer3.core.opt;

import io.trader.core.testing.SharedData;
import io.trader.layer3.core.cov.ExpectedReturns;
import io.trader.layer3.core.cov.LedoitWolf;
import io.trader.layer3.core.cov.PyPortfolioOptData;
import io.trader.layer3.core.cov.SampleCovariance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * HRP against PyPortfolioOpt's test_hrp.py numbers (/work/shared/oracles/README.md, "Expected numbers:
 * HRP"). The computation is deterministic and done in the same order as the reference (no solver), so
 * the tolerances are round-off sized: 1e-14 absolute on weights and figures (measured: weights within
 * 7e-17, performance bit-identical; the margin covers a different summation order in the covariance).
 */
class HrpOracleTest {

    static final List<String> TICKERS = List.of("GOOG", "AAPL", "FB", "BABA", "AMZN", "GE", "AMD", "WMT", "BAC",
            "GM", "T", "UAA", "SHLD", "XOM", "RRC", "BBY", "MA", "PFE", "JPM", "SBUX");

    static Hrp.Allocation fromReturns() {
        double[][] r = PyPortfolioOptData.returns();
        return Hrp.allocate(SampleCovariance.correlation(r), SampleCovariance.pairwise(r));
    }

    @Test
    void leafOrderStartsLikeScipy() {
        int[] order = fromReturns().order();
        assertArrayEquals(new int[] {12, 6, 15, 14, 2}, Arrays.copyOf(order, 5));
    }

    @Test
    void weightsMatchWeightsHrpCsv() throws IOException {
        double[] w = fromReturns().weights();
        List<String> lines = Files.readAllLines(SharedData.sharedFile("oracles/pyportfolioopt/weights_hrp.csv"));
        int rows = 0;
        double worst = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            double expected = Double.parseDouble(f[1]);
            double got = w[TICKERS.indexOf(f[0])];
            worst = Math.max(worst, Math.abs(got - expected));
            assertEquals(expected, got, 1e-14, f[0]);
            rows++;
        }
        assertEquals(20, rows);
        assertEquals(1.0, Arrays.stream(w).sum(), 1e-15);
        System.out.println("HRP weights: max |diff| vs weights_hrp.csv = " + worst);
    }

    /** mu = arithmetic mean x 252, Σ = pairwise cov x 252, rf 0.02. */
    @Test
    void performance() {
        double[][] r = PyPortfolioOptData.returns();
        double[] w = fromReturns().weights();
        Performance p = Performance.of(w, ExpectedReturns.arithmetic(r, 252),
                SampleCovariance.scaled(SampleCovariance.pairwise(r), 252), 0.02);
        assertEquals(0.21353402380950973, p.ret(), 1e-14);
        assertEquals(0.17844159743748936, p.vol(), 1e-14);
        assertEquals(1.084579081272277, p.sharpe(), 1e-13);
        System.out.printf("HRP perf diffs: %.3g %.3g %.3g%n", p.ret() - 0.21353402380950973,
                p.vol() - 0.17844159743748936, p.sharpe() - 1.084579081272277);
    }

    @Test
    void clusterVariance() {
        double[][] cov = SampleCovariance.pairwise(PyPortfolioOptData.returns());
        int[] items = List.of("SHLD", "AMD", "BBY", "RRC", "FB", "WMT", "T", "BABA", "PFE", "UAA").stream()
                .mapToInt(TICKERS::indexOf).toArray();
        double v = Hrp.clusterVariance(cov, items);
        assertEquals(0.00012842967106653283, v, 1e-18);
        System.out.println("HRP cluster variance diff: " + (v - 0.00012842967106653283));
    }

    /**
     * HRP given only the Ledoit-Wolf (constant variance) covariance, annualised: the correlation is taken
     * from that covariance rounded to 6 dp. Oracle: volatility 0.10002783894982334 (asserted to 1e-12:
     * the shrunk covariance comes from covmv's LedoitWolf, whose sums run in another order than sklearn's).
     */
    @Test
    void fromLedoitWolfCovariance() {
        double[][] cov = LedoitWolf.annualised(PyPortfolioOptData.returns(), LedoitWolf.Target.CONSTANT_VARIANCE, 252);
        Hrp.Allocation a = Hrp.fromCovariance(cov);
        Performance p = Performance.of(a.weights(), null, cov, 0.02);
        System.out.println("HRP from Ledoit-Wolf vol diff: " + (p.vol() - 0.10002783894982334));
        assertEquals(0.10002783894982334, p.vol(), 1e-12);
        assertEquals(1.0, Arrays.stream(a.weights()).sum(), 1e-15);
    }
}
