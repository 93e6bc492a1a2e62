package io.trader.layer4.core.algo;

/**
 * Turns fractional schedules into whole lots that sum exactly to the parent quantity.
 *
 * <p>{@link #byWeights} rounds the cumulative target: slice k gets
 * {@code round(Q * C_k) - round(Q * C_(k-1))} where {@code C_k} is the cumulative weight share
 * ({@code C_n = 1} exactly, so the last cumulative is Q). Rounding errors never accumulate and the
 * result is deterministic. {@link #enforceMinimum} then merges slices below the venue minimum forward.
 */
public final class Apportion {

    private Apportion() {
    }

    /** Whole-lot slices proportional to non-negative weights (all zero -> even split). */
    public static long[] byWeights(long total, double[] weights) {
        requireNonNegative(total);
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("no slices");
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        long[] out = new long[n];
        long prev = 0;
        double cum = 0;
        for (int k = 0; k < n; k++) {
            cum += sum > 0 ? weights[k] : 1.0;
            double share = sum > 0 ? cum / sum : cum / n;
            long target = k == n - 1 ? total : Math.min(total, Math.round(total * Math.min(1.0, share)));
            target = Math.max(prev, target);
            out[k] = target - prev;
            prev = target;
        }
        return out;
    }

    /**
     * Merges slices below {@code minLots} forward: lots accumulate until they reach the minimum and are
     * then sent at that decision. A tail still below the minimum at the end joins the last child sent;
     * when nothing reached the minimum (the whole order is below it) the whole order goes at decision 0.
     * A {@code minLots <= 1} leaves the slices unchanged.
     */
    public static long[] enforceMinimum(long[] lots, long minLots) {
        long[] out = new long[lots.length];
        if (minLots <= 1) {
            System.arraycopy(lots, 0, out, 0, lots.length);
            return out;
        }
        long pending = 0;
        int lastSent = -1;
        for (int k = 0; k < lots.length; k++) {
            requireNonNegative(lots[k]);
            pending += lots[k];
            if (pending >= minLots) {
                out[k] = pending;
                pending = 0;
                lastSent = k;
            }
        }
        if (pending > 0) {
            out[lastSent >= 0 ? lastSent : 0] += pending;
        }
        return out;
    }

    static void requireNonNegative(long lots) {
        if (lots < 0) {
            throw new IllegalArgumentException("lots must be >= 0, got " + lots);
        }
    }
}
