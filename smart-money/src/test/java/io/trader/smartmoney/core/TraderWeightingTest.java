package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.trader.smartmoney.core.Fixtures.address;
import static io.trader.smartmoney.core.Fixtures.row;
import static io.trader.smartmoney.core.Fixtures.stats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weights of hand-computed traders: the arithmetic is written out next to each expectation. */
class TraderWeightingTest {

    private static final double EPS = 1e-9;
    private final TraderWeighting weighting = new TraderWeighting(WeightConfig.DEFAULTS);

    /**
     * A $2M trader whose segments earned -1000, +2000 and +5000 USD a day (rest of month, rest of week, day).
     * Windows: day pnl 5,000 (roi 1%); week 5,000 + 6 x 2,000 = 17,000 (3%); month 17,000 - 23 x 1,000 = -6,000
     * (-0.5%); all time 800,000 (40%).
     */
    @Test
    void midSizeTraderWithOneLosingSegment() {
        LeaderboardRow r = row(address(1), "2000000", stats("5000", "0.01"), stats("17000", "0.03"),
                stats("-6000", "-0.005"), stats("800000", "0.4"));
        TraderMetrics m = TraderMetrics.fromWindows(r);
        // per-day x = [-1000, 2000, 5000]; mean 2000; deviations -3000, 0, 3000; sample var 18e6 / 2 = 9e6; sd 3000
        assertEquals(2000.0 / 3000, m.sharpe(), EPS);
        // downside deviation sqrt(1000^2 / 3) = 577.35; sortino 2000 / 577.35 = 2 sqrt(3) = 3.4641
        assertEquals(2 * Math.sqrt(3), m.sortino(), EPS);
        // ROI positive in day, week, all time; negative in month: 3 / 4
        assertEquals(0.75, m.consistency(), EPS);
        // equity at month start 2,000,000 + 6,000 = 2,006,000; after rest of month 1,983,000; fall 23,000
        assertEquals(23000.0 / 2006000, m.maxDrawdown(), EPS);
        // segment pnl -23,000, +12,000, +5,000: 2 wins of 3; profit factor 17,000 / 23,000
        assertEquals(2.0 / 3, m.winRate(), EPS);
        assertEquals(17000.0 / 23000, m.profitFactor(), EPS);
        assertEquals(3, m.steps());

        TraderWeight w = weighting.weigh(r, Tier.CORE, 1.0);
        // mapped: sharpe (0.6667 + 1) / 3 = 0.5556; sortino (3.4641 + 1) / 4 = 1.116 -> 1; consistency 0.75;
        // drawdown 1 - 0.011466 / 0.5 = 0.977069; win rate 0.6667; pf 0.73913 / 1.73913 = 17 / 40 = 0.425
        // performance = 2 x (0.555556 + 1 + 0.75 + 0.977069 + 0.666667 + 0.425) / 6 = 2 x 0.729049 = 1.458097
        double perf = 2 * ((2.0 / 3 + 1) / 3 + 1 + 0.75 + (1 - (23000.0 / 2006000) / 0.5) + 2.0 / 3 + 17.0 / 40) / 6;
        assertEquals(perf, w.performance(), EPS);
        assertEquals(1.458097, w.performance(), 1e-6);
        // $2M is in [1M, 5M): 1.5
        assertEquals(1.5, w.size(), EPS);
        // blend 0.5 x 0.01 + 0.3 x 0.03 + 0.2 x -0.005 = 0.013; 1 + 0.5 x 0.013 / 0.10 = 1.065
        assertEquals(1.065, w.recency(), EPS);
        // alignment +1: 1.2
        assertEquals(1.2, w.regime(), EPS);
        // composite 0.4 x 1.458097 + 0.3 x 1.5 + 0.2 x 1.065 + 0.1 x 1.2 = 0.583239 + 0.45 + 0.213 + 0.12 = 1.366239
        assertEquals(0.4 * perf + 0.45 + 0.213 + 0.12, w.composite(), EPS);
        assertEquals(1.366239, w.composite(), 1e-6);
        // score 50 x composite = 68.31
        assertEquals(68.311943, w.score(), 1e-5);
        assertEquals(Tier.CORE, w.tier());
        assertEquals(address(1), w.address());
    }

    /**
     * A $25M trader earning a steady 1,000 USD a day: day 1,000 (0.1%), week 7,000 (0.7%), month 30,000 (3%).
     * Segments all equal: the deviation is 0, so both ratios take the cap.
     */
    @Test
    void steadyWhaleTakesTheCaps() {
        LeaderboardRow r = row(address(2), "25000000", stats("1000", "0.001"), stats("7000", "0.007"),
                stats("30000", "0.03"), stats("1000000", "0.5"));
        TraderMetrics m = TraderMetrics.fromWindows(r);
        assertEquals(5.0, m.sharpe(), EPS);
        assertEquals(5.0, m.sortino(), EPS);
        assertEquals(1.0, m.consistency(), EPS);
        assertEquals(0.0, m.maxDrawdown(), EPS);
        assertEquals(1.0, m.winRate(), EPS);
        assertEquals(10.0, m.profitFactor(), EPS);
        TraderWeight w = weighting.weigh(r, Tier.WHALE, 0);
        // performance 2 x (1 + 1 + 1 + 1 + 1 + 10/11) / 6 = 1.969697
        assertEquals(2 * (5 + 10.0 / 11) / 6, w.performance(), EPS);
        assertEquals(3.0, w.size(), EPS);
        // blend 0.0005 + 0.0021 + 0.006 = 0.0086 -> 1 + 0.5 x 0.086 = 1.043
        assertEquals(1.043, w.recency(), EPS);
        assertEquals(1.0, w.regime(), EPS);
        // 0.4 x 1.969697 + 0.9 + 0.2086 + 0.1 = 1.996479; score 99.82
        assertEquals(0.4 * 2 * (5 + 10.0 / 11) / 6 + 0.9 + 0.2086 + 0.1, w.composite(), EPS);
        assertEquals(99.823939, w.score(), 1e-5);
    }

    /** A small account with only an all-time window, losing: neutral ratios, zero consistency, regime against. */
    @Test
    void smallLoserWithMissingWindows() {
        LeaderboardRow r = row(address(3), "99999.99", null, null, null, stats("-5000", "-0.1"));
        TraderMetrics m = TraderMetrics.fromWindows(r);
        // every segment 0: mean 0, deviation 0 -> ratios 0; no gains, no losses -> profit factor 1
        assertEquals(0.0, m.sharpe(), EPS);
        assertEquals(0.0, m.sortino(), EPS);
        assertEquals(0.0, m.consistency(), EPS);
        assertEquals(0.0, m.winRate(), EPS);
        assertEquals(1.0, m.profitFactor(), EPS);
        TraderWeight w = weighting.weigh(r, Tier.EXTENDED, -1);
        // performance 2 x (1/3 + 1/4 + 0 + 1 + 0 + 1/2) / 6 = 0.694444
        assertEquals(2 * (1.0 / 3 + 0.25 + 1 + 0.5) / 6, w.performance(), EPS);
        assertEquals(0.5, w.size(), EPS);
        assertEquals(1.0, w.recency(), EPS);
        assertEquals(0.8, w.regime(), EPS);
        // 0.4 x 0.694444 + 0.15 + 0.2 + 0.08 = 0.707778
        assertEquals(0.707778, w.composite(), 1e-6);
    }

    /** Day and week only: the missing month adds no segment (it is not read as a month of -7,000). */
    @Test
    void aMissingMonthAddsNoSegment() {
        LeaderboardRow r = row(address(7), "300000", stats("1000", "0.003"), stats("7000", "0.02"), null, null);
        TraderMetrics m = TraderMetrics.fromWindows(r);
        // month taken as the week's 7,000: x = [0 / 23, 6,000 / 6, 1,000] = [0, 1000, 1000]; mean 666.67;
        // sample sd sqrt((666.67^2 + 2 x 333.33^2) / 2) = 577.35; sharpe 2 / sqrt(3) = 1.1547
        assertEquals(2 / Math.sqrt(3), m.sharpe(), EPS);
        // no losing segment: sortino takes the cap; pnl 0, 6000, 1000: 2 wins of 3, profit factor capped
        assertEquals(5.0, m.sortino(), EPS);
        assertEquals(2.0 / 3, m.winRate(), EPS);
        assertEquals(10.0, m.profitFactor(), EPS);
        assertEquals(0.0, m.maxDrawdown(), EPS);
        assertEquals(1.0, m.consistency(), EPS);   // both windows present are positive
        TrackedWallet tracked = new TrackedWallet(r, Tier.EXTENDED, 60);
        assertEquals(weighting.weigh(r, Tier.EXTENDED, 0.5), weighting.weigh(tracked, 0.5));
    }

    @Test
    void recencyAndRegimeSaturate() {
        LeaderboardRow hot = row(address(4), "500000", stats("1000", "0.5"), stats("1000", "0.5"),
                stats("1000", "0.5"), null);
        LeaderboardRow cold = row(address(5), "500000", stats("1000", "-0.5"), stats("1000", "-0.5"),
                stats("1000", "-0.5"), null);
        assertEquals(1.5, weighting.recency(hot), EPS);
        assertEquals(0.5, weighting.recency(cold), EPS);
        assertEquals(1.2, TraderWeighting.regime(7), EPS);
        assertEquals(0.8, TraderWeighting.regime(-7), EPS);
        assertEquals(0.9, TraderWeighting.regime(-0.5), EPS);
        assertThrows(IllegalArgumentException.class, () -> TraderWeighting.regime(Double.NaN));
    }

    @Test
    void sizeTierBoundariesAreExact() {
        String[][] cases = {
                {"0", "0.5"}, {"99999.99", "0.5"}, {"99999.999999999", "0.5"}, {"100000", "1.0"},
                {"100000.00", "1.0"}, {"999999.99", "1.0"}, {"1000000", "1.5"}, {"4999999.99", "1.5"},
                {"5000000", "2.0"}, {"9999999.999999", "2.0"}, {"10000000", "2.5"}, {"1E+7", "2.5"},
                {"19999999.99", "2.5"}, {"20000000", "3.0"}, {"20000000.000", "3.0"}, {"48857952.33", "3.0"}};
        for (String[] c : cases) {
            assertEquals(Double.parseDouble(c[1]), TraderWeighting.sizeMultiplier(new BigDecimal(c[0])), 0,
                    "size multiplier of $" + c[0]);
        }
    }

    /** Account value 100 growing 10%, falling 10%, growing 20%, one day apart. */
    @Test
    void metricsFromRecordedHistory() {
        long d = 86_400_000L;
        List<ValuePoint> h = List.of(new ValuePoint(0, new BigDecimal("100")), new ValuePoint(d, new BigDecimal("110")),
                new ValuePoint(2 * d, new BigDecimal("99")), new ValuePoint(3 * d, new BigDecimal("118.8")));
        TraderMetrics m = TraderMetrics.fromHistory(h);
        // returns 0.1, -0.1, 0.2; mean 0.0666667; squared deviations 0.00111 + 0.02778 + 0.01778 = 0.04667; / 2
        double mean = 0.2 / 3;
        double sd = Math.sqrt((Math.pow(0.1 - mean, 2) + Math.pow(-0.1 - mean, 2) + Math.pow(0.2 - mean, 2)) / 2);
        assertEquals(mean / sd, m.sharpe(), 1e-9);
        assertEquals(0.436436, m.sharpe(), 1e-6);
        // downside deviation sqrt(0.01 / 3) = 0.057735; sortino 1.154701
        assertEquals(mean / Math.sqrt(0.01 / 3), m.sortino(), 1e-9);
        // peak 110, trough 99: 10%
        assertEquals(0.1, m.maxDrawdown(), 1e-12);
        assertEquals(2.0 / 3, m.winRate(), EPS);
        // gains 10 + 19.8 = 29.8; losses 11
        assertEquals(29.8 / 11, m.profitFactor(), 1e-9);
        // day (99 -> 118.8), week, month, all (100 -> 118.8): all up
        assertEquals(1.0, m.consistency(), EPS);
        assertEquals(TraderMetrics.Source.HISTORY, m.source());

        List<ValuePoint> downToday = List.of(new ValuePoint(0, new BigDecimal("100")),
                new ValuePoint(d, new BigDecimal("130")), new ValuePoint(2 * d, new BigDecimal("120")));
        // day: 130 -> 120 down; week, month, all: 100 -> 120 up: 3 / 4
        assertEquals(0.75, TraderMetrics.fromHistory(downToday).consistency(), EPS);
        assertThrows(IllegalArgumentException.class, () -> TraderMetrics.fromHistory(h.subList(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> TraderMetrics.fromHistory(List.of(h.get(2), h.get(1))));
        // weighing with history metrics uses them instead of the window estimate
        LeaderboardRow r = row(address(6), "2000000", null, null, null, null);
        assertEquals(weighting.performance(m), weighting.weigh(r, m, Tier.CORE, 0).performance(), EPS);
        assertTrue(weighting.weigh(r, m, Tier.CORE, 0).performance()
                != weighting.weigh(r, Tier.CORE, 0).performance());
    }
}
