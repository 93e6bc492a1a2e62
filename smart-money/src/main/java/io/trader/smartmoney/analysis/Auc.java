package io.trader.smartmoney.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The area under the ROC curve of scores against 0/1 outcomes: the probability that a random positive scores above a
 * random negative, ties counting one half (the Mann-Whitney U statistic over {@code positives x negatives}).
 */
public final class Auc {

    private Auc() {
    }

    /**
     * @return the AUC, or NaN when the outcomes are all one class (no pair to compare)
     * @throws IllegalArgumentException when the lengths differ or a score is not finite
     */
    public static double of(double[] scores, boolean[] positive) {
        int n = scores.length;
        if (positive.length != n) {
            throw new IllegalArgumentException(n + " scores for " + positive.length + " outcomes");
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        for (double s : scores) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("scores must be finite: " + s);
            }
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1; // 1-based average rank of the tie group
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositive += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double u = rankSumPositive - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }
}
