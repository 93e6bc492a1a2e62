package io.trader.layer2.core.regime;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-means regime model. {@link #fit} standardises the columns on the fit rows ({@link Scaling}; all-NaN
 * and constant columns are skipped), seeds the centres with k-means++ (a seeded {@link SplittableRandom}:
 * the same rows and seed give the same model), runs Lloyd iterations until no assignment changes (at most
 * {@link #MAX_ITER}), keeps the best of {@link #RESTARTS} such runs (lowest within-cluster sum of squares), and renumbers the clusters by ascending centre of the first active column (the mean of
 * that column over the cluster's rows), so regime 0 has the lowest first feature (volatility). Missing
 * values are handled by partial distances: a row is compared on its finite active columns only.
 * {@link #assign} is allocation-free.
 */
public final class KMeans implements RegimeModel {

    public static final int MAX_ITER = 300;
    /** k-means++ restarts per fit; the one with the lowest within-cluster sum of squares wins. */
    public static final int RESTARTS = 5;

    private final Scaling scaling;
    private final double[][] centers;
    private final int iterations;

    private KMeans(Scaling scaling, double[][] centers, int iterations) {
        this.scaling = scaling;
        this.centers = centers;
        this.iterations = iterations;
    }

    /** Fits {@code k} clusters on {@code rows[0..n)}. */
    public static KMeans fit(double[][] rows, int n, int k, long seed) {
        Scaling scaling = Scaling.fit(rows, n);
        double[][] z = scaling.transform(rows, n);
        int[] assign = new int[z.length];
        double[][] centers = new double[k][];
        int iterations = run(z, k, seed, MAX_ITER, centers, assign);
        return new KMeans(scaling, order(scaling, centers), iterations);
    }

    /**
     * Best of {@link #RESTARTS} runs of k-means++ then Lloyd on standardised rows (lowest within-cluster sum of
     * squares; restart r is seeded by the r-th split of {@code SplittableRandom(seed)}); fills {@code centers}
     * and {@code assign}; returns the iterations of the chosen run.
     */
    static int run(double[][] z, int k, long seed, int maxIter, double[][] centers, int[] assign) {
        int m = z.length;
        if (k < 1 || m < k) {
            throw new IllegalArgumentException("k-means needs at least k=" + k + " usable rows, had " + m);
        }
        SplittableRandom root = new SplittableRandom(seed);
        double best = Double.POSITIVE_INFINITY;
        int bestIt = 0;
        double[][] c = new double[k][];
        int[] a = new int[m];
        for (int r = 0; r < RESTARTS; r++) {
            int it = lloyd(z, k, root.split(), maxIter, c, a);
            double inertia = 0;
            for (int i = 0; i < m; i++) {
                inertia += distance(z[i], c[a[i]]);
            }
            if (inertia < best) {
                best = inertia;
                bestIt = it;
                for (int j = 0; j < k; j++) {
                    centers[j] = c[j].clone();
                }
                System.arraycopy(a, 0, assign, 0, m);
            }
        }
        return bestIt;
    }

    private static int lloyd(double[][] z, int k, SplittableRandom rnd, int maxIter, double[][] centers, int[] assign) {
        seedPlusPlus(z, k, rnd, centers);
        Arrays.fill(assign, -1);
        int it = 0;
        while (it < maxIter) {
            it++;
            boolean changed = assignStep(z, centers, assign);
            fixEmpty(z, centers, assign);
            updateStep(z, centers, assign);
            if (!changed) {
                break;
            }
        }
        return it;
    }

    private static void seedPlusPlus(double[][] z, int k, SplittableRandom rnd, double[][] centers) {
        int m = z.length;
        double[] d2 = new double[m];
        centers[0] = z[rnd.nextInt(m)].clone();
        Arrays.fill(d2, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < m; i++) {
                d2[i] = Math.min(d2[i], distance(z[i], centers[c - 1]));
                total += d2[i];
            }
            int pick;
            if (total > 0) {
                double r = rnd.nextDouble() * total;
                pick = 0;
                while (pick < m - 1 && (r -= d2[pick]) >= 0) {
                    pick++;
                }
            } else {
                pick = rnd.nextInt(m);
            }
            centers[c] = z[pick].clone();
        }
        for (double[] ctr : centers) {
            for (int c = 0; c < ctr.length; c++) {
                if (Double.isNaN(ctr[c])) {
                    ctr[c] = 0.0;
                }
            }
        }
    }

    /** Squared distance on the columns finite in both. */
    static double distance(double[] row, double[] center) {
        double s = 0;
        for (int c = 0; c < row.length; c++) {
            double d = row[c] - center[c];
            if (!Double.isNaN(d)) {
                s += d * d;
            }
        }
        return s;
    }

    static int nearest(double[] row, double[][] centers) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < centers.length; j++) {
            double d = distance(row, centers[j]);
            if (d < bestD) {
                bestD = d;
                best = j;
            }
        }
        return best;
    }

    /** Assigns each row to its nearest centre (first on ties); true when any assignment changed. */
    static boolean assignStep(double[][] z, double[][] centers, int[] assign) {
        boolean changed = false;
        for (int i = 0; i < z.length; i++) {
            int j = nearest(z[i], centers);
            if (j != assign[i]) {
                assign[i] = j;
                changed = true;
            }
        }
        return changed;
    }

    /** Each centre becomes the per-column mean of its rows' finite values (unchanged where it has none). */
    static void updateStep(double[][] z, double[][] centers, int[] assign) {
        int k = centers.length;
        int d = centers[0].length;
        double[][] sum = new double[k][d];
        long[][] cnt = new long[k][d];
        for (int i = 0; i < z.length; i++) {
            for (int c = 0; c < d; c++) {
                if (!Double.isNaN(z[i][c])) {
                    sum[assign[i]][c] += z[i][c];
                    cnt[assign[i]][c]++;
                }
            }
        }
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < d; c++) {
                if (cnt[j][c] > 0) {
                    centers[j][c] = sum[j][c] / cnt[j][c];
                }
            }
        }
    }

    /** An empty cluster takes the row farthest from its own centre. */
    private static void fixEmpty(double[][] z, double[][] centers, int[] assign) {
        int[] size = new int[centers.length];
        for (int a : assign) {
            size[a]++;
        }
        for (int j = 0; j < centers.length; j++) {
            if (size[j] > 0) {
                continue;
            }
            int far = -1;
            double farD = -1;
            for (int i = 0; i < z.length; i++) {
                double d = distance(z[i], centers[assign[i]]);
                if (size[assign[i]] > 1 && d > farD) {
                    farD = d;
                    far = i;
                }
            }
            if (far >= 0) {
                size[assign[far]]--;
                assign[far] = j;
                size[j]++;
                centers[j] = z[far].clone();
                for (int c = 0; c < centers[j].length; c++) {
                    if (Double.isNaN(centers[j][c])) {
                        centers[j][c] = 0.0;
                    }
                }
            }
        }
    }

    /** Indices of {@code key} sorted ascending by {@code key[j]} (stable). */
    static Integer[] orderBy(double[] key) {
        Integer[] idx = new Integer[key.length];
        for (int j = 0; j < idx.length; j++) {
            idx[j] = j;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(key[a], key[b]));
        return idx;
    }

    private static double[][] order(Scaling scaling, double[][] centers) {
        if (scaling.first < 0) {
            return centers;
        }
        double[] key = new double[centers.length];
        for (int j = 0; j < key.length; j++) {
            key[j] = centers[j][scaling.first];
        }
        Integer[] idx = orderBy(key);
        double[][] out = new double[centers.length][];
        for (int j = 0; j < idx.length; j++) {
            out[j] = centers[idx[j]];
        }
        return out;
    }

    @Override
    public String kind() {
        return "kmeans";
    }

    @Override
    public int regimes() {
        return centers.length;
    }

    @Override
    public int assign(double[] row) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < centers.length; j++) {
            double s = 0;
            double[] ctr = centers[j];
            for (int c = 0; c < ctr.length; c++) {
                double d = scaling.z(c, row[c]) - ctr[c];
                if (!Double.isNaN(d)) {
                    s += d * d;
                }
            }
            if (s < bestD) {
                bestD = s;
                best = j;
            }
        }
        return best;
    }

    /** Centre {@code j} in the original units (NaN for skipped columns). */
    public double[] center(int j) {
        double[] out = new double[centers[j].length];
        for (int c = 0; c < out.length; c++) {
            out[c] = scaling.active[c] ? scaling.mean[c] + centers[j][c] * scaling.sd[c] : Double.NaN;
        }
        return out;
    }

    /** Lloyd iterations the fit took. */
    public int iterations() {
        return iterations;
    }
}
