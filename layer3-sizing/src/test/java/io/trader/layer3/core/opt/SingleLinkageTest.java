package io.trader.layer3.core.opt;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SingleLinkageTest {

    private static double[][] line(double... x) {
        double[][] d = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                d[i][j] = Math.abs(x[i] - x[j]);
            }
        }
        return d;
    }

    /** scipy: linkage([[0],[1],[3],[7]], "single") and to_tree(...).pre_order(). */
    @Test
    void chainMatchesScipyByHand() {
        double[][] z = SingleLinkage.linkage(line(0, 1, 3, 7));
        assertArrayEquals(new double[] {0, 1, 1, 2}, z[0]);
        assertArrayEquals(new double[] {2, 4, 2, 3}, z[1]);
        assertArrayEquals(new double[] {3, 5, 4, 4}, z[2]);
        assertArrayEquals(new int[] {3, 2, 0, 1}, SingleLinkage.leafOrder(z));
    }

    /** Equal distances: the spanning tree's order is kept (stable sort), the smaller label goes left. */
    @Test
    void tiesKeepTreeOrder() {
        double[][] z = SingleLinkage.linkage(line(0, 1, 2));
        assertArrayEquals(new double[] {0, 1, 1, 2}, z[0]);
        assertArrayEquals(new double[] {2, 3, 1, 3}, z[1]);
        assertArrayEquals(new int[] {2, 0, 1}, SingleLinkage.leafOrder(z));
    }

    /** The tree's steps are sorted by distance, so a late short edge merges first. */
    @Test
    void stepsAreSortedByDistance() {
        double[][] z = SingleLinkage.linkage(line(0, 10, 11));
        assertArrayEquals(new double[] {1, 2, 1, 2}, z[0]);
        assertArrayEquals(new double[] {0, 3, 10, 3}, z[1]);
        assertArrayEquals(new int[] {0, 1, 2}, SingleLinkage.leafOrder(z));
    }

    /**
     * Naive reference: repeatedly merge the two closest clusters (minimum pairwise item distance),
     * labelling as scipy does. With distinct distances the single-linkage tree is unique, so the
     * linkage matrices must agree exactly.
     */
    @Test
    void matchesNaiveAgglomerationOnRandomPoints() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            int n = 2 + rnd.nextInt(25);
            double[][] pts = new double[n][3];
            for (double[] p : pts) {
                for (int k = 0; k < 3; k++) {
                    p[k] = rnd.nextGaussian();
                }
            }
            double[][] d = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < 3; k++) {
                        s += (pts[i][k] - pts[j][k]) * (pts[i][k] - pts[j][k]);
                    }
                    d[i][j] = Math.sqrt(s);
                }
            }
            double[][] expected = naive(d);
            double[][] z = SingleLinkage.linkage(d);
            for (int k = 0; k < n - 1; k++) {
                assertArrayEquals(expected[k], z[k], "trial " + trial + " merge " + k);
            }
            int[] order = SingleLinkage.leafOrder(z);
            boolean[] seen = new boolean[n];
            for (int i : order) {
                seen[i] = true;
            }
            for (boolean s : seen) {
                org.junit.jupiter.api.Assertions.assertTrue(s, "leaf order is a permutation");
            }
        }
    }

    private static double[][] naive(double[][] d) {
        int n = d.length;
        List<List<Integer>> members = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            labels.add(i);
        }
        double[][] z = new double[n - 1][];
        for (int k = 0; k < n - 1; k++) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    double link = Double.POSITIVE_INFINITY;
                    for (int i : members.get(a)) {
                        for (int j : members.get(b)) {
                            link = Math.min(link, d[i][j]);
                        }
                    }
                    if (link < best) {
                        best = link;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            int la = labels.get(bestA);
            int lb = labels.get(bestB);
            List<Integer> merged = new ArrayList<>(members.get(bestA));
            merged.addAll(members.get(bestB));
            z[k] = new double[] {Math.min(la, lb), Math.max(la, lb), best, merged.size()};
            members.remove(bestB);
            labels.remove(bestB);
            members.set(bestA, merged);
            labels.set(bestA, n + k);
        }
        return z;
    }

    @Test
    void rejectsNonFiniteOrTooSmall() {
        double[][] d = line(0, 1, 2);
        d[0][2] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> SingleLinkage.linkage(d));
        assertThrows(IllegalArgumentException.class, () -> SingleLinkage.linkage(new double[1][1]));
    }
}
