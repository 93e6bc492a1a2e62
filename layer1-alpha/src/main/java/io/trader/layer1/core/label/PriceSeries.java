package io.trader.layer1.core.label;

import io.trader.core.market.Bar;

import java.util.List;

/**
 * A price path for labelling: one entry per bar, stamped with the time the bar became known (a
 * {@link Bar}'s close time), strictly increasing. {@code high}/{@code low} are needed only for ATR
 * targets; when a source has only closes they equal the close.
 */
public record PriceSeries(long[] times, double[] high, double[] low, double[] close) {

    public PriceSeries {
        if (times == null || close == null || high == null || low == null) {
            throw new IllegalArgumentException("times, high, low and close are required");
        }
        int n = times.length;
        if (close.length != n || high.length != n || low.length != n) {
            throw new IllegalArgumentException("times, high, low and close must have the same length, got "
                    + n + "/" + high.length + "/" + low.length + "/" + close.length);
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times must strictly increase: index " + i + " has "
                        + times[i] + " after " + times[i - 1]);
            }
            if (!(close[i] > 0) || Double.isInfinite(close[i])) {
                throw new IllegalArgumentException("close must be positive and finite: index " + i + " has "
                        + close[i]);
            }
        }
    }

    /** Closes only (high = low = close). */
    public static PriceSeries ofCloses(long[] times, double[] close) {
        return new PriceSeries(times, close, close, close);
    }

    /** From bars, stamped at each bar's close time. */
    public static PriceSeries ofBars(List<Bar> bars) {
        int n = bars.size();
        long[] t = new long[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            t[i] = b.closeTime();
            h[i] = b.highPrice();
            l[i] = b.lowPrice();
            c[i] = b.closePrice();
        }
        return new PriceSeries(t, h, l, c);
    }

    public int size() {
        return times.length;
    }

    /** First index whose time is {@code >= t} (numpy searchsorted, side left); {@link #size()} if none. */
    public int firstAtOrAfter(long t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
