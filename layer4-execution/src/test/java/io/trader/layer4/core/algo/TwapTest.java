package io.trader.layer4.core.algo;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwapTest {

    @Test
    void remainderGoesToTheFirstSlices() {
        assertArrayEquals(new long[] {4, 3, 3}, Twap.slices(10, 3, 1));
        assertArrayEquals(new long[] {3, 3, 2, 2}, Twap.slices(10, 4, 0));
        assertArrayEquals(new long[] {5, 5}, Twap.slices(10, 2, 1));
    }

    @Test
    void sliceBelowMinimumGivesFewerLargerSlices() {
        // 10 / 4 = 2 < 3 lots -> 10 / 3 = 3 slices of >= 3
        assertArrayEquals(new long[] {4, 3, 3}, Twap.slices(10, 4, 3));
        assertArrayEquals(new long[] {10}, Twap.slices(10, 4, 6));
    }

    @Test
    void wholeOrderAtOnceWhenEvenOneSliceIsBelowTheMinimum() {
        Schedule s = Twap.schedule(2, 60_000, 5, 3);
        assertArrayEquals(new long[] {2}, s.lots());
        assertArrayEquals(new long[] {0}, s.offsetMillis());
    }

    @Test
    void slicesAreEvenlySpacedOverTheHorizon() {
        Schedule s = Twap.schedule(100, 60_000, 4, 1);
        assertArrayEquals(new long[] {0, 15_000, 30_000, 45_000}, s.offsetMillis());
        assertArrayEquals(new long[] {0, 33_333, 66_666}, Twap.schedule(9, 100_000, 3, 1).offsetMillis());
    }

    @Test
    void refusesNoSlicesAndNegativeQuantity() {
        assertThrows(IllegalArgumentException.class, () -> Twap.slices(10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Twap.slices(-1, 3, 1));
    }

    @Test
    void randomInputsSumExactlyAndRespectTheMinimum() {
        SplittableRandom rnd = new SplittableRandom(12);
        for (int i = 0; i < 20_000; i++) {
            long q = rnd.nextLong(0, 1_000_000);
            int n = rnd.nextInt(1, 200);
            long min = rnd.nextLong(0, 5_000);
            long[] s = Twap.slices(q, n, min);
            assertEquals(q, Arrays.stream(s).sum(), () -> q + " in " + n + " min " + min);
            assertTrue(s.length <= n);
            long lo = Arrays.stream(s).min().orElseThrow();
            long hi = Arrays.stream(s).max().orElseThrow();
            assertTrue(hi - lo <= 1, "slices differ by at most one lot");
            assertTrue(s.length == 1 || lo >= Math.max(1, min), "every slice >= minimum unless one slice");
        }
    }
}
