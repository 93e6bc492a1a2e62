package io.trader.layer4.core.algo;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PovTest {

    private final Pov pov = new Pov(0.10, 50, 5);

    @Test
    void childIsTheRateTimesObservedVolumeCappedAndAboveTheMinimum() {
        assertEquals(30, pov.child(300, 1_000, false));
        assertEquals(30, pov.child(309, 1_000, false), "floor");
        assertEquals(50, pov.child(10_000, 1_000, false), "cap");
        assertEquals(0, pov.child(40, 1_000, false), "4 lots < minimum 5: wait");
        assertEquals(20, pov.child(300, 20, false), "never more than the remainder");
    }

    @Test
    void tailBelowMinimumJoinsTheChildAndTheDeadlineTakesTheRest() {
        assertEquals(33, pov.child(300, 33, false), "30 would leave 3 < 5");
        assertEquals(50, pov.child(10_000, 53, false), "the tail would break the cap: it waits");
        assertEquals(777, pov.child(0, 777, true), "at the deadline everything, above the cap");
    }

    @Test
    void wholeHorizonHandComputed() {
        // observed 300, 40, 1000, 120, 0 ; remaining 200 -> 30, 0, 50, 12, 108 (deadline)
        assertArrayEquals(new long[] {30, 0, 50, 12, 108}, pov.children(200, new long[] {300, 40, 1000, 120, 0}));
    }

    @Test
    void refusesBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new Pov(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Pov(1.5, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Pov(0.1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> pov.child(-1, 10, false));
    }

    @Test
    void randomVolumePathsSumExactly() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 10_000; i++) {
            double rate = rnd.nextDouble(0.001, 1);
            long cap = rnd.nextLong(1, 10_000);
            long min = rnd.nextLong(1, 100);
            Pov p = new Pov(rate, cap, min);
            long[] vol = new long[rnd.nextInt(1, 50)];
            for (int k = 0; k < vol.length; k++) {
                vol[k] = rnd.nextLong(0, 100_000);
            }
            long q = rnd.nextLong(0, 1_000_000);
            long[] c = p.children(q, vol);
            assertEquals(q, Arrays.stream(c).sum());
            long remaining = q;
            for (int k = 0; k < c.length - 1; k++) {
                long follow = Math.min((long) Math.floor(rate * vol[k]), cap);
                boolean tailMerged = c[k] == remaining && remaining <= cap;
                assertTrue(c[k] == 0 || (c[k] >= min && (c[k] <= follow || tailMerged)),
                        "before the deadline a child follows the volume: " + c[k] + " of " + remaining);
                remaining -= c[k];
            }
        }
    }
}
