package io.trader.layer0.core.aux;

import io.trader.core.market.MarketContext;

/**
 * One coin's smart-money signal over time (bias, whales-minus-crowd divergence, confidence), read "as of" a bar's
 * close: a point becomes visible at its time (the time of the newest wallet state it was computed from), never
 * before, and a point older than the staleness limit at the query is unknown (a feed that stopped is not frozen at
 * its last value). Points are appended in time order by the live feed or by a replay of recorded wallet states;
 * memory is bounded (the oldest points are dropped past the capacity). Thread-safe: the feed appends while the
 * engine reads.
 */
public final class SmartMoneySeries {

    private final String coin;
    private final long maxAgeMs;
    private final int capacity;
    private long[] times = new long[64];
    private double[] bias = new double[64];
    private double[] divergence = new double[64];
    private double[] confidence = new double[64];
    private int start;
    private int size;
    private long rejected;

    /**
     * @param coin     the coin, for messages
     * @param maxAgeMs a point older than this at the query time is unknown
     * @param capacity points kept (the oldest dropped first)
     */
    public SmartMoneySeries(String coin, long maxAgeMs, int capacity) {
        if (maxAgeMs <= 0 || capacity < 1) {
            throw new IllegalArgumentException(coin + ": maxAgeMs and capacity must be positive: " + maxAgeMs + ", "
                    + capacity);
        }
        this.coin = coin;
        this.maxAgeMs = maxAgeMs;
        this.capacity = capacity;
    }

    /**
     * Appends a point. A point not after the last one (a replayed or late value) or with a value out of its range
     * is counted in {@link #rejected()} and dropped: the series never rewrites what a decision may already have read.
     *
     * @return true when appended
     */
    public synchronized boolean append(long time, double b, double d, double c) {
        if ((size > 0 && time <= times[index(size - 1)]) || !(b >= -1 && b <= 1) || !(d >= -2 && d <= 2)
                || !(c >= 0 && c <= 1)) {
            rejected++;
            return false;
        }
        if (size == capacity) {
            start = (start + 1) % times.length;
            size--;
        } else if (size == times.length) {
            grow();
        }
        int i = index(size);
        times[i] = time;
        bias[i] = b;
        divergence[i] = d;
        confidence[i] = c;
        size++;
        return true;
    }

    /**
     * Writes the point visible at {@code t} into {@code context} (all unknown when none is, or when it is stale).
     */
    public synchronized void fill(long t, MarketContext context) {
        int i = lastAtOrBefore(t);
        if (i < 0 || t - times[index(i)] > maxAgeMs) {
            context.clearSmartMoney();
            return;
        }
        int k = index(i);
        context.smartMoney(bias[k], divergence[k], confidence[k], times[k]);
    }

    public synchronized int size() {
        return size;
    }

    /** Points dropped as out of order or out of range. */
    public synchronized long rejected() {
        return rejected;
    }

    public String coin() {
        return coin;
    }

    private int lastAtOrBefore(long t) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[index(mid)] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private int index(int logical) {
        return (start + logical) % times.length;
    }

    private void grow() {
        int n = Math.min(capacity, times.length * 2);
        long[] t = new long[n];
        double[] b = new double[n];
        double[] d = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < size; i++) {
            int k = index(i);
            t[i] = times[k];
            b[i] = bias[k];
            d[i] = divergence[k];
            c[i] = confidence[k];
        }
        times = t;
        bias = b;
        divergence = d;
        confidence = c;
        start = 0;
    }
}
