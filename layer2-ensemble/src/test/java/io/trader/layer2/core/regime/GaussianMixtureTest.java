package io.trader.layer2.core.regime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianMixtureTest {

    @Test
    void logLikelihoodNeverDecreasesOverEmIterations() {
        for (long seed = 1; seed <= 10; seed++) {
            // overlapping blobs with unequal spreads: EM has real work to do after the k-means start
            Blobs blobs = new Blobs(250, new double[] {1.0, 2.5, 4.0}, seed);
            for (int i = 0; i < blobs.rows.length; i += 7) {
                blobs.rows[i][1] = Double.NaN;
            }
            GaussianMixture g = GaussianMixture.fit(blobs.rows, blobs.rows.length, 3, seed);
            double[] ll = g.logLikelihoods();
            assertTrue(ll.length >= 3, "seed " + seed + ": only " + ll.length + " EM iterations");
            for (int i = 1; i < ll.length; i++) {
                assertTrue(ll[i] >= ll[i - 1] - 1e-9 * Math.abs(ll[i - 1]),
                        "seed " + seed + " iteration " + i + ": " + ll[i - 1] + " -> " + ll[i]);
            }
            assertTrue(ll[ll.length - 1] > ll[0], "EM improved on the k-means start, seed " + seed);
        }
    }

    @Test
    void recoversPlantedClustersWithDifferentSpreads() {
        Blobs blobs = new Blobs(400, new double[] {0.5, 1.0, 1.5}, 11);
        GaussianMixture g = GaussianMixture.fit(blobs.rows, blobs.rows.length, 3, 42);
        assertEquals("gmm", g.kind());
        double acc = blobs.accuracy(g);
        assertTrue(acc > 0.97, "accuracy " + acc);
        assertTrue(g.mean(0)[0] < g.mean(1)[0] && g.mean(1)[0] < g.mean(2)[0], "numbered by the first column");
        assertEquals(1.0 / 3, g.weight(1), 0.03);
        assertTrue(Double.isNaN(g.mean(0)[3]), "all-NaN column skipped");
    }

    @Test
    void varianceFloorKeepsADegenerateComponentFinite() {
        double[][] rows = new double[200][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i < 100 ? 1.0 : 2.0 + (i % 10) * 0.1, i % 3};
        }
        GaussianMixture g = GaussianMixture.fit(rows, rows.length, 2, 1);
        double[] ll = g.logLikelihoods();
        assertTrue(Double.isFinite(ll[ll.length - 1]), "finite log-likelihood with a zero-spread cluster");
        assertEquals(0, g.assign(new double[] {1.0, 1}));
        assertEquals(1, g.assign(new double[] {2.5, 1}));
    }
}
