package io.trader.smartmoney.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * K-means on standardised columns (each column's mean 0 and standard deviation 1 over the rows, so leverage in x and
 * holding time in hours weigh alike), seeded k-means++ initialisation and Lloyd iterations until no row changes
 * cluster. Deterministic for a seed. Centroids are reported back in the columns' own units.
 *
 * @param k          clusters
 * @param assignment cluster of each row
 * @param centroids  each cluster's centroid in the original units
 * @param sizes      rows per cluster
 * @param inertia    sum of squared standardised distances of the rows to their centroids
 * @param iterations Lloyd iterations run
 */
public record KMeans(int k, int[] assignment, double[][] centroids, int[] sizes, double inertia, int iterations) {

    private static final int MAX_ITERATIONS = 300;

    /**
     * @throws IllegalArgumentException when {@code k} is not in {@code [1, rows]}, or a value is not finite
     */
    public static KMeans fit(double[][] rows, int k, long seed) {
        int n = rows.length;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, " + n + "]: " + k);
        }
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        double[][] z = standardise(rows, mean, sd);
        double[][] c = plusPlus(z, k, new SplittableRandom(seed));
        int[] a = new int[n];
        Arrays.fill(a, -1);
        int it = 0;
        boolean changed = true;
        while (changed && it < MAX_ITERATIONS) {
            it++;
            changed = false;
            for (int i = 0; i < n; i++) {
                int best = nearest(z[i], c);
                if (best != a[i]) {
                    a[i] = best;
                    changed = true;
                }
            }
            c = centroids(z, a, k, c);
        }
        int[] sizes = new int[k];
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            sizes[a[i]]++;
            inertia += dist2(z[i], c[a[i]]);
        }
        double[][] original = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < d; f++) {
                original[j][f] = c[j][f] * sd[f] + mean[f];
            }
        }
        return new KMeans(k, a, original, sizes, inertia, it);
    }

    private static double[][] standardise(double[][] rows, double[] mean, double[] sd) {
        int n = rows.length;
        int d = mean.length;
        for (double[] r : rows) {
            if (r.length != d) {
                throw new IllegalArgumentException("rows of different widths: " + r.length + " and " + d);
            }
            for (int f = 0; f < d; f++) {
                if (!Double.isFinite(r[f])) {
                    throw new IllegalArgumentException("k-means needs finite values: " + r[f]);
                }
                mean[f] += r[f] / n;
            }
        }
        for (double[] r : rows) {
            for (int f = 0; f < d; f++) {
                sd[f] += (r[f] - mean[f]) * (r[f] - mean[f]) / n;
            }
        }
        for (int f = 0; f < d; f++) {
            sd[f] = sd[f] > 0 ? Math.sqrt(sd[f]) : 1; // a constant column carries no distance
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                z[i][f] = (rows[i][f] - mean[f]) / sd[f];
            }
        }
        return z;
    }

    /** k-means++: the first centre at random, each next one with probability proportional to its squared distance. */
    private static double[][] plusPlus(double[][] z, int k, SplittableRandom random) {
        int n = z.length;
        double[][] c = new double[k][];
        c[0] = z[random.nextInt(n)].clone();
        double[] d2 = new double[n];
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                d2[i] = dist2(z[i], c[nearest(z[i], Arrays.copyOf(c, j))]);
                total += d2[i];
            }
            int pick = n - 1;
            double r = random.nextDouble() * total;
            for (int i = 0; i < n; i++) {
                r -= d2[i];
                if (r < 0) {
                    pick = i;
                    break;
                }
            }
            c[j] = z[pick].clone();
        }
        return c;
    }

    private static double[][] centroids(double[][] z, int[] a, int k, double[][] previous) {
        int d = z[0].length;
        double[][] sum = new double[k][d];
        int[] count = new int[k];
        for (int i = 0; i < z.length; i++) {
            count[a[i]]++;
            for (int f = 0; f < d; f++) {
                sum[a[i]][f] += z[i][f];
            }
        }
        for (int j = 0; j < k; j++) {
            if (count[j] == 0) {
                sum[j] = previous[j].clone(); // an emptied cluster keeps its centre
                continue;
            }
            for (int f = 0; f < d; f++) {
                sum[j][f] /= count[j];
            }
        }
        return sum;
    }

    private static int nearest(double[] x, double[][] c) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            double dd = dist2(x, c[j]);
            if (dd < bestD) {
                bestD = dd;
                best = j;
            }
        }
        return best;
    }

    private static double dist2(double[] x, double[] y) {
        double s = 0;
        for (int f = 0; f < x.length; f++) {
            s += (x[f] - y[f]) * (x[f] - y[f]);
        }
        return s;
    }
}
