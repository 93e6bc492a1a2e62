package io.trader.app.report;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures of {@link PerformanceReport} and {@link Metrics} against values worked by hand on tiny curves and
 * against an independent computation (Apache commons-math3 statistics, a brute-force drawdown) on a long random
 * curve: a wrong Sharpe, Sortino, volatility, CAGR, Calmar or max drawdown fails here.
 */
class PerformanceReportTest {

    private static final long DAY = 86_400_000L;
    private static final double YEAR_MS = 365.25 * DAY;

    /**
     * Initial equity 100, one point a day: 100, 110, 99, 108.9.
     * Returns: 100/100-1 = 0, 110/100-1 = 0.1, 99/110-1 = -0.1, 108.9/99-1 = 0.1.
     * Mean = 0.1 / 4 = 0.025. Deviations -0.025, 0.075, -0.125, 0.075; squares 0.000625 + 0.005625 + 0.015625
     * + 0.005625 = 0.0275; sample variance 0.0275 / 3; sd = 0.0957427.
     * Steps per year: 365.25 (one day). Sharpe = 0.025 / 0.0957427 x sqrt(365.25) = 4.99033.
     * Sortino: downside deviation = sqrt((-0.1)^2 / 4) = 0.05 (all four returns in the divisor, QuantStats);
     * Sortino = 0.025 / 0.05 x sqrt(365.25) = 9.55576. (Dividing by the one negative return only would give
     * 4.77788; the assertion below catches that.)
     * Max drawdown: peak 110, trough 99: 1 - 99/110 = 0.1.
     * Volatility = 0.0957427 x sqrt(365.25) = 1.829788.
     * CAGR over 3 days: 1.089^(365.25/3) - 1; Calmar = CAGR / 0.1.
     */
    @Test
    void handWorkedDailyCurve() {
        EquityCurve c = curve(new long[]{DAY, 2 * DAY, 3 * DAY, 4 * DAY}, 100, 110, 99, 108.9);
        PerformanceReport p = PerformanceReport.of(100, c, List.of(), List.of(), 0, 4);
        assertEquals(0.089, p.totalReturn(), 1e-12);
        assertEquals(108.9, p.finalEquity(), 1e-12);
        assertEquals(4.99033, p.sharpe(), 1e-5);
        assertEquals(0.025 / Math.sqrt(0.0275 / 3) * Math.sqrt(365.25), p.sharpe(), 1e-12);
        assertEquals(9.55576, p.sortino(), 1e-5);
        assertEquals(0.1, p.maxDrawdown(), 1e-12);
        assertEquals(1.829788, p.volatility(), 1e-6);
        double cagr = Math.pow(1.089, 365.25 / 3) - 1;
        assertEquals(cagr, p.cagr(), cagr * 1e-12);
        assertEquals(cagr / 0.1, p.calmar(), cagr * 1e-11);
        assertEquals(DAY, p.start());
        assertEquals(4 * DAY, p.end());
    }

    /** 100 -> 110 -> 121 over exactly two years of 365.25 days: CAGR 10%, no drawdown, Calmar undefined. */
    @Test
    void cagrOfTenPercentAYear() {
        long y = (long) YEAR_MS;
        PerformanceReport p = PerformanceReport.of(100, curve(new long[]{0, y, 2 * y}, 100, 110, 121), List.of(),
                List.of(), 0, 3);
        assertEquals(0.10, p.cagr(), 1e-12);
        assertEquals(0.21, p.totalReturn(), 1e-12);
        assertEquals(0, p.maxDrawdown());
        assertTrue(Double.isNaN(p.calmar()), "no drawdown: Calmar is undefined (null in report.json)");
    }

    /**
     * Exposure and time in market from the points' gross exposure: 0, 0.5, 1.5, 0 of equity over four steps:
     * time in market 2/4, average (0 + 0.5 + 1.5 + 0)/4 = 0.5, max 1.5.
     */
    @Test
    void exposureAndTimeInMarket() {
        EquityCurve c = new EquityCurve(new long[]{1, 2, 3, 4}, new double[]{100, 100, 100, 100},
                new double[]{0, 0.5, 1.5, 0});
        PerformanceReport p = PerformanceReport.of(100, c, List.of(), List.of(), 0, 4);
        assertEquals(0.5, p.timeInMarket(), 1e-12);
        assertEquals(0.5, p.avgExposure(), 1e-12);
        assertEquals(1.5, p.maxExposure(), 1e-12);
        assertEquals(0, p.sharpe(), "a flat curve has no Sharpe ratio");
        assertEquals(0, p.sortino());
    }

    /** A long random hourly curve against commons-math3 and a brute-force drawdown. */
    @Test
    void randomCurveAgreesWithAnIndependentComputation() {
        Random rnd = new Random(7);
        int n = 5000;
        long hour = 3_600_000L;
        long[] t = new long[n];
        double[] e = new double[n];
        double eq = 10_000;
        for (int i = 0; i < n; i++) {
            t[i] = (i + 1) * hour;
            eq *= 1 + rnd.nextGaussian() * 0.01 + 0.0002;
            e[i] = eq;
        }
        PerformanceReport p = PerformanceReport.of(10_000, curve(t, e), List.of(), List.of(), 0, n);

        DescriptiveStatistics all = new DescriptiveStatistics();
        double downSquares = 0;
        double prev = 10_000;
        for (double x : e) {
            double r = x / prev - 1;
            all.addValue(r);
            downSquares += r < 0 ? r * r : 0;
            prev = x;
        }
        double perYear = YEAR_MS / hour;
        assertEquals(all.getMean() / all.getStandardDeviation() * Math.sqrt(perYear), p.sharpe(), 1e-9);
        assertEquals(all.getMean() / Math.sqrt(downSquares / n) * Math.sqrt(perYear), p.sortino(), 1e-9);
        assertEquals(all.getStandardDeviation() * Math.sqrt(perYear), p.volatility(), 1e-9);

        double worst = 0;
        for (int i = -1; i < n; i++) {
            double peak = i < 0 ? 10_000 : e[i];
            for (int j = i + 1; j < n; j++) {
                worst = Math.max(worst, 1 - e[j] / peak);
            }
        }
        assertEquals(worst, p.maxDrawdown(), 1e-12);
        double years = (t[n - 1] - t[0]) / YEAR_MS;
        assertEquals(Math.pow(e[n - 1] / 10_000, 1 / years) - 1, p.cagr(), 1e-9);
        assertEquals(p.cagr() / worst, p.calmar(), 1e-9);
    }

    /**
     * Rolling Sharpe over a window of 3 on returns 0, 0.1, -0.1, 0.1, 0: the window ending at index 3 holds
     * 0.1, -0.1, 0.1 (mean 1/30, sample sd sqrt(((2/30)^2 x 2 + (4/30)^2) / 2) = 0.11547), annualised with
     * sqrt(4): 0.57735; the windows before index 2 are NaN.
     */
    @Test
    void rollingSharpeByHand() {
        double[] s = Metrics.rollingSharpe(new double[]{0, 0.1, -0.1, 0.1, 0}, 3, 4);
        assertTrue(Double.isNaN(s[0]) && Double.isNaN(s[1]));
        double sd = Math.sqrt((2 * Math.pow(2 / 30.0, 2) + Math.pow(4 / 30.0, 2)) / 2);
        assertEquals(1 / 30.0 / sd * 2, s[3], 1e-12);
        assertEquals(0.57735, s[3], 1e-5);
        // window 0, 0.1, -0.1 has mean 0
        assertEquals(0, s[2], 1e-12);
        double[] flat = Metrics.rollingSharpe(new double[]{0, 0, 0, 0.01, 0, 0}, 3, 4);
        assertTrue(Double.isNaN(flat[5]), "a window with a single non-zero return is flat: no ratio");
    }

    private static EquityCurve curve(long[] t, double... e) {
        return EquityCurve.of(t, e);
    }
}
