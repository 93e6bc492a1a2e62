package io.trader.layer1.core.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One in-sample / out-of-sample pair of bar ranges: in-sample {@code isFrom..isTo-1}, out-of-sample
 * {@code isTo..oosTo-1} (the out-of-sample stretch always follows its in-sample stretch).
 */
public record Split(int isFrom, int isTo, int oosTo) {

    public Split {
        if (isFrom < 0 || isTo - isFrom < 2 || oosTo - isTo < 2) {
            throw new IllegalArgumentException("in-sample " + isFrom + ".." + isTo + " and out-of-sample " + isTo
                    + ".." + oosTo + " must each hold >= 2 bars");
        }
    }

    /** In-sample head and out-of-sample tail: the last {@code oosShare} of the bars is held out. */
    public static List<Split> holdout(int bars, double oosShare) {
        if (!(oosShare > 0 && oosShare < 1)) {
            throw new IllegalArgumentException("the out-of-sample share must be in (0, 1), got " + oosShare);
        }
        int oos = (int) Math.round(bars * oosShare);
        return List.of(checked(0, bars - oos, bars, bars));
    }

    /**
     * Expanding walk-forward: the bars are cut into {@code folds + 1} equal blocks; fold k (1..folds) is in
     * sample on blocks 0..k-1 and out of sample on block k.
     */
    public static List<Split> walkForward(int bars, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("walk-forward needs >= 2 folds, got " + folds);
        }
        List<Split> out = new ArrayList<>();
        for (int k = 1; k <= folds; k++) {
            int from = (int) ((long) k * bars / (folds + 1));
            int to = (int) ((long) (k + 1) * bars / (folds + 1));
            out.add(checked(0, from, to, bars));
        }
        return out;
    }

    private static Split checked(int isFrom, int isTo, int oosTo, int bars) {
        if (isTo - isFrom < 2 || oosTo - isTo < 2) {
            throw new IllegalArgumentException("too few bars (" + bars + ") for this split: in-sample "
                    + (isTo - isFrom) + ", out-of-sample " + (oosTo - isTo) + " bars; each needs >= 2");
        }
        return new Split(isFrom, isTo, oosTo);
    }
}
