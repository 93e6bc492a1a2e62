package io.trader.layer1.core.sweep;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TpeSweepSearchTest {

    private static final ParamSpace SPACE = new ParamSpace(2, 100, 1, 10, 400, 5);

    /** A smooth in-sample surface with its peak at fast 20, slow 200. */
    private static double objective(SmaCrossConfig c) {
        double df = Math.log(c.fast() / 20.0);
        double ds = Math.log(c.slow() / 200.0);
        return -(df * df + ds * ds);
    }

    @Test
    void returnsDistinctValidPairsOnTheStepsAndOnlyScoresWhatItReturns() {
        List<SmaCrossConfig> scored = new ArrayList<>();
        List<SmaCrossConfig> out = Search.tpe(7).propose(SPACE, 120, c -> {
            scored.add(c);
            return objective(c);
        });
        assertEquals(120, out.size());
        assertEquals(120, new HashSet<>(out).size(), "distinct pairs");
        assertEquals(out, scored, "every pair scored once, in the order returned");
        for (SmaCrossConfig c : out) {
            assertTrue(c.fast() >= 2 && c.fast() <= 100 && c.slow() >= 10 && c.slow() <= 400 && c.fast() < c.slow(), c.toString());
            assertEquals(0, (c.slow() - 10) % 5, "slow on its step: " + c);
        }
    }

    @Test
    void sameSeedSameTrialsAndItConvergesBetterThanRandom() {
        List<SmaCrossConfig> a = Search.tpe(3).propose(SPACE, 100, TpeSweepSearchTest::objective);
        List<SmaCrossConfig> b = Search.tpe(3).propose(SPACE, 100, TpeSweepSearchTest::objective);
        assertEquals(a, b);
        assertNotEquals(a, Search.tpe(4).propose(SPACE, 100, TpeSweepSearchTest::objective));
        double bestTpe = a.stream().mapToDouble(TpeSweepSearchTest::objective).max().orElseThrow();
        double bestRandom = Search.random(3).propose(SPACE, 100, c -> 0).stream()
                .mapToDouble(TpeSweepSearchTest::objective).max().orElseThrow();
        assertTrue(bestTpe > bestRandom, "TPE " + bestTpe + " vs random " + bestRandom);
    }

    @Test
    void aSpaceNoLargerThanTheTrialsIsReturnedWhole() {
        ParamSpace small = new ParamSpace(2, 4, 1, 5, 6, 1);
        assertEquals(small.all(), Search.tpe(1).propose(small, 50, c -> 0));
    }

    @Test
    void snapKeepsValuesOnTheGrid() {
        assertEquals(10, TpeSweepSearch.snap(11, 10, 400, 5));
        assertEquals(15, TpeSweepSearch.snap(13, 10, 400, 5));
        assertEquals(400, TpeSweepSearch.snap(400, 10, 402, 5));
        assertEquals(400, TpeSweepSearch.snap(404, 10, 402, 5));
    }
}
