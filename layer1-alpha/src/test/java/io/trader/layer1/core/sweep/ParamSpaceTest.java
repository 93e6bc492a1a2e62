package io.trader.layer1.core.sweep;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamSpaceTest {

    @Test
    void gridKeepsOnlyFastBelowSlowAndThinsEvenly() {
        ParamSpace small = new ParamSpace(2, 5, 1, 4, 6, 1);
        // fast 2..5 x slow 4..6 with fast < slow: 2x{4,5,6} 3x{4,5,6} 4x{5,6} 5x{6}
        assertEquals(9, small.all().size());
        assertEquals(List.of(new SmaCrossConfig(2, 4), new SmaCrossConfig(2, 5)), small.grid(100).subList(0, 2));

        ParamSpace big = new ParamSpace(2, 100, 1, 10, 400, 1);
        List<SmaCrossConfig> g = big.grid(1000);
        assertEquals(1000, g.size());
        assertEquals(1000, new HashSet<>(g).size());
        assertEquals(new SmaCrossConfig(2, 10), g.get(0));
        // every fast value is tried, each against slow values spread over the range
        assertEquals(99, g.stream().mapToInt(SmaCrossConfig::fast).distinct().count());
        assertTrue(g.stream().mapToInt(SmaCrossConfig::slow).max().orElseThrow() > 350);
    }

    @Test
    void stepsApply() {
        ParamSpace s = new ParamSpace(5, 20, 5, 10, 40, 10);
        assertEquals(List.of(new SmaCrossConfig(5, 10), new SmaCrossConfig(5, 20), new SmaCrossConfig(5, 30),
                new SmaCrossConfig(5, 40), new SmaCrossConfig(10, 20), new SmaCrossConfig(10, 30),
                new SmaCrossConfig(10, 40), new SmaCrossConfig(15, 20), new SmaCrossConfig(15, 30),
                new SmaCrossConfig(15, 40), new SmaCrossConfig(20, 30), new SmaCrossConfig(20, 40)), s.all());
    }

    @Test
    void randomSearchIsDistinctAndRepeatablePerSeed() {
        ParamSpace big = new ParamSpace(2, 100, 1, 10, 400, 1);
        List<SmaCrossConfig> a = big.random(500, 42);
        assertEquals(500, new HashSet<>(a).size());
        assertEquals(a, big.random(500, 42));
        assertNotEquals(a, big.random(500, 43));
        assertEquals(9, new ParamSpace(2, 5, 1, 4, 6, 1).random(50, 1).size());
    }

    @Test
    void badRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParamSpace(0, 10, 1, 20, 30, 1));
        assertThrows(IllegalArgumentException.class, () -> new ParamSpace(10, 5, 1, 20, 30, 1));
        assertThrows(IllegalArgumentException.class, () -> new ParamSpace(2, 10, 0, 20, 30, 1));
        assertThrows(IllegalArgumentException.class, () -> new ParamSpace(50, 60, 1, 20, 30, 1));
        assertThrows(IllegalArgumentException.class, () -> new ParamSpace(2, 10, 1, 20, 30, 1).grid(0));
    }

    @Test
    void splitsHoldOutTheTailOrWalkForward() {
        assertEquals(List.of(new Split(0, 70, 100)), Split.holdout(100, 0.3));
        assertEquals(List.of(new Split(0, 25, 50), new Split(0, 50, 75), new Split(0, 75, 100)),
                Split.walkForward(100, 3));
        assertThrows(IllegalArgumentException.class, () -> Split.holdout(100, 0));
        assertThrows(IllegalArgumentException.class, () -> Split.holdout(100, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.holdout(3, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Split.walkForward(100, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.walkForward(5, 4));
    }

    @Test
    void theChosenConfigurationIsTheInSampleBestAndItsOutOfSampleFigureIsReported() {
        SweepBars bars = syntheticBars();
        List<SmaCrossConfig> configs = new ParamSpace(2, 12, 1, 5, 40, 1).all();
        List<Split> splits = Split.holdout(bars.size(), 0.3);
        SweepResult r = Sweep.run(bars, configs, splits, new Sweep.Spec(0.001, Exec.CLOSE, RankBy.SHARPE, 2));
        SweepResult.Row top = r.ranked().get(0);
        assertEquals(top.config(), r.chosen().get(0));
        assertEquals(top.outOfSample().get(0), r.chosenOos().get(0));
        assertEquals(top.outOfSample().get(0).netReturn(), r.honestOosReturn(), 1e-15);
        for (int i = 1; i < r.ranked().size(); i++) {
            assertTrue(r.ranked().get(i - 1).score(RankBy.SHARPE) >= r.ranked().get(i).score(RankBy.SHARPE));
        }
        // the out-of-sample column is the same configuration run on the held-out tail alone
        Split s = splits.get(0);
        assertEquals(SmaCrossEvaluator.run(bars, top.config(), s.isTo(), s.oosTo(), 0.001, Exec.CLOSE, null),
                top.outOfSample().get(0));
    }

    static SweepBars syntheticBars() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        int n = 4000;
        long[] c = new long[n];
        long p = 500_000;
        for (int i = 0; i < n; i++) {
            p = Math.max(100, p + rnd.nextInt(-900, 1001) + (long) (800 * Math.sin(i / 60.0)));
            c[i] = p;
        }
        return new SweepBars(c, c, 3_600_000);
    }
}
