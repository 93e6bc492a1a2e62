package io.trader.layer1.core.validation;

import io.trader.layer1.core.validation.PurgedKFold.Fold;
import io.trader.layer1.core.validation.PurgedKFold.Mode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * mlfinlab's purged K-fold index sets (shared/oracles/mlfinlab, README "Purged K-fold"): N one-minute
 * samples from 2019-01-01 00:00, each ending 2 minutes after it starts; 3 splits.
 */
class PurgedKFoldOracleTest {

    static final long T0 = 1_546_300_800_000L;
    static final long MIN = 60_000L;

    static long[] starts(int n) {
        return IntStream.range(0, n).mapToLong(i -> T0 + i * MIN).toArray();
    }

    static long[] ends(int n) {
        return IntStream.range(0, n).mapToLong(i -> T0 + (i + 2) * MIN).toArray();
    }

    /** "3-9" or "0-6,16-19" as indices. */
    static int[] ranges(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ab = part.split("-");
            int a = Integer.parseInt(ab[0]);
            int b = ab.length > 1 ? Integer.parseInt(ab[1]) : a;
            for (int i = a; i <= b; i++) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void trainTimesForTheThreeAssertedWindows() {
        long[] s = starts(10);
        long[] e = ends(10);
        assertArrayEquals(ranges("3-9"), PurgedKFold.mlfinlabTrainIndices(s, e, T0 + MIN, T0 + 2 * MIN));
        assertArrayEquals(ranges("0-5"), PurgedKFold.mlfinlabTrainIndices(s, e, T0 + 8 * MIN, T0 + 11 * MIN));
        assertArrayEquals(ranges("0-3,9"), PurgedKFold.mlfinlabTrainIndices(s, e, T0 + 6 * MIN, T0 + 8 * MIN));
    }

    private static void assertFolds(int n, double embargo, String[][] expected) {
        List<Fold> folds = PurgedKFold.split(starts(n), ends(n), 3, embargo, Mode.MLFINLAB);
        assertEquals(3, folds.size());
        for (int k = 0; k < 3; k++) {
            int[] test = ranges(expected[k][0]);
            assertEquals(test[0], folds.get(k).testFrom(), "N=" + n + " fold " + k);
            assertEquals(test[test.length - 1] + 1, folds.get(k).testTo(), "N=" + n + " fold " + k);
            assertArrayEquals(ranges(expected[k][1]), folds.get(k).train(), "N=" + n + " fold " + k + " train");
        }
    }

    @Test
    void n20WithoutEmbargo() {
        assertFolds(20, 0, new String[][] {{"0-6", "9-19"}, {"7-13", "0-6,16-19"}, {"14-19", "0-13"}});
    }

    @Test
    void n100WithTwoPercentEmbargo() {
        assertFolds(100, 0.02, new String[][] {{"0-33", "38-99"}, {"34-66", "0-33,71-99"}, {"67-99", "0-66"}});
    }

    @Test
    void n1000WithOnePercentEmbargo() {
        assertFolds(1000, 0.01, new String[][] {{"0-333", "346-999"}, {"334-666", "0-333,679-999"},
            {"667-999", "0-666"}});
    }

    /** The anchor's own equivalences: each fold = train times of (value of first test, value of last test [+embargo]). */
    @Test
    void foldsEqualTrainTimesOfTheirWindow() {
        for (int[] cfg : new int[][] {{20, 0}, {100, 2}}) {
            int n = cfg[0];
            long[] s = starts(n);
            long[] e = ends(n);
            List<Fold> folds = PurgedKFold.split(s, e, 3, cfg[1] / 100.0, Mode.MLFINLAB);
            for (Fold f : folds) {
                int last = f.testTo() < n ? f.testTo() - 1 + cfg[1] : f.testTo() - 1;
                int[] expected = PurgedKFold.mlfinlabTrainIndices(s, e, e[f.testFrom()], e[last]);
                assertArrayEquals(expected, f.train());
                if (cfg[1] > 0 && f.testTo() < n) {
                    // the embargo drops 2 more samples after the test window than the un-embargoed purge
                    int[] noEmbargo = PurgedKFold.mlfinlabTrainIndices(s, e, e[f.testFrom()], e[f.testTo() - 1]);
                    assertEquals(noEmbargo.length - 2, f.train().length);
                }
            }
        }
    }

    @Test
    void textbookModePurgesFromTheFirstTestStart() {
        List<Fold> folds = PurgedKFold.split(starts(20), ends(20), 3, 0, Mode.TEXTBOOK);
        // window [start 7, max end 15]: samples 5, 6 end inside it (the quirk keeps them), 14, 15 start inside
        assertArrayEquals(ranges("0-4,16-19"), folds.get(1).train());
        assertArrayEquals(ranges("9-19"), folds.get(0).train());
        assertArrayEquals(ranges("0-11"), folds.get(2).train());
        // the mlfinlab quirk keeps samples 5 and 6 in fold 1 although their labels end inside the test window
        List<Fold> quirk = PurgedKFold.split(starts(20), ends(20), 3, 0, Mode.MLFINLAB);
        assertTrue(Arrays.stream(quirk.get(1).train()).anyMatch(i -> i == 5));
        List<Fold> emb = PurgedKFold.split(starts(100), ends(100), 3, 0.02, Mode.TEXTBOOK);
        assertArrayEquals(ranges("0-31,71-99"), emb.get(1).train());
    }

    /** No training sample of a textbook fold overlaps any test sample's interval. */
    @Test
    void textbookTrainNeverOverlapsTest() {
        long[] s = starts(300);
        long[] e = new long[300];
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            e[i] = s[i] + rnd.nextInt(15) * MIN;
        }
        for (Fold f : PurgedKFold.split(s, e, 5, 0.01, Mode.TEXTBOOK)) {
            for (int i : f.train()) {
                for (int j = f.testFrom(); j < f.testTo(); j++) {
                    assertTrue(e[i] < s[j] || s[i] > e[j], "train " + i + " overlaps test " + j);
                }
            }
        }
    }

    @Test
    void badArgumentsAreRefused() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> PurgedKFold.split(starts(10), ends(10), 1, 0, Mode.MLFINLAB));
        assertTrue(ex.getMessage().contains("splits"));
        assertThrows(IllegalArgumentException.class, () -> PurgedKFold.split(starts(10), ends(10), 3, 1.5, Mode.TEXTBOOK));
        assertThrows(IllegalArgumentException.class, () -> PurgedKFold.split(ends(10), starts(10), 3, 0, Mode.TEXTBOOK));
    }
}
