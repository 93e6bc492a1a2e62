package io.trader.layer4.core.exec;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpisodeDrawTest {

    @Test
    void trainingEpisodesEndBeforeTheSplitAndHeldOutOnesStartAHorizonAfterIt() {
        EpisodeDraw d = new EpisodeDraw(10_000, 60, 31, 0.7);
        assertEquals(7000, d.splitIndex());
        int[] train = d.train(7, 5000);
        for (int s : train) {
            assertTrue(s >= 60 && s + 31 <= 7000, "training episode inside [60, 7000): " + s);
        }
        int[] held = d.heldOutGrid();
        assertEquals(7000 + 60, held[0], "gap of max(horizon, warm-up) bars after the split");
        for (int k = 0; k < held.length; k++) {
            assertTrue(held[k] - 60 >= 7000, "held-out warm-up after the split");
            assertTrue(held[k] + 31 <= 10_000);
            if (k > 0) {
                assertTrue(held[k] >= held[k - 1] + 31, "held-out episodes do not overlap");
            }
        }
        assertEquals((10_000 - 31 - 7060) / 31 + 1, held.length);
    }

    @Test
    void drawsAreSeeded() {
        EpisodeDraw d = new EpisodeDraw(10_000, 60, 31, 0.7);
        assertArrayEquals(d.train(3, 100), d.train(3, 100));
        assertTrue(!java.util.Arrays.equals(d.train(3, 100), d.train(4, 100)));
        int[] a = d.heldOut(5, 20);
        assertArrayEquals(a, d.heldOut(5, 20));
        for (int k = 1; k < a.length; k++) {
            assertTrue(a[k] > a[k - 1], "sorted, no duplicates");
        }
        assertEquals(d.heldOutGrid().length, d.heldOut(5, 1_000_000).length);
    }

    @Test
    void tooFewBarsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EpisodeDraw(150, 60, 31, 0.7));
    }
}
