package io.trader.layer4.core.book;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PriceLevels against a TreeMap under random updates: dense near the touch, sparse far from it, both sides. */
class PriceLevelsTest {

    @Test
    void matchesASortedMapUnderRandomUpdates() {
        for (boolean bids : new boolean[] {true, false}) {
            SplittableRandom random = new SplittableRandom(bids ? 1 : 2);
            PriceLevels levels = new PriceLevels(bids);
            TreeMap<Long, Long> ref = new TreeMap<>(bids ? Comparator.<Long>reverseOrder() : Comparator.<Long>naturalOrder());
            long touch = 100_000;
            for (int i = 0; i < 200_000; i++) {
                if (i % 5_000 == 0) {
                    touch += random.nextInt(-50, 51); // the touch wanders
                }
                if (i % 20_000 == 0) {
                    touch += random.nextInt(-30_000, 30_001); // and jumps past the ladder window
                }
                int r = random.nextInt(100);
                long dist = r < 60 ? random.nextInt(0, 64) : r < 90 ? random.nextInt(0, 2_000)
                        : random.nextInt(0, 200_000);
                long px = bids ? touch - dist : touch + dist;
                if (r % 7 == 0) {
                    px = bids ? touch + random.nextInt(1, 5) : touch - random.nextInt(1, 5); // a new best
                }
                long lots = random.nextInt(3) == 0 ? 0 : random.nextLong(1, 1_000);
                levels.set(px, lots);
                if (lots == 0) {
                    ref.remove(px);
                } else {
                    ref.put(px, lots);
                }
                if (i % 997 == 0) {
                    assertSame(ref, levels);
                }
                long probe = bids ? touch - random.nextInt(-5, 3_000) : touch + random.nextInt(-5, 3_000);
                assertEquals(ref.getOrDefault(probe, 0L), levels.sizeAt(probe), "size at " + probe);
            }
            assertSame(ref, levels);
            PriceLevels copy = levels.copy();
            levels.clear();
            assertEquals(0, levels.depth());
            assertEquals(Long.MIN_VALUE, levels.best());
            assertSame(ref, copy);
        }
    }

    private static void assertSame(TreeMap<Long, Long> ref, PriceLevels levels) {
        assertEquals(ref.size(), levels.depth());
        int i = 0;
        for (Map.Entry<Long, Long> e : ref.entrySet()) {
            assertEquals(e.getKey(), levels.priceAt(i));
            assertEquals(e.getValue(), levels.lotsAt(i));
            i++;
        }
        assertEquals(ref.isEmpty() ? Long.MIN_VALUE : ref.firstKey(), levels.best());
    }
}
