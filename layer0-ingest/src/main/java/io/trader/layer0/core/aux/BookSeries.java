package io.trader.layer0.core.aux;

import io.trader.core.market.MarketContext;

import java.util.Arrays;

/**
 * Order-book snapshots (top {@link MarketContext#BOOK_LEVELS} levels per side) by the time they were known, e.g.
 * one per second rebuilt from a depth capture. Read as of a time with {@link #indexAsOf(long)}.
 */
public final class BookSeries {

    static final int L = MarketContext.BOOK_LEVELS;

    private final String name;
    private long[] times = new long[64];
    private double[] bidPx = new double[64 * L];
    private double[] bidSz = new double[64 * L];
    private double[] askPx = new double[64 * L];
    private double[] askSz = new double[64 * L];
    private int[] bidN = new int[64];
    private int[] askN = new int[64];
    private int size;
    private AsOfSeries index;

    public BookSeries(String name) {
        this.name = name;
    }

    /** Appends a snapshot known at {@code time} (strictly after the previous one); levels best first. */
    public void add(long time, double[] bp, double[] bs, int nb, double[] ap, double[] as, int na) {
        if (size > 0 && time <= times[size - 1]) {
            throw new IllegalArgumentException(name + ": book snapshot times must increase: " + time);
        }
        if (size == times.length) {
            int cap = size * 2;
            times = Arrays.copyOf(times, cap);
            bidN = Arrays.copyOf(bidN, cap);
            askN = Arrays.copyOf(askN, cap);
            bidPx = Arrays.copyOf(bidPx, cap * L);
            bidSz = Arrays.copyOf(bidSz, cap * L);
            askPx = Arrays.copyOf(askPx, cap * L);
            askSz = Arrays.copyOf(askSz, cap * L);
        }
        times[size] = time;
        bidN[size] = Math.min(nb, L);
        askN[size] = Math.min(na, L);
        System.arraycopy(bp, 0, bidPx, size * L, bidN[size]);
        System.arraycopy(bs, 0, bidSz, size * L, bidN[size]);
        System.arraycopy(ap, 0, askPx, size * L, askN[size]);
        System.arraycopy(as, 0, askSz, size * L, askN[size]);
        size++;
        index = null;
    }

    /** Index of the last snapshot known at {@code t}, or -1. */
    public int indexAsOf(long t) {
        if (index == null) {
            index = new AsOfSeries(name, Arrays.copyOf(times, size), new double[size]);
        }
        return index.indexAsOf(t);
    }

    /** Writes snapshot {@code i} into {@code ctx}'s book (clearing it first). */
    public void writeTo(int i, MarketContext ctx) {
        ctx.clearBook();
        for (int k = 0; k < bidN[i]; k++) {
            ctx.bid(k, bidPx[i * L + k], bidSz[i * L + k]);
        }
        for (int k = 0; k < askN[i]; k++) {
            ctx.ask(k, askPx[i * L + k], askSz[i * L + k]);
        }
        ctx.bookTime(times[i]);
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return times[i];
    }

    public double bestBid(int i) {
        return bidN[i] > 0 ? bidPx[i * L] : Double.NaN;
    }

    public double bestAsk(int i) {
        return askN[i] > 0 ? askPx[i * L] : Double.NaN;
    }

    public int bidLevels(int i) {
        return bidN[i];
    }

    public int askLevels(int i) {
        return askN[i];
    }

    public String name() {
        return name;
    }
}
