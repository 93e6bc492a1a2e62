package io.trader.layer4.core.algo;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApportionTest {

    @Test
    void cumulativeRoundingIsHandComputable() {
        // cumulative 10/3 -> 3, 20/3 -> 7, 10
        assertArrayEquals(new long[] {3, 4, 3}, Apportion.byWeights(10, new double[] {1, 1, 1}));
        assertArrayEquals(new long[] {25, 75}, Apportion.byWeights(100, new double[] {1, 3}));
        assertArrayEquals(new long[] {0, 10, 0}, Apportion.byWeights(10, new double[] {0, 2, 0}));
        // all zero -> even: cumulative 5/3 -> 2, 10/3 -> 3, 5
        assertArrayEquals(new long[] {2, 1, 2}, Apportion.byWeights(5, new double[] {0, 0, 0}));
    }

    @Test
    void smallSlicesMergeForwardAndTheTailJoinsTheLastChild() {
        assertArrayEquals(new long[] {0, 0, 3, 6, 0}, Apportion.enforceMinimum(new long[] {1, 1, 1, 5, 1}, 3));
        assertArrayEquals(new long[] {2, 0, 0}, Apportion.enforceMinimum(new long[] {1, 0, 1}, 3), "whole order at once");
        assertArrayEquals(new long[] {1, 0, 1}, Apportion.enforceMinimum(new long[] {1, 0, 1}, 1));
    }

    @Test
    void refusesBadWeights() {
        assertThrows(IllegalArgumentException.class, () -> Apportion.byWeights(10, new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Apportion.byWeights(10, new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Apportion.byWeights(10, new double[0]));
    }

    @Test
    void randomWeightsSumExactly() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            int n = rnd.nextInt(1, 100);
            double[] w = new double[n];
            for (int k = 0; k < n; k++) {
                w[k] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble() * Math.pow(10, rnd.nextInt(-6, 6));
            }
            long q = rnd.nextLong(0, 10_000_000_000L);
            long min = rnd.nextLong(0, 1000);
            long[] s = Apportion.enforceMinimum(Apportion.byWeights(q, w), min);
            assertEquals(q, Arrays.stream(s).sum());
            long sent = Arrays.stream(s).filter(l -> l > 0).count();
            assertTrue(Arrays.stream(s).allMatch(l -> l == 0 || l >= min || sent == 1), Arrays.toString(s));
        }
    }
}
