package io.trader.layer2.core.regime;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KMeansTest {

    /** One Lloyd step by brute force: nearest centre on the finite columns, then per-column means. */
    private static double[][] naiveStep(double[][] z, double[][] centers, int[] assignOut) {
        int k = centers.length;
        int d = centers[0].length;
        for (int i = 0; i < z.length; i++) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    if (!Double.isNaN(z[i][c]) && !Double.isNaN(centers[j][c])) {
                        s += Math.pow(z[i][c] - centers[j][c], 2);
                    }
                }
                if (s < best) {
                    best = s;
                    assignOut[i] = j;
                }
            }
        }
        double[][] out = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < d; c++) {
                double sum = 0;
                int n = 0;
                for (int i = 0; i < z.length; i++) {
                    if (assignOut[i] == j && !Double.isNaN(z[i][c])) {
                        sum += z[i][c];
                        n++;
                    }
                }
                out[j][c] = n > 0 ? sum / n : centers[j][c];
            }
        }
        return out;
    }

    @Test
    void lloydStepMatchesBruteForce() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int m = 300;
            int d = 4;
            int k = 2 + (int) (seed % 5);
            double[][] z = new double[m][d];
            for (double[] row : z) {
                for (int c = 0; c < d; c++) {
                    row[c] = rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextGaussian() * (c + 1);
                }
            }
            double[][] centers = new double[k][d];
            for (double[] ctr : centers) {
                for (int c = 0; c < d; c++) {
                    ctr[c] = rnd.nextGaussian();
                }
            }
            int[] expectedAssign = new int[m];
            double[][] expected = naiveStep(z, centers, expectedAssign);
            int[] assign = new int[m];
            java.util.Arrays.fill(assign, -1);
            assertTrue(KMeans.assignStep(z, centers, assign));
            KMeans.updateStep(z, centers, assign);
            assertArrayEquals(expectedAssign, assign, "seed " + seed);
            for (int j = 0; j < k; j++) {
                assertArrayEquals(expected[j], centers[j], 1e-12, "seed " + seed + " centre " + j);
            }
        }
    }

    @Test
    void recoversPlantedClustersNumberedByTheFirstColumn() {
        Blobs blobs = new Blobs(300, new double[] {1, 1, 1}, 7);
        KMeans model = KMeans.fit(blobs.rows, blobs.rows.length, 3, 42);
        assertEquals("kmeans", model.kind());
        assertEquals(3, model.regimes());
        double acc = blobs.accuracy(model);
        assertTrue(acc > 0.99, "accuracy " + acc);
        assertTrue(model.center(0)[0] < model.center(1)[0] && model.center(1)[0] < model.center(2)[0]);
        assertEquals(10.0, model.center(2)[0], 0.2);
        assertTrue(Double.isNaN(model.center(0)[3]), "the all-NaN column is skipped");
        assertEquals(1, model.assign(new double[] {5, Double.NaN, Double.NaN, Double.NaN}), "finite inputs only");
    }

    @Test
    void sameRowsAndSeedGiveTheSameModel() {
        Blobs blobs = new Blobs(200, new double[] {2, 2, 2, 2}, 3);
        KMeans a = KMeans.fit(blobs.rows, blobs.rows.length, 4, 5);
        KMeans b = KMeans.fit(blobs.rows, blobs.rows.length, 4, 5);
        for (int j = 0; j < 4; j++) {
            assertArrayEquals(a.center(j), b.center(j), 0.0);
        }
        assertTrue(a.iterations() >= 1 && a.iterations() < KMeans.MAX_ITER, "converged: " + a.iterations());
    }

    @Test
    void tooFewUsableRowsAreRefused() {
        double[][] rows = {{Double.NaN, 1}, {Double.NaN, 2}, {Double.NaN, Double.NaN}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KMeans.fit(rows, 3, 3, 1));
        assertTrue(e.getMessage().contains("at least k=3 usable rows, had 2"), e.getMessage());
    }
}
