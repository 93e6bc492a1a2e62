package io.trader.smartmoney.feed;

import java.util.Arrays;

/**
 * Achieved refresh intervals of one tier: the time between two successive fresh states of the same wallet (REST
 * read or WebSocket push), over the most recent {@link #WINDOW} samples.
 *
 * @param samples samples in the window (0: none yet)
 * @param p50     median interval in ms (0 when none)
 * @param max     longest interval in ms (0 when none)
 */
public record RefreshStats(int samples, long p50, long max) {

    /** Samples kept per tier. */
    public static final int WINDOW = 2048;

    /** The stats of the first {@code n} values of {@code ring} (not modified). */
    static RefreshStats of(long[] ring, int n) {
        if (n == 0) {
            return new RefreshStats(0, 0, 0);
        }
        long[] s = Arrays.copyOf(ring, n);
        Arrays.sort(s);
        return new RefreshStats(n, s[(n - 1) / 2], s[n - 1]);
    }
}
