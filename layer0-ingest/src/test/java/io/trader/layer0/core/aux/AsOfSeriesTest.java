package io.trader.layer0.core.aux;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsOfSeriesTest {

    @Test
    void aValueIsVisibleFromItsAvailabilityTimeOnNeverBefore() {
        long t = 1_000_000;
        // the sentinel becomes available 1 ms after t
        AsOfSeries s = new AsOfSeries("s", new long[]{t - 10, t + 1}, new double[]{1.0, 999.0});
        assertTrue(Double.isNaN(s.valueAsOf(t - 11)));
        assertEquals(1.0, s.valueAsOf(t - 10));
        assertEquals(1.0, s.valueAsOf(t));
        assertEquals(999.0, s.valueAsOf(t + 1));
        // going back in time (a rewind) still never sees the sentinel
        assertEquals(1.0, s.valueAsOf(t));
        assertTrue(Double.isNaN(s.valueAsOf(t - 11)));
        assertEquals(999.0, s.valueAsOf(Long.MAX_VALUE));
    }

    @Test
    void forwardAndRandomQueriesAgreeWithALinearScan() {
        long[] times = new long[500];
        double[] values = new double[500];
        java.util.Random r = new java.util.Random(7);
        long t = 0;
        for (int i = 0; i < times.length; i++) {
            t += 1 + r.nextInt(50);
            times[i] = t;
            values[i] = i;
        }
        AsOfSeries s = new AsOfSeries("s", times, values);
        for (int q = 0; q < 5000; q++) {
            long at = q < 2500 ? q * 6L : r.nextInt((int) t + 100) - 50;
            int expected = -1;
            for (int i = 0; i < times.length && times[i] <= at; i++) {
                expected = i;
            }
            assertEquals(expected, s.indexAsOf(at), "query " + at);
        }
    }

    @Test
    void maxAgeMakesAStoppedSeriesUnknown() {
        AsOfSeries s = new AsOfSeries("s", new long[]{100}, new double[]{5});
        assertEquals(5.0, s.valueAsOf(150, 50));
        assertTrue(Double.isNaN(s.valueAsOf(151, 50)));
    }

    @Test
    void unsortedOrRepeatedTimesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AsOfSeries("s", new long[]{1, 1}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new AsOfSeries("s", new long[]{2, 1}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new AsOfSeries("s", new long[]{1}, new double[2]));
    }
}
