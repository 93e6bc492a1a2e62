package io.trader.layer2.core.drift;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ADWIN2 against the exact ADWIN0 reference on seeded 0/1 streams (sums of 0/1 values are exact, so both
 * see identical means). What is guaranteed: until the first detection both windows hold every value, and
 * ADWIN2 checks a subset of ADWIN0's cuts (bucket boundaries only) with the same bound, so ADWIN2 never
 * detects earlier than ADWIN0 and never raises an alarm ADWIN0 would not have raised on the same window.
 * It may detect later (the significant cut may fall inside a bucket); that lag is measured and bounded.
 */
class AdwinReferenceTest {

    @Test
    void neverEarlierThanTheExactReferenceAndOnlySlightlyLater() {
        int runs = 60;
        int detectedBoth = 0;
        long lagSum = 0;
        int maxLag = 0;
        for (int r = 0; r < runs; r++) {
            SplittableRandom rnd = new SplittableRandom(100 + r);
            boolean withChange = r % 3 != 0;
            Adwin fast = new Adwin(0.002, 5, 5, false);
            NaiveAdwin exact = new NaiveAdwin(0.002, 5);
            int tFast = -1;
            int tExact = -1;
            for (int t = 0; t < 1500 && tFast < 0; t++) {
                double p = withChange && t >= 700 ? 0.45 : 0.2;
                double x = rnd.nextDouble() < p ? 1 : 0;
                boolean hit = fast.add(x);
                int dir = tExact < 0 ? exact.add(x) : 0;
                if (tExact < 0 && dir != 0) {
                    tExact = t;
                }
                if (tExact < 0) {
                    assertEquals(exact.width(), fast.width(), "same window before any detection, run " + r);
                    assertEquals(exact.mean(), fast.mean(), 1e-12, "same mean, run " + r);
                }
                if (hit) {
                    tFast = t;
                }
            }
            if (tFast >= 0) {
                assertTrue(tExact >= 0 && tExact <= tFast,
                        "run " + r + ": ADWIN2 detected at " + tFast + " but the exact reference at " + tExact);
            }
            if (withChange) {
                assertTrue(tExact >= 700 && tFast >= 700, "run " + r + ": no alarm before the change: " + tExact);
                detectedBoth++;
                lagSum += tFast - tExact;
                maxLag = Math.max(maxLag, tFast - tExact);
            } else {
                assertEquals(-1, tExact, "change-free run " + r + " raised an exact-ADWIN alarm");
                assertEquals(-1, tFast, "change-free run " + r);
            }
        }
        System.out.printf("ADWIN2 vs exact ADWIN0 over %d runs with a change: mean extra delay %.1f, max %d%n",
                detectedBoth, (double) lagSum / detectedBoth, maxLag);
        assertTrue(maxLag <= 60, "ADWIN2 lag behind ADWIN0 " + maxLag);
    }

    @Test
    void keepsOnlyTheNewRegimeAfterADetection() {
        Adwin a = new Adwin(0.002);
        SplittableRandom rnd = new SplittableRandom(7);
        int detectedAt = -1;
        for (int t = 0; t < 3000; t++) {
            boolean hit = a.add(rnd.nextDouble() < (t < 2000 ? 0.1 : 0.5) ? 1 : 0);
            if (hit && detectedAt < 0) {
                detectedAt = t;
                assertTrue(a.meanAfter() > a.meanBefore() && a.lastDirection() == 1);
            }
        }
        assertTrue(detectedAt >= 2000, "detected at " + detectedAt);
        assertTrue(a.width() <= 1000 + 200, "window after the change keeps little of the old regime: " + a.width());
        assertEquals(0.5, a.mean(), 0.06);
        assertEquals(3000, a.samples());
    }
}
