package io.trader.layer1.core.label;

/**
 * Daily volatility target (mlfinlab {@code get_daily_vol}, AFML snippet 3.1): for each bar t, the
 * daily return {@code close_t / close_p - 1} where p is the last bar at or before {@code t - 1 day}
 * ({@link Anchor#AT_OR_BEFORE}, the default), then the pandas {@code ewm(span=lookback).std()} of those
 * returns. Bars with no such earlier bar get no value. Uses only bars up to t: causal.
 *
 * <p>mlfinlab's code takes {@code searchsorted(t - day) - 1}, the last bar <em>strictly</em> before
 * {@code t - 1 day} ({@link Anchor#STRICTLY_BEFORE}). The two differ only when a bar lies exactly at
 * {@code t - 1 day}: never on the oracle's millisecond-stamped dollar bars (both reproduce it), but on
 * every bar of a regular grid (hourly bars: 24 vs 25 hours back).
 */
public final class DailyVolatility {

    public static final long DAY_MS = 86_400_000L;

    /** Which bar a day back is the reference. */
    public enum Anchor { AT_OR_BEFORE, STRICTLY_BEFORE }

    private DailyVolatility() {
    }

    /**
     * @param firstIndex bar index of the first value: values[k] belongs to bar {@code firstIndex + k}
     * @param values     volatility per bar from {@code firstIndex}; values[0] is {@code NaN}
     */
    public record Series(int firstIndex, double[] values) {

        /** Volatility at bar {@code bar}, {@code NaN} when the bar has none. */
        public double at(int bar) {
            int k = bar - firstIndex;
            return k < 0 || k >= values.length ? Double.NaN : values[k];
        }

        public int length() {
            return values.length;
        }

        /** One value per bar of a series of {@code size} bars, {@code NaN} before the first. */
        public double[] perBar(int size) {
            double[] out = new double[size];
            for (int i = 0; i < size; i++) {
                out[i] = at(i);
            }
            return out;
        }
    }

    public static Series compute(PriceSeries prices, int lookback) {
        return compute(prices, lookback, DAY_MS, Anchor.AT_OR_BEFORE);
    }

    /** As {@link #compute(PriceSeries, int)} with another span than a day and a choice of anchor. */
    public static Series compute(PriceSeries prices, int lookback, long spanMs, Anchor anchor) {
        if (lookback < 1) {
            throw new IllegalArgumentException("lookback must be >= 1, got " + lookback);
        }
        if (spanMs <= 0) {
            throw new IllegalArgumentException("span must be > 0 ms, got " + spanMs);
        }
        int n = prices.size();
        long[] t = prices.times();
        double[] c = prices.close();
        // p(i) = 1 + index of the reference bar; it is monotone in i, so the bars with a reference form a suffix
        long shift = anchor == Anchor.AT_OR_BEFORE ? 1 : 0;
        int first = n;
        for (int i = 0; i < n; i++) {
            if (prices.firstAtOrAfter(t[i] - spanMs + shift) > 0) {
                first = i;
                break;
            }
        }
        double[] ret = new double[n - first];
        int p = 0;
        for (int i = first; i < n; i++) {
            long bound = t[i] - spanMs + shift;
            while (p < n && t[p] < bound) {
                p++;
            }
            ret[i - first] = c[i] / c[p - 1] - 1;
        }
        return new Series(first, Ewm.std(ret, lookback));
    }
}
