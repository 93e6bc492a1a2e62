package io.trader.layer4.core.algo;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcebergTest {

    @Test
    void clipsRefillAndTheLastIsSmaller() {
        assertArrayEquals(new long[] {10, 10, 5}, Iceberg.clips(25, 10, 1));
        assertArrayEquals(new long[] {10, 10}, Iceberg.clips(20, 10, 1));
        assertArrayEquals(new long[] {7}, Iceberg.clips(7, 10, 1));
        assertArrayEquals(new long[0], Iceberg.clips(0, 10, 1));
    }

    @Test
    void aTailBelowTheMinimumJoinsTheLastClip() {
        assertArrayEquals(new long[] {10, 11}, Iceberg.clips(21, 10, 3));
        assertArrayEquals(new long[] {10, 10, 3}, Iceberg.clips(23, 10, 3));
    }

    @Test
    void partialFillsShrinkTheClipAndOnlyAFullFillRefills() {
        Iceberg ice = new Iceberg(25, 10, 1);
        assertEquals(10, ice.visible());
        assertEquals(15, ice.hidden());
        assertEquals(6, ice.onFill(4));
        assertEquals(15, ice.hidden(), "no refill while part of the clip still shows");
        assertEquals(10, ice.onFill(6), "clip used up -> refilled from hidden");
        assertEquals(5, ice.hidden());
        assertEquals(5, ice.onFill(10), "last clip smaller");
        assertEquals(0, ice.onFill(5));
        assertTrue(ice.done());
        assertThrows(IllegalArgumentException.class, () -> ice.onFill(1));
    }

    @Test
    void overfillIsRefusedAndChangesNothing() {
        Iceberg ice = new Iceberg(25, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> ice.onFill(11));
        assertEquals(10, ice.visible());
        assertEquals(25, ice.remaining());
    }

    @Test
    void randomFillSequencesExecuteExactlyTheTotal() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < 5_000; i++) {
            long total = rnd.nextLong(0, 100_000);
            long clip = rnd.nextLong(1, 5_000);
            long min = rnd.nextLong(0, 200);
            assertEquals(total, Arrays.stream(Iceberg.clips(total, clip, min)).sum());
            Iceberg ice = new Iceberg(total, clip, min);
            long filled = 0;
            while (!ice.done()) {
                long f = rnd.nextLong(1, ice.visible() + 1);
                ice.onFill(f);
                filled += f;
                long clipEff = Math.max(clip, Math.max(1, min));
                assertTrue(ice.visible() <= clipEff + Math.max(1, min) - 1, "a clip never shows much more than clip");
                assertTrue(ice.hidden() == 0 || ice.hidden() >= Math.max(1, min), "a hidden tail can always be shown");
            }
            assertEquals(total, filled);
        }
    }
}
