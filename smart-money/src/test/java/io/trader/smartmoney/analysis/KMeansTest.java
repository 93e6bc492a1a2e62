package io.trader.smartmoney.analysis;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KMeansTest {

    /** Three behaviour groups: scalpers (20x, 0.5 h, 40/day), swing (5x, 48 h, 1/day), whales (2x, 300 h, 0.1/day). */
    static double[][] groups(int perGroup, long seed) {
        double[][] centres = {{20, 0.5, 40}, {5, 48, 1}, {2, 300, 0.1}};
        SplittableRandom r = new SplittableRandom(seed);
        double[][] rows = new double[3 * perGroup][];
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < perGroup; i++) {
                double[] c = centres[g];
                rows[g * perGroup + i] = new double[]{c[0] * (1 + 0.1 * r.nextGaussian()),
                        c[1] * (1 + 0.1 * r.nextGaussian()), c[2] * (1 + 0.1 * r.nextGaussian())};
            }
        }
        return rows;
    }

    @Test
    void recoversWellSeparatedGroupsWhateverTheUnits() {
        double[][] rows = groups(40, 1);
        KMeans k = KMeans.fit(rows, 3, 7);
        Set<Integer> labels = new HashSet<>();
        for (int g = 0; g < 3; g++) {
            int label = k.assignment()[g * 40];
            labels.add(label);
            for (int i = 0; i < 40; i++) {
                assertEquals(label, k.assignment()[g * 40 + i], "group " + g + " row " + i);
            }
            assertEquals(40, k.sizes()[label]);
        }
        assertEquals(3, labels.size(), "three groups, three clusters");
        double[] scalpers = k.centroids()[k.assignment()[0]];
        assertEquals(20, scalpers[0], 1.0);
        assertEquals(40, scalpers[2], 2.0);
    }

    @Test
    void deterministicForASeed() {
        double[][] rows = groups(30, 2);
        assertArrayEquals(KMeans.fit(rows, 3, 11).assignment(), KMeans.fit(rows, 3, 11).assignment());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(new double[][]{{1, 2}}, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(new double[][]{{1, Double.NaN}, {2, 3}}, 1, 1));
    }
}
