package io.trader.layer0.core.aux;

import java.util.Arrays;

/**
 * Trades aggregated in contiguous buckets (e.g. 1 s) over a covered interval: taker buy volume, taker sell
 * volume and count, as running sums so any window is O(1). A window that is not entirely inside the covered
 * interval is unknown ({@link #window} returns false): a partial count would look like a quiet market.
 */
public final class TradeSeries {

    private final String name;
    private final long start;
    private long[] ends = new long[64];
    private double[] cumBuy = new double[64];
    private double[] cumSell = new double[64];
    private long[] cumCount = new long[64];
    private int size = 1;
    private AsOfSeries openReader;
    private AsOfSeries closeReader;

    /** @param start start of the covered interval (the first bucket starts here), epoch ms */
    public TradeSeries(String name, long start) {
        this.name = name;
        this.start = start;
        ends[0] = start;
    }

    /** Appends the bucket ending at {@code end} (the previous bucket's end is its start). */
    public void add(long end, double takerBuy, double takerSell, long count) {
        if (end <= ends[size - 1]) {
            throw new IllegalArgumentException(name + ": trade bucket ends must increase: " + end);
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            cumBuy = Arrays.copyOf(cumBuy, size * 2);
            cumSell = Arrays.copyOf(cumSell, size * 2);
            cumCount = Arrays.copyOf(cumCount, size * 2);
        }
        ends[size] = end;
        cumBuy[size] = cumBuy[size - 1] + takerBuy;
        cumSell[size] = cumSell[size - 1] + takerSell;
        cumCount[size] = cumCount[size - 1] + count;
        size++;
        openReader = null;
    }

    /** Start of coverage. */
    public long start() {
        return start;
    }

    /** End of coverage (the last bucket's end). */
    public long end() {
        return ends[size - 1];
    }

    public int buckets() {
        return size - 1;
    }

    /**
     * Sums the buckets ending in {@code (from, to]} into {@code out} = {buy, sell, count}; false (and {@code out}
     * untouched) when the window is not inside the covered interval.
     */
    public boolean window(long from, long to, double[] out) {
        if (from < start || to > end() || to <= from) {
            return false;
        }
        if (openReader == null) {
            long[] t = Arrays.copyOf(ends, size);
            double[] idx = new double[size];
            openReader = new AsOfSeries(name, t, idx);
            closeReader = openReader.reader();
        }
        int a = openReader.indexAsOf(from);
        int b = closeReader.indexAsOf(to);
        out[0] = cumBuy[b] - cumBuy[a];
        out[1] = cumSell[b] - cumSell[a];
        out[2] = cumCount[b] - cumCount[a];
        return true;
    }

    public String name() {
        return name;
    }
}
