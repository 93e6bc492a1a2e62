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

    /** One EM step written out directly (densities by the formula, no log-sum-exp), on seeded random data. */
    @Test
    void emStepMatchesANaiveReference() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(21);
        int m = 120;
        int d = 3;
        int k = 3;
        double[][] z = new double[m][d];
        for (double[] row : z) {
            for (int c = 0; c < d; c++) {
                row[c] = rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextGaussian() + (c == 0 ? rnd.nextInt(3) : 0);
            }
        }
        double[] w = {0.2, 0.3, 0.5};
        double[][] mu = new double[k][d];
        double[][] v = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < d; c++) {
                mu[j][c] = rnd.nextGaussian();
                v[j][c] = 0.5 + rnd.nextDouble();
            }
        }
        // naive E-step
        double[][] r = new double[m][k];
        double ll = 0;
        for (int i = 0; i < m; i++) {
            double total = 0;
            for (int j = 0; j < k; j++) {
                double p = w[j];
                for (int c = 0; c < d; c++) {
                    if (!Double.isNaN(z[i][c])) {
                        p *= Math.exp(-Math.pow(z[i][c] - mu[j][c], 2) / (2 * v[j][c])) / Math.sqrt(2 * Math.PI * v[j][c]);
                    }
                }
                r[i][j] = p;
                total += p;
            }
            for (int j = 0; j < k; j++) {
                r[i][j] /= total;
            }
            ll += Math.log(total);
        }
        double[][] resp = new double[m][k];
        assertEquals(ll, GaussianMixture.eStep(z, w, mu, v, resp), 1e-9 * Math.abs(ll));
        for (int i = 0; i < m; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(r[i], resp[i], 1e-12, "row " + i);
        }
        // naive M-step: weights, then per column over the rows where it is finite
        double[] w2 = new double[k];
        double[][] mu2 = new double[k][d];
        double[][] v2 = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < m; i++) {
                w2[j] += r[i][j] / m;
            }
            for (int c = 0; c < d; c++) {
                double sw = 0;
                double sx = 0;
                for (int i = 0; i < m; i++) {
                    if (!Double.isNaN(z[i][c])) {
                        sw += r[i][j];
                        sx += r[i][j] * z[i][c];
                    }
                }
                mu2[j][c] = sx / sw;
                double sv = 0;
                for (int i = 0; i < m; i++) {
                    if (!Double.isNaN(z[i][c])) {
                        sv += r[i][j] * Math.pow(z[i][c] - mu2[j][c], 2);
                    }
                }
                v2[j][c] = Math.max(sv / sw, 0.05);
            }
        }
        GaussianMixture.mStep(z, resp, w, mu, v, 0.05);
        org.junit.jupiter.api.Assertions.assertArrayEquals(w2, w, 1e-12);
        for (int j = 0; j < k; j++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(mu2[j], mu[j], 1e-12, "means " + j);
            org.junit.jupiter.api.Assertions.assertArrayEquals(v2[j], v[j], 1e-12, "variances " + j);
        }
    }
}
