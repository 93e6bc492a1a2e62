package io.trader.layer1.core.sweep;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SmaCrossEvaluatorTest {

    /*
     * SMA(2) vs SMA(4) of the closes below (slow = 4 unstable bars, so rules from bar 4 on):
     *  bar 3: f 12.5 > s 11.5 (unstable)      bar 4: 13.5 > 12.5, last sign +, no cross
     *  bar 6: 12.5 < 13.0: cross down while flat -> nothing
     *  bar 11: 9.5 = 9.5 tie                  bar 12: 10.5 > 9.75, last non-tie (bar 10) had f < s -> ENTRY
     *  bar 16: 12.0 = 12.0 tie                bar 17: 11.5 < 11.75, last non-tie (bar 15) had f > s -> EXIT
     *  bar 22: 9.5 > 9.0, bar 21 had 8.5 < 9.0 -> ENTRY, open at the end
     */
    private static final long[] CLOSES = {
        10, 11, 12, 13, 14, 13, 12, 11, 10, 9, 9, 10, 11, 12, 12, 12, 12, 11, 10, 9, 8, 9, 10, 11};

    @Test
    void handComputedSeriesEntersAndExitsOnTheCrossBars() {
        SweepBars bars = new SweepBars(CLOSES, CLOSES, 60_000);
        TradeLog log = new TradeLog();
        SegmentMetrics m = SmaCrossEvaluator.run(bars, new SmaCrossConfig(2, 4), 0, CLOSES.length, 0.0, Exec.CLOSE,
                log);
        assertArrayEquals(new int[] {12, 22}, log.entries());
        assertArrayEquals(new int[] {17}, log.exits());
        assertEquals(1, m.trades());
        assertEquals(2, m.entries());
        // long 12 -> 17 (11 -> 11), then 22 -> 23 (10 -> 11) marked at the last close, no fee
        assertEquals(0.1, m.netReturn(), 1e-12);
        assertEquals(6.0 / 24, m.exposure(), 1e-12); // held over bars 13..17 and 23
    }

    /*
     * SMA(1) vs SMA(2): fast - slow = (close[i] - close[i-1]) / 2, so the sign is the sign of the change and an
     * unchanged close is a tie. Rules from bar 2 (slow = 2 unstable bars). A tie never counts as a side: the
     * cross looks back to the latest change.
     *  bar 1 up (unstable), 2 tie, 3 up: the latest change before 3 was up -> no entry
     *  4 down, 5 tie, 6 up -> ENTRY;  7 tie, 8 down -> EXIT;  9 down, 10 up -> ENTRY
     *  11, 12 tie, 13 up (still long), 14 tie, 15 down -> EXIT, 16 tie
     */
    private static final long[] TIES = {10, 11, 11, 12, 11, 11, 12, 12, 11, 10, 11, 11, 11, 12, 12, 11, 11};

    @Test
    void tiesAreSkippedBackwardsWhenLookingForTheCross() {
        SweepBars bars = new SweepBars(TIES, TIES, 60_000);
        TradeLog atClose = new TradeLog();
        SmaCrossEvaluator.run(bars, new SmaCrossConfig(1, 2), 0, TIES.length, 0.0, Exec.CLOSE, atClose);
        assertArrayEquals(new int[] {6, 10}, atClose.entries());
        assertArrayEquals(new int[] {8, 15}, atClose.exits());
        TradeLog nextOpen = new TradeLog();
        SmaCrossEvaluator.run(bars, new SmaCrossConfig(1, 2), 0, TIES.length, 0.0, Exec.NEXT_OPEN, nextOpen);
        assertArrayEquals(new int[] {7, 11}, nextOpen.entries());
        assertArrayEquals(new int[] {9, 16}, nextOpen.exits());
        check(bars, TIES, TIES, 1, 2, 0, TIES.length, 0.001, Exec.CLOSE);
        check(bars, TIES, TIES, 1, 2, 0, TIES.length, 0.001, Exec.NEXT_OPEN);
        // a stretch that starts after the tie at bar 5 still sees the fall at bar 4 as the latest change
        TradeLog late = new TradeLog();
        SmaCrossEvaluator.run(bars, new SmaCrossConfig(1, 2), 6, TIES.length, 0.0, Exec.CLOSE, late);
        assertArrayEquals(new int[] {6, 10}, late.entries());
    }

    @Test
    void feesArePaidOnBothSidesAsTa4jsLinearCostModel() {
        SweepBars bars = new SweepBars(CLOSES, CLOSES, 60_000);
        SegmentMetrics m = SmaCrossEvaluator.run(bars, new SmaCrossConfig(2, 4), 0, 18, 0.01, Exec.CLOSE, null);
        assertEquals(11 * 0.99 / (11 * 1.01) - 1, m.netReturn(), 1e-12); // in at 11, out at 11
    }

    @Test
    void agreesWithTheNaiveReferenceOnARandomWalk() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 5_000;
        long[] close = new long[n];
        long[] open = new long[n];
        long p = 1_000_000;
        for (int i = 0; i < n; i++) {
            open[i] = p;
            p = Math.max(1000, p + rnd.nextInt(-3000, 3001));
            close[i] = p;
            if (i % 97 == 0) { // flat stretches make ties
                close[i] = open[i];
                p = open[i];
            }
        }
        SweepBars bars = new SweepBars(open, close, 3_600_000);
        for (int[] fs : new int[][] {{2, 3}, {2, 10}, {5, 20}, {10, 30}, {17, 91}, {50, 400}}) {
            for (Exec exec : Exec.values()) {
                for (int[] range : new int[][] {{0, n}, {0, 3000}, {3000, n}, {1, 7}}) {
                    check(bars, open, close, fs[0], fs[1], range[0], range[1], 0.0007, exec);
                }
            }
        }
    }

    static void check(SweepBars bars, long[] open, long[] close, int fast, int slow, int from, int to, double fee,
                      Exec exec) {
        TradeLog log = new TradeLog();
        SegmentMetrics m = SmaCrossEvaluator.run(bars, new SmaCrossConfig(fast, slow), from, to, fee, exec, log);
        NaiveSmaCross.Outcome ref = NaiveSmaCross.run(open, close, fast, slow, from, to, fee,
                exec == Exec.NEXT_OPEN, bars.barsPerYear());
        String what = fast + "/" + slow + " " + exec + " " + from + ".." + to;
        assertEquals(ref.entries(), Arrays.stream(log.entries()).boxed().toList(), what + " entries");
        assertEquals(ref.exits(), Arrays.stream(log.exits()).boxed().toList(), what + " exits");
        assertEquals(ref.exits().size(), m.trades(), what + " trades");
        assertEquals(ref.netReturn(), m.netReturn(), 1e-9, what + " net return");
        assertEquals(ref.sharpe(), m.sharpe(), 1e-6 * Math.max(1, Math.abs(ref.sharpe())), what + " sharpe");
        assertEquals(ref.maxDrawdown(), m.maxDrawdown(), 1e-9, what + " max drawdown");
        assertEquals(ref.exposure(), m.exposure(), 1e-12, what + " exposure");
    }

    @Test
    void refusesWhatCannotBeRun() {
        SweepBars bars = new SweepBars(CLOSES, CLOSES, 60_000);
        SmaCrossConfig c = new SmaCrossConfig(2, 4);
        assertThrows(IllegalArgumentException.class, () -> SmaCrossEvaluator.run(bars, c, 5, 6, 0, Exec.CLOSE, null));
        assertThrows(IllegalArgumentException.class, () -> SmaCrossEvaluator.run(bars, c, 0, 99, 0, Exec.CLOSE, null));
        assertThrows(IllegalArgumentException.class, () -> SmaCrossEvaluator.run(bars, c, 0, 24, 1.0, Exec.CLOSE,
                null));
        assertThrows(IllegalArgumentException.class, () -> new SmaCrossConfig(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new SweepBars(new long[] {1, 0}, new long[] {1, 1}, 1));
        long[] huge = {Long.MAX_VALUE / 8, Long.MAX_VALUE / 8, Long.MAX_VALUE / 8};
        SweepBars hugeBars = new SweepBars(huge, huge, 1000); // sums fit, products of sums and windows do not
        assertThrows(IllegalArgumentException.class, () -> SmaCrossEvaluator.run(hugeBars, c, 0.0, Exec.CLOSE));
    }
}
