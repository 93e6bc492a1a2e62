package io.trader.layer1.core.label;

/**
 * Daily volatility target (mlfinlab {@code get_daily_vol}, AFML snippet 3.1): for each bar t, the
 * daily return {@code close_t / close_p - 1} where p is the last bar strictly before {@code t - 1 day}
 * (numpy {@code searchsorted(t - day) - 1}; with millisecond stamps "strictly before" and "at or
 * before" differ only on an exact tie), then the pandas {@code ewm(span=lookback).std()} of those
 * returns. Bars with no bar a day earlier get no value. Uses only bars up to t: causal.
 */
public final class DailyVolatility {

    public static final long DAY_MS = 86_400_000L;

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
        return compute(prices, lookback, DAY_MS);
    }

    /** As {@link #compute(PriceSeries, int)} with another span than a day (e.g. for intraday targets). */
    public static Series compute(PriceSeries prices, int lookback, long spanMs) {
        if (lookback < 1) {
            throw new IllegalArgumentException("lookback must be >= 1, got " + lookback);
        }
        if (spanMs <= 0) {
            throw new IllegalArgumentException("span must be > 0 ms, got " + spanMs);
        }
        int n = prices.size();
        long[] t = prices.times();
        double[] c = prices.close();
        // searchsorted is monotone in t, so the bars with a predecessor form a suffix
        int first = n;
        for (int i = 0; i < n; i++) {
            if (prices.firstAtOrAfter(t[i] - spanMs) > 0) {
                first = i;
                break;
            }
        }
        double[] ret = new double[n - first];
        int p = 0;
        for (int i = first; i < n; i++) {
            while (p < n && t[p] < t[i] - spanMs) {
                p++;
            }
            ret[i - first] = c[i] / c[p - 1] - 1;
        }
        return new Series(first, Ewm.std(ret, lookback));
    }
}
