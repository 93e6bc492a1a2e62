package io.trader.layer3.core.cov;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incremental engine against the batch estimators on the same rows: seeded returns with gaps inside
 * series and assets that list later. Tolerance 1e-12 relative to the variance scale (the incremental sums
 * differ from the two-pass batch formulas only by rounding).
 */
class CovarianceEngineTest {

    static final double N = Double.NaN;

    /** Seeded rows: asset 3 lists at step 40, asset 4 at step 120; 5% random gaps elsewhere. */
    static List<double[]> rows(long seed, int steps) {
        Random rnd = new Random(seed);
        List<double[]> out = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            int n = t < 40 ? 3 : t < 120 ? 4 : 5;
            double f = rnd.nextGaussian() * 0.01;
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = rnd.nextDouble() < 0.05 ? N : 0.0005 * i + f * (0.5 + 0.3 * i) + rnd.nextGaussian() * 0.008;
            }
            out.add(r);
        }
        return out;
    }

    /** The last `window` rows, padded with NaN to n columns. */
    static double[][] tail(List<double[]> rows, int upto, int window, int n) {
        int from = Math.max(0, upto - window);
        double[][] out = new double[upto - from][n];
        for (int t = from; t < upto; t++) {
            Arrays.fill(out[t - from], N);
            System.arraycopy(rows.get(t), 0, out[t - from], 0, rows.get(t).length);
        }
        return out;
    }

    static void feed(CovarianceEngine e, double[] row) {
        e.ensureAssets(row.length);
        e.add(row);
    }

    static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * 1e-4 + 1e-12 * Math.abs(expected), what);
    }

    @Test
    void sampleWindowMatchesPairwiseBatchWithGapsAndLateListings() {
        int w = 60;
        CovarianceEngine e = CovarianceEngine.sample(w, 20);
        List<double[]> rows = rows(1, 400);
        double[][] out = new double[5][5];
        for (int t = 0; t < rows.size(); t++) {
            feed(e, rows.get(t));
            if (t % 17 != 0 && t != 58 && t != 59 && t != 60) {
                continue;
            }
            int n = e.assets();
            double[][] batch = SampleCovariance.pairwise(tail(rows, t + 1, w, n));
            int[][] overlap = SampleCovariance.overlap(tail(rows, t + 1, w, n));
            e.covariance(out);
            for (int i = 0; i < n; i++) {
                assertEquals(overlap[i][i] >= 20 && readyByOverlap(overlap, i, 20), e.ready(i), "ready " + i + " at " + t);
                for (int j = 0; j < n; j++) {
                    assertEquals(overlap[i][j], e.observations(i, j));
                    if (e.ready(i) && e.ready(j)) {
                        assertClose(batch[i][j], out[i][j], "cov " + i + "," + j + " at step " + t);
                    } else {
                        assertTrue(Double.isNaN(out[i][j]), "not-ready pair is NaN");
                    }
                }
            }
        }
        assertTrue(e.ready(4), "the late asset becomes ready");
    }

    static boolean readyByOverlap(int[][] c, int i, int min) {
        for (int j = 0; j < c.length; j++) {
            if (c[j][j] >= min && c[i][j] < min) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aLateListingIsNotReadyUntilItHasEnoughObservations() {
        CovarianceEngine e = CovarianceEngine.sample(30, 10);
        for (int t = 0; t < 15; t++) {
            feed(e, new double[] {0.01 * (t % 3), -0.01 * (t % 2)});
        }
        assertTrue(e.ready(0) && e.ready(1));
        for (int t = 0; t < 9; t++) {
            feed(e, new double[] {0.01 * (t % 3), -0.01 * (t % 2), 0.02 * (t % 4)});
        }
        assertFalse(e.ready(2), "9 observations < 10");
        assertTrue(e.ready(0), "an established asset stays ready: the newcomer has too few of its own");
        feed(e, new double[] {0.01, 0.0, 0.03});
        assertTrue(e.ready(2));
        assertThrows(IllegalArgumentException.class, () -> e.add(new double[2]));
        assertThrows(IllegalArgumentException.class, () -> CovarianceEngine.sample(5, 10));
        assertThrows(IllegalArgumentException.class, () -> CovarianceEngine.ewma(0, 10));
    }

    @Test
    void ewmaMatchesTheDirectWeightedFormula() {
        double halfLife = 25;
        CovarianceEngine e = CovarianceEngine.ewma(halfLife, 10);
        List<double[]> rows = rows(2, 300);
        double[][] out = new double[5][5];
        for (double[] r : rows) {
            feed(e, r);
        }
        e.covariance(out);
        double lambda = Math.pow(0.5, 1 / halfLife);
        double[][] all = tail(rows, rows.size(), rows.size(), 5);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                double sw = 0;
                double sx = 0;
                double sy = 0;
                for (int t = 0; t < all.length; t++) {
                    if (!Double.isNaN(all[t][i]) && !Double.isNaN(all[t][j])) {
                        double wt = Math.pow(lambda, all.length - 1 - t);
                        sw += wt;
                        sx += wt * all[t][i];
                        sy += wt * all[t][j];
                    }
                }
                double mx = sx / sw;
                double my = sy / sw;
                double c = 0;
                for (int t = 0; t < all.length; t++) {
                    if (!Double.isNaN(all[t][i]) && !Double.isNaN(all[t][j])) {
                        c += Math.pow(lambda, all.length - 1 - t) * (all[t][i] - mx) * (all[t][j] - my);
                    }
                }
                assertClose(c / sw, out[i][j], "ewma " + i + "," + j);
            }
        }
    }

    @Test
    void ledoitWolfMatchesTheBatchEstimatorOnTheWindowOfReadyAssets() {
        int w = 80;
        CovarianceEngine e = CovarianceEngine.ledoitWolf(w, 30);
        List<double[]> rows = rows(3, 250);
        double[][] out = new double[5][5];
        for (int t = 0; t < rows.size(); t++) {
            feed(e, rows.get(t));
            if (t != 100 && t != 249) {
                continue;
            }
            e.covariance(out);
            double[][] win = tail(rows, t + 1, w, e.assets());
            int[] readyIdx = java.util.stream.IntStream.range(0, e.assets()).filter(e::ready).toArray();
            assertEquals(t == 100 ? 4 : 5, readyIdx.length);
            double[][] sub = new double[win.length][readyIdx.length];
            for (int k = 0; k < win.length; k++) {
                for (int a = 0; a < readyIdx.length; a++) {
                    sub[k][a] = win[k][readyIdx[a]];
                }
            }
            LedoitWolf.Shrunk ref = LedoitWolf.shrink(sub, LedoitWolf.Target.CONSTANT_VARIANCE);
            assertEquals(ref.delta(), e.shrinkage(), 1e-12);
            for (int a = 0; a < readyIdx.length; a++) {
                for (int b = 0; b < readyIdx.length; b++) {
                    assertClose(ref.cov()[a][b], out[readyIdx[a]][readyIdx[b]], "lw " + a + "," + b + " at " + t);
                }
            }
        }
    }

    @Test
    void stepsAllocateNothingOnceTheAssetCountIsStable() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (CovarianceEngine e : new CovarianceEngine[] {CovarianceEngine.sample(100, 20),
                CovarianceEngine.ewma(50, 20), CovarianceEngine.ledoitWolf(100, 20)}) {
            int n = 40;
            e.ensureAssets(n);
            double[][] out = new double[n][n];
            double[] row = new double[n];
            Random rnd = new Random(4);
            for (int t = 0; t < 3000; t++) { // warm-up, including the JIT
                step(e, row, rnd, out);
            }
            long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int t = 0; t < 500; t++) {
                step(e, row, rnd, out);
            }
            long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            assertTrue(allocated < 1024, e.estimator() + " allocated " + allocated + " bytes in 500 steps");
        }
    }

    private static void step(CovarianceEngine e, double[] row, Random rnd, double[][] out) {
        for (int i = 0; i < row.length; i++) {
            row[i] = rnd.nextInt(20) == 0 ? Double.NaN : rnd.nextGaussian() * 0.01;
        }
        e.add(row);
        e.covariance(out);
    }
}
