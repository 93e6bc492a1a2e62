package io.trader.layer1.core.label;

import java.util.Arrays;

/**
 * Symmetric CUSUM event filter on log returns (mlfinlab {@code cusum_filter}, AFML snippet 2.4).
 * With {@code d_i = ln(close_i) - ln(close_{i-1})}: {@code s+ = max(0, s+ + d)}, {@code s- = min(0, s- + d)};
 * if {@code s- < -h} then s- resets to 0 and bar i is an event, otherwise if {@code s+ > h} then s+
 * resets and bar i is an event. Only the triggered side resets. As in the reference, the loop starts
 * at the second return (the first log return, at bar 1, is not accumulated). Causal: an event at bar
 * i uses closes up to i.
 */
public final class CusumFilter {

    private CusumFilter() {
    }

    /** Event bar indices, increasing. */
    public static int[] events(double[] close, double threshold) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("CUSUM threshold must be positive and finite, got " + threshold);
        }
        int[] out = new int[Math.max(0, close.length)];
        int count = 0;
        double sPos = 0;
        double sNeg = 0;
        for (int i = 2; i < close.length; i++) {
            double d = Math.log(close[i]) - Math.log(close[i - 1]);
            sPos = Math.max(0.0, sPos + d);
            sNeg = Math.min(0.0, sNeg + d);
            if (sNeg < -threshold) {
                sNeg = 0;
                out[count++] = i;
            } else if (sPos > threshold) {
                sPos = 0;
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }
}
