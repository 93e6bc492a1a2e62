package io.trader.layer0.core.aux;

/**
 * A time series read "as of" a time: element {@code i} becomes visible at its availability time {@code times[i]}
 * (strictly increasing), never before. {@link #indexAsOf(long)} is O(1) amortised while the query times do not
 * decrease (a cursor walks forward) and a binary search when they do. Not thread-safe (the cursor).
 */
public final class AsOfSeries {

    private final String name;
    private final long[] times;
    private final double[] values;
    private int cursor = -1;
    private long lastQuery = Long.MIN_VALUE;

    /**
     * @param name   what the series is (for messages), e.g. the source file
     * @param times  availability times, epoch ms, strictly increasing (the array is kept, not copied)
     * @param values one value per time (kept, not copied)
     * @throws IllegalArgumentException when the lengths differ or the times are not strictly increasing
     */
    public AsOfSeries(String name, long[] times, double[] values) {
        if (times.length != values.length) {
            throw new IllegalArgumentException(name + ": " + times.length + " times for " + values.length + " values");
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException(name + ": availability times not strictly increasing at element "
                        + i + " (" + times[i - 1] + " then " + times[i] + ")");
            }
        }
        this.name = name;
        this.times = times;
        this.values = values;
    }

    /** A series with no values (everything unknown). */
    public static AsOfSeries empty(String name) {
        return new AsOfSeries(name, new long[0], new double[0]);
    }

    /** Another reader (its own cursor) over the same arrays. */
    public AsOfSeries reader() {
        return new AsOfSeries(name, times, values, true);
    }

    private AsOfSeries(String name, long[] times, double[] values, boolean trusted) {
        this.name = name;
        this.times = times;
        this.values = values;
    }

    /** Index of the last element whose availability time is {@code <= t}, or -1 when none is. */
    public int indexAsOf(long t) {
        if (t < lastQuery) {
            cursor = lastAtOrBefore(t);
        } else {
            while (cursor + 1 < times.length && times[cursor + 1] <= t) {
                cursor++;
            }
        }
        lastQuery = t;
        return cursor;
    }

    /** The last value available at {@code t}, or {@code NaN} when none is. */
    public double valueAsOf(long t) {
        int i = indexAsOf(t);
        return i < 0 ? Double.NaN : values[i];
    }

    /**
     * The last value available at {@code t}, or {@code NaN} when none is or when it became available more than
     * {@code maxAgeMs} before {@code t} (a series that stopped is unknown, not frozen at its last value).
     */
    public double valueAsOf(long t, long maxAgeMs) {
        int i = indexAsOf(t);
        return i < 0 || t - times[i] > maxAgeMs ? Double.NaN : values[i];
    }

    private int lastAtOrBefore(long t) {
        int lo = 0;
        int hi = times.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    public String name() {
        return name;
    }

    public int size() {
        return times.length;
    }

    /** Availability time of element {@code i}. */
    public long timeAt(int i) {
        return times[i];
    }

    public double valueAt(int i) {
        return values[i];
    }

    /** First availability time, or {@code Long.MAX_VALUE} when empty. */
    public long firstTime() {
        return times.length == 0 ? Long.MAX_VALUE : times[0];
    }

    /** Last availability time, or {@code Long.MIN_VALUE} when empty. */
    public long lastTime() {
        return times.length == 0 ? Long.MIN_VALUE : times[times.length - 1];
    }
}
