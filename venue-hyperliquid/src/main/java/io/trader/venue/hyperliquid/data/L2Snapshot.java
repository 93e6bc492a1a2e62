package io.trader.venue.hyperliquid.data;

import io.trader.core.market.BookLevels;
import io.trader.core.domain.InstrumentSpec;

import java.util.Arrays;

/**
 * One full {@code l2Book} snapshot of a coin: bids best first, then asks best first, in exact ticks and lots.
 * A mutable holder: the stream decoder refills one instance for every message, so a listener that keeps it must
 * {@link #copy()} it. Not thread-safe.
 */
public final class L2Snapshot implements BookLevels {

    /** Most levels kept per side (the venue sends at most 20). */
    public static final int MAX_LEVELS = 100;

    private InstrumentSpec instrument;
    private long time;
    private final long[][] px = {new long[MAX_LEVELS], new long[MAX_LEVELS]};
    private final long[][] sz = {new long[MAX_LEVELS], new long[MAX_LEVELS]};
    private final int[][] orders = {new int[MAX_LEVELS], new int[MAX_LEVELS]};
    private final int[] count = new int[2];

    /** Clears the levels and sets the coin and time. */
    public L2Snapshot reset(InstrumentSpec instrument, long time) {
        this.instrument = instrument;
        this.time = time;
        count[0] = 0;
        count[1] = 0;
        return this;
    }

    /** Appends a bid level (callers add best first). */
    public L2Snapshot addBid(long priceTicks, long sizeLots, int orderCount) {
        return add(0, priceTicks, sizeLots, orderCount);
    }

    /** Appends an ask level (callers add best first). */
    public L2Snapshot addAsk(long priceTicks, long sizeLots, int orderCount) {
        return add(1, priceTicks, sizeLots, orderCount);
    }

    L2Snapshot add(int side, long priceTicks, long sizeLots, int orderCount) {
        int k = count[side];
        if (k == MAX_LEVELS) {
            throw new IllegalStateException("more than " + MAX_LEVELS + " levels");
        }
        px[side][k] = priceTicks;
        sz[side][k] = sizeLots;
        orders[side][k] = orderCount;
        count[side] = k + 1;
        return this;
    }

    /**
     * True when bids fall and asks rise strictly, every price and size is positive and the best bid is below the
     * best ask.
     */
    public boolean isConsistent() {
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i < count[side]; i++) {
                if (px[side][i] <= 0 || sz[side][i] <= 0) {
                    return false;
                }
                if (i > 0 && (side == 0 ? px[0][i] >= px[0][i - 1] : px[1][i] <= px[1][i - 1])) {
                    return false;
                }
            }
        }
        return count[0] == 0 || count[1] == 0 || px[0][0] < px[1][0];
    }

    /** An independent copy. */
    public L2Snapshot copy() {
        L2Snapshot c = new L2Snapshot();
        c.copyFrom(this);
        return c;
    }

    void copyFrom(L2Snapshot o) {
        instrument = o.instrument;
        time = o.time;
        for (int side = 0; side < 2; side++) {
            int n = o.count[side];
            System.arraycopy(o.px[side], 0, px[side], 0, n);
            System.arraycopy(o.sz[side], 0, sz[side], 0, n);
            System.arraycopy(o.orders[side], 0, orders[side], 0, n);
            count[side] = n;
        }
    }

    @Override
    public InstrumentSpec instrument() {
        return instrument;
    }

    public String coin() {
        return instrument == null ? null : instrument.symbol();
    }

    /** Venue time of the snapshot, epoch ms. */
    @Override
    public long time() {
        return time;
    }

    @Override
    public int bidCount() {
        return count[0];
    }

    @Override
    public int askCount() {
        return count[1];
    }

    /** Price of bid level {@code i} (0 = best), ticks. */
    @Override
    public long bidPrice(int i) {
        return level(px, 0, i);
    }

    @Override
    public long bidSize(int i) {
        return level(sz, 0, i);
    }

    public int bidOrders(int i) {
        check(0, i);
        return orders[0][i];
    }

    /** Price of ask level {@code i} (0 = best), ticks. */
    @Override
    public long askPrice(int i) {
        return level(px, 1, i);
    }

    @Override
    public long askSize(int i) {
        return level(sz, 1, i);
    }

    public int askOrders(int i) {
        check(1, i);
        return orders[1][i];
    }

    private long level(long[][] a, int side, int i) {
        check(side, i);
        return a[side][i];
    }

    private void check(int side, int i) {
        if (i < 0 || i >= count[side]) {
            throw new IndexOutOfBoundsException("level " + i + " of " + count[side]);
        }
    }

    @Override
    public String toString() {
        return "L2Snapshot[" + coin() + " t=" + time + " bids=" + Arrays.toString(Arrays.copyOf(px[0], count[0]))
                + " asks=" + Arrays.toString(Arrays.copyOf(px[1], count[1])) + "]";
    }
}
