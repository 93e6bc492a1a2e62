package io.trader.layer3.core.opt;

import java.util.Arrays;

/**
 * Single-linkage agglomerative clustering with the conventions of scipy's
 * {@code linkage(y, "single")} and {@code to_tree(Z).pre_order()}, so that leaf orders agree exactly:
 * <ul>
 *   <li>the merges come from Prim's minimum spanning tree started at item 0: at each step the
 *       nearest item not yet in the tree joins (ties go to the lowest index), the step recording
 *       (current item, new item, distance) and the new item becoming the current one;</li>
 *   <li>the steps are then stably sorted by distance (equal distances keep their tree order);</li>
 *   <li>clusters are relabelled with a union-find: item {@code i < n} is cluster {@code i}, the merge
 *       of row {@code k} is cluster {@code n + k}, and the smaller of the two cluster labels becomes
 *       the left child;</li>
 *   <li>the leaf order is the depth-first walk of the last merge visiting the left child first.</li>
 * </ul>
 * The linkage matrix has scipy's layout: one row per merge, {@code {left, right, distance, size}}.
 */
public final class SingleLinkage {

    private SingleLinkage() {
    }

    /**
     * The linkage matrix of a full symmetric distance matrix (only its upper triangle {@code i < j}
     * is read, as scipy reads the condensed form).
     *
     * @throws IllegalArgumentException when the matrix is not square, has fewer than 2 items or holds a
     *                                  distance that is not finite
     */
    public static double[][] linkage(double[][] dist) {
        int n = dist.length;
        if (n < 2) {
            throw new IllegalArgumentException("linkage needs at least 2 items, got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (dist[i].length != n) {
                throw new IllegalArgumentException("distance matrix is not square: row " + i
                        + " has " + dist[i].length + " entries, expected " + n);
            }
            for (int j = i + 1; j < n; j++) {
                if (!Double.isFinite(dist[i][j])) {
                    throw new IllegalArgumentException("distance (" + i + "," + j + ") is not finite: "
                            + dist[i][j]);
                }
            }
        }
        double[][] steps = primSteps(dist);
        Integer[] order = new Integer[n - 1];
        for (int k = 0; k < n - 1; k++) {
            order[k] = k;
        }
        // stable sort by distance; primitive comparison so that -0.0 and 0.0 tie as in numpy
        Arrays.sort(order, (a, b) -> steps[a][2] < steps[b][2] ? -1 : (steps[a][2] > steps[b][2] ? 1 : 0));
        double[][] z = new double[n - 1][];
        for (int k = 0; k < n - 1; k++) {
            z[k] = steps[order[k]].clone();
        }
        relabel(z, n);
        return z;
    }

    /** The leaves (item indices) of the tree in pre-order, left child first. */
    public static int[] leafOrder(double[][] z) {
        int n = z.length + 1;
        int[] out = new int[n];
        int found = 0;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 2 * n - 2;
        while (top > 0) {
            int node = stack[--top];
            if (node < n) {
                out[found++] = node;
            } else {
                double[] row = z[node - n];
                stack[top++] = (int) row[1];   // right is visited after left
                stack[top++] = (int) row[0];
            }
        }
        return out;
    }

    /** {@code leafOrder(linkage(dist))}. */
    public static int[] order(double[][] dist) {
        return leafOrder(linkage(dist));
    }

    private static double[][] primSteps(double[][] dist) {
        int n = dist.length;
        boolean[] merged = new boolean[n];
        double[] best = new double[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        double[][] steps = new double[n - 1][4];
        int x = 0;
        int y = 0;
        for (int k = 0; k < n - 1; k++) {
            double currentMin = Double.POSITIVE_INFINITY;
            merged[x] = true;
            for (int i = 0; i < n; i++) {
                if (merged[i]) {
                    continue;
                }
                double d = x < i ? dist[x][i] : dist[i][x];
                if (best[i] > d) {
                    best[i] = d;
                }
                if (best[i] < currentMin) {
                    y = i;
                    currentMin = best[i];
                }
            }
            steps[k][0] = x;
            steps[k][1] = y;
            steps[k][2] = currentMin;
            x = y;
        }
        return steps;
    }

    private static void relabel(double[][] z, int n) {
        int[] parent = new int[2 * n - 1];
        int[] size = new int[2 * n - 1];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        int next = n;
        for (double[] row : z) {
            int a = find(parent, (int) row[0]);
            int b = find(parent, (int) row[1]);
            row[0] = Math.min(a, b);
            row[1] = Math.max(a, b);
            parent[a] = next;
            parent[b] = next;
            size[next] = size[a] + size[b];
            row[3] = size[next];
            next++;
        }
    }

    private static int find(int[] parent, int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int up = parent[x];
            parent[x] = root;
            x = up;
        }
        return root;
    }
}
