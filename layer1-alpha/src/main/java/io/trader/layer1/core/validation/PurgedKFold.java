package io.trader.layer1.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Purged K-fold cross-validation with embargo (AFML ch. 7). Samples are intervals {@code [start_i, end_i]}
 * (event time, label end time), ordered by start. Test folds are contiguous, unshuffled, sized like
 * {@code numpy.array_split}: the first {@code N mod k} folds get one extra sample. The embargo is
 * {@code (int) (N x pctEmbargo)} samples.
 *
 * <ul>
 *   <li>{@link Mode#MLFINLAB} reproduces mlfinlab's {@code PurgedKFold} (c08dbe83), quirk included: the
 *   test window is {@code [end of the first test sample, end of the last test sample]}, where the last
 *   test sample is taken after extending the fold by the embargo (not for the last fold); a training
 *   sample is purged when its start or its end lies in the window, or it spans the window
 *   ({@link #mlfinlabTrainIndices}). Because the window starts at the first test sample's end, the first
 *   test samples can leak into training when labels are long; use it to match mlfinlab only.</li>
 *   <li>{@link Mode#TEXTBOOK}: the window is {@code [start of the first test sample, max end of the test
 *   samples]}; a sample is kept for training iff its interval does not meet the window (closed intervals);
 *   then the first {@code embargo} kept samples that start after the window are dropped too.</li>
 * </ul>
 */
public final class PurgedKFold {

    public enum Mode { MLFINLAB, TEXTBOOK }

    /** One fold: training sample indices (increasing) and the test samples {@code [testFrom, testTo)}. */
    public record Fold(int[] train, int testFrom, int testTo) {
    }

    private PurgedKFold() {
    }

    public static List<Fold> split(long[] start, long[] end, int nSplits, double pctEmbargo, Mode mode) {
        int n = start.length;
        if (end.length != n) {
            throw new IllegalArgumentException("start and end must have the same length: " + n + " vs " + end.length);
        }
        if (nSplits < 2 || nSplits > n) {
            throw new IllegalArgumentException("number of splits must be in [2, " + n + "], got " + nSplits);
        }
        if (!(pctEmbargo >= 0 && pctEmbargo < 1)) {
            throw new IllegalArgumentException("embargo fraction must be in [0, 1), got " + pctEmbargo);
        }
        for (int i = 0; i < n; i++) {
            if (end[i] < start[i] || (i > 0 && start[i] < start[i - 1])) {
                throw new IllegalArgumentException("samples must be ordered by start with end >= start; sample " + i
                        + " breaks it");
            }
        }
        int embargo = (int) (n * pctEmbargo);
        List<Fold> folds = new ArrayList<>(nSplits);
        int from = 0;
        for (int k = 0; k < nSplits; k++) {
            int size = n / nSplits + (k < n % nSplits ? 1 : 0);
            int to = from + size;
            int[] train = mode == Mode.MLFINLAB ? mlfinlabFold(start, end, from, to, embargo)
                    : textbookFold(start, end, from, to, embargo);
            folds.add(new Fold(train, from, to));
            from = to;
        }
        return folds;
    }

    private static int[] mlfinlabFold(long[] start, long[] end, int from, int to, int embargo) {
        int e = to < start.length ? Math.min(start.length, to + embargo) : to;
        return mlfinlabTrainIndices(start, end, end[from], end[e - 1]);
    }

    /**
     * mlfinlab {@code ml_get_train_times} for one test window {@code [testStart, testEnd]}: the samples
     * that neither start nor end inside it and do not span it.
     */
    public static int[] mlfinlabTrainIndices(long[] start, long[] end, long testStart, long testEnd) {
        int[] out = new int[start.length];
        int k = 0;
        for (int i = 0; i < start.length; i++) {
            boolean startsIn = testStart <= start[i] && start[i] <= testEnd;
            boolean endsIn = testStart <= end[i] && end[i] <= testEnd;
            boolean spans = start[i] <= testStart && testEnd <= end[i];
            if (!(startsIn || endsIn || spans)) {
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static int[] textbookFold(long[] start, long[] end, int from, int to, int embargo) {
        long testStart = start[from];
        long testEnd = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            testEnd = Math.max(testEnd, end[i]);
        }
        int[] out = new int[start.length];
        int k = 0;
        int embargoed = 0;
        for (int i = 0; i < start.length; i++) {
            if (end[i] < testStart) {
                out[k++] = i;
            } else if (start[i] > testEnd) {
                if (embargoed < embargo) {
                    embargoed++;
                } else {
                    out[k++] = i;
                }
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
