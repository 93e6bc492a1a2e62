package io.trader.layer4.core.algo;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VwapTest {

    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;

    /** Hour 0 trades three times the volume of every other hour. */
    private static VolumeCurve busyMidnightHour() {
        double[] levels = new double[24];
        Arrays.fill(levels, 1);
        levels[0] = 3;
        return VolumeCurve.of(60, levels);
    }

    @Test
    void scheduleFollowsTheCurveAcrossMidnight() {
        // 23:30-00:30 in two halves: volume 30 min * 1 vs 30 min * 3 -> 1 : 3
        Schedule s = Vwap.schedule(busyMidnightHour(), 100, 23 * 60 + 30, 60, 2, 1);
        assertArrayEquals(new long[] {25, 75}, s.lots());
        assertArrayEquals(new long[] {0, 1_800_000}, s.offsetMillis());
    }

    @Test
    void flatCurveIsTwapAndSmallSlicesMerge() {
        assertArrayEquals(new long[] {3, 4, 3}, Vwap.slices(VolumeCurve.flat(30), 10, 600, 30, 3, 1));
        // 25 / 75 split with a 30-lot minimum: the first slice waits and joins the second
        assertArrayEquals(new long[] {0, 100}, Vwap.slices(busyMidnightHour(), 100, 23 * 60 + 30, 60, 2, 30));
        assertArrayEquals(new long[] {5, 0}, Vwap.slices(busyMidnightHour(), 5, 23 * 60 + 30, 60, 2, 30));
    }

    @Test
    void intervalSharesIntegrateMinuteByMinute() {
        VolumeCurve c = busyMidnightHour();
        double unit = 1.0 / 26 / 60; // one minute of a quiet hour
        double[] w = c.intervalShares(59, 3, 3); // 00:59 (busy), 01:00, 01:01
        assertEquals(3 * unit, w[0], 1e-15);
        assertEquals(unit, w[1], 1e-15);
        assertEquals(unit, w[2], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> c.intervalShares(0, 2, 3));
    }

    @Test
    void estimatorAveragesPerBarAndFillsUnseenBuckets() {
        VolumeCurveEstimator est = new VolumeCurveEstimator(720); // two buckets: 00-12, 12-24
        est.add(0, 1);                    // day 0, morning
        est.add(13 * HOUR, 6);            // day 0, afternoon
        est.add(DAY, 3);                  // day 1, morning
        est.add(DAY + 12 * HOUR, 2);      // day 1, afternoon
        VolumeCurve c = est.curve();      // mean per bar: morning 2, afternoon 4
        assertEquals(1.0 / 3, c.share(0), 1e-15);
        assertEquals(2.0 / 3, c.share(1), 1e-15);

        VolumeCurveEstimator half = new VolumeCurveEstimator(720);
        half.add(0, 5);                   // the afternoon never seen -> takes the mean level
        assertEquals(0.5, half.curve().share(1), 1e-15);
        assertEquals(0.5, new VolumeCurveEstimator(60).curve().share(0) * 12, 1e-15, "empty -> flat");
    }

    @Test
    void estimatorRefusesBadBarsAndChangesNothing() {
        VolumeCurveEstimator est = new VolumeCurveEstimator(60);
        est.add(0, 1);
        assertThrows(IllegalArgumentException.class, () -> est.add(60_000, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> est.add(60_000, -1));
        assertThrows(IllegalArgumentException.class, () -> est.add(0, 1), "repeated bar");
        assertEquals(1, est.barsSeen());
        assertThrows(IllegalArgumentException.class, () -> new VolumeCurveEstimator(7));
        assertThrows(IllegalArgumentException.class, () -> VolumeCurve.of(60, new double[24]));
    }

    @Test
    void randomHorizonsSumExactly() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] levels = new double[96];
        for (int b = 0; b < levels.length; b++) {
            levels[b] = rnd.nextDouble(0.1, 10);
        }
        VolumeCurve c = VolumeCurve.of(15, levels);
        for (int i = 0; i < 5_000; i++) {
            int n = rnd.nextInt(1, 60);
            int horizon = rnd.nextInt(n, 3000);
            long q = rnd.nextLong(0, 100_000_000);
            long[] s = Vwap.slices(c, q, rnd.nextInt(-2000, 3000), horizon, n, rnd.nextLong(0, 500));
            assertEquals(n, s.length);
            assertEquals(q, Arrays.stream(s).sum());
        }
    }
}
