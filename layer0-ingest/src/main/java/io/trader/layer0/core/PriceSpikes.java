package io.trader.layer0.core;

import io.trader.core.market.Bar;

import java.util.List;

/**
 * Finds isolated price spikes in a series of bars: a bar with a price (open, high, low or close) more
 * than {@link #FACTOR} times above or below the median close of the {@link #SIDE} bars before it
 * <em>and</em> of the {@link #SIDE} bars after it (only the side there is, for the first and last bar).
 * A lasting move is not a spike: after it the bars on one side agree with the new level. The medians
 * ignore one odd bar among three, and spikes found are taken out and the search repeated, so runs of up
 * to {@link #PASSES} odd bars are found too.
 *
 * <p>Of the first bar only the close is compared: nothing can fill at its open, and on Binance the
 * first bar of a newly listed coin opens at a placeholder price (SAGA 2024-04-09: open and low 0.04,
 * close 5.68), which is real data, not a spike. On the 300 real Binance candle files in
 * {@code shared/data} no other price is more than 4x from its neighbours; a lost decimal point is 10x.
 *
 * <p>This looks at bars on both sides, so it is for files read as a whole (backtests, replays), not for
 * a live stream; a live bar is checked by {@link BarValidator} alone.
 */
public final class PriceSpikes {

    /** How far a price may be from its neighbours' median close, as a ratio either way. */
    public static final double FACTOR = 10.0;
    /** Neighbours per side. */
    public static final int SIDE = 3;
    /** Rounds of search; each takes out the spikes found. */
    public static final int PASSES = 4;

    private PriceSpikes() {
    }

    /** Indices into {@code bars} (in time order) of the spikes, ascending; empty for fewer than 3 bars. */
    public static int[] find(List<Bar> bars) {
        int n = bars.size();
        int[] alive = new int[n];
        for (int i = 0; i < n; i++) {
            alive[i] = i;
        }
        boolean[] spike = new boolean[n];
        int m = n;
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = bars.get(i).close();
        }
        for (int pass = 0; pass < PASSES && m >= 3; pass++) {
            boolean[] flag = new boolean[m];
            int flagged = 0;
            for (int j = 0; j < m; j++) {
                Bar b = bars.get(alive[j]);
                boolean farLeft = j > 0 && far(b, median(close, alive, Math.max(0, j - SIDE), j));
                boolean farRight = j < m - 1 && (j == 0
                        ? far(b.close(), median(close, alive, 1, Math.min(m, 1 + SIDE)))
                        : far(b, median(close, alive, j + 1, Math.min(m, j + 1 + SIDE))));
                if (j == 0 ? farRight : j == m - 1 ? farLeft : farLeft && farRight) {
                    flag[j] = true;
                    flagged++;
                }
            }
            if (flagged == 0) {
                break;
            }
            int k = 0;
            for (int j = 0; j < m; j++) {
                if (flag[j]) {
                    spike[alive[j]] = true;
                } else {
                    alive[k++] = alive[j];
                }
            }
            m = k;
        }
        int count = 0;
        for (boolean s : spike) {
            count += s ? 1 : 0;
        }
        int[] out = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (spike[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static boolean far(Bar b, double ref) {
        return far(b.open(), ref) || far(b.high(), ref) || far(b.low(), ref) || far(b.close(), ref);
    }

    private static boolean far(long price, double ref) {
        return price > FACTOR * ref || price * FACTOR < ref;
    }

    /** Median of {@code close[alive[from..to)]} (1 to {@link #SIDE} = 3 values). */
    private static double median(double[] close, int[] alive, int from, int to) {
        double a = close[alive[from]];
        if (to - from == 1) {
            return a;
        }
        double b = close[alive[from + 1]];
        if (to - from == 2) {
            return (a + b) / 2;
        }
        double c = close[alive[from + 2]];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
