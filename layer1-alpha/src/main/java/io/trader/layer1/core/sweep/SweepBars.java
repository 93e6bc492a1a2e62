package io.trader.layer1.core.sweep;

/**
 * The bars every configuration of a sweep shares, parsed once, with the shared features computed once:
 * prefix sums of the close in ticks (exact {@code long} arithmetic), so the sum of any window of closes,
 * and with it SMA(n) for every n, is two loads and a subtraction; and the bar-to-bar growth of the close
 * ({@code close[i] / close[i-1]}) that marks an open position to market.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
public final class SweepBars {

    /** Largest {@code |window sum| x window} the exact comparison of two SMAs allows (no overflow). */
    static final long PRODUCT_LIMIT = 1L << 62;

    private final long[] open;
    private final long[] close;
    private final long[] prefix;
    private final double[] growth;
    private final long intervalMillis;
    private final long maxAbsClose;

    /**
     * @param open           open price of each bar, ticks
     * @param close          close price of each bar, ticks (all prices must be positive)
     * @param intervalMillis bar length, used to annualise the Sharpe ratio
     */
    public SweepBars(long[] open, long[] close, long intervalMillis) {
        if (open == null || close == null || open.length != close.length) {
            throw new IllegalArgumentException("open and close must be given and of the same length");
        }
        if (close.length < 2) {
            throw new IllegalArgumentException("a sweep needs at least 2 bars, got " + close.length);
        }
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("intervalMillis must be > 0");
        }
        int n = close.length;
        this.open = open.clone();
        this.close = close.clone();
        this.intervalMillis = intervalMillis;
        this.prefix = new long[n + 1];
        this.growth = new double[n];
        long max = 0;
        for (int i = 0; i < n; i++) {
            if (this.close[i] <= 0 || this.open[i] <= 0) {
                throw new IllegalArgumentException("bar " + i + ": prices must be positive ticks");
            }
            max = Math.max(max, this.close[i]);
            prefix[i + 1] = Math.addExact(prefix[i], this.close[i]);
            growth[i] = i == 0 ? 1.0 : (double) this.close[i] / (double) this.close[i - 1];
        }
        this.maxAbsClose = max;
    }

    public int size() {
        return close.length;
    }

    public long intervalMillis() {
        return intervalMillis;
    }

    /** Bars in a 365.25-day year (crypto trades around the clock). */
    public double barsPerYear() {
        return 365.25 * 24 * 3600 * 1000 / intervalMillis;
    }

    /** True when two SMAs of windows up to {@code a} and {@code b} compare exactly in {@code long}. */
    public boolean exactFor(int a, int b) {
        return (double) maxAbsClose * a * b < PRODUCT_LIMIT;
    }

    /** Sum of the closes of bars {@code from .. to-1}, exact. */
    public long windowSum(int from, int to) {
        return prefix[to] - prefix[from];
    }

    public long close(int i) {
        return close[i];
    }

    public long open(int i) {
        return open[i];
    }

    long[] prefixArray() {
        return prefix;
    }

    long[] openArray() {
        return open;
    }

    long[] closeArray() {
        return close;
    }

    double[] growthArray() {
        return growth;
    }
}
