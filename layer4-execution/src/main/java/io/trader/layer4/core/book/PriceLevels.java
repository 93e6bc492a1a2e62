package io.trader.layer4.core.book;

import java.util.Arrays;

/**
 * One side of an L2 book: price levels in ticks with their size in lots. Stored as a sorted array of keys
 * (the price for bids, minus the price for asks) so the best level is always the last element and changes
 * near the touch (the common case) move few elements.
 */
public final class PriceLevels {

    private final long sign;
    private long[] keys = new long[256];
    private long[] lots = new long[256];
    private int size;

    PriceLevels(boolean bids) {
        this.sign = bids ? 1 : -1;
    }

    private PriceLevels(PriceLevels from) {
        this.sign = from.sign;
        this.keys = Arrays.copyOf(from.keys, Math.max(from.size, 16));
        this.lots = Arrays.copyOf(from.lots, Math.max(from.size, 16));
        this.size = from.size;
    }

    /** An independent copy of this side. */
    PriceLevels copy() {
        return new PriceLevels(this);
    }

    /** Sets the size at a price; size 0 removes the level. Negative sizes are refused. */
    public void set(long priceTick, long sizeLots) {
        if (sizeLots < 0) {
            throw new IllegalArgumentException("negative level size " + sizeLots + " at tick " + priceTick);
        }
        long key = sign * priceTick;
        int idx = search(key);
        if (idx >= 0) {
            if (sizeLots == 0) {
                System.arraycopy(keys, idx + 1, keys, idx, size - idx - 1);
                System.arraycopy(lots, idx + 1, lots, idx, size - idx - 1);
                size--;
            } else {
                lots[idx] = sizeLots;
            }
            return;
        }
        if (sizeLots == 0) {
            return;
        }
        int at = -(idx + 1);
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            lots = Arrays.copyOf(lots, size * 2);
        }
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(lots, at, lots, at + 1, size - at);
        keys[at] = key;
        lots[at] = sizeLots;
        size++;
    }

    /**
     * Index of {@code key} or {@code -(insertion point) - 1}, like {@link Arrays#binarySearch}, galloping from the
     * touch (the end of the array) because most updates are near it.
     */
    private int search(long key) {
        int hi = size;
        int step = 1;
        int lo = size - 1;
        while (lo >= 0 && keys[lo] > key) {
            hi = lo;
            lo = size - 1 - (step <<= 1);
        }
        return Arrays.binarySearch(keys, Math.max(lo, 0), hi, key);
    }

    /** Removes {@code take} lots from the level at a price (a simulated fill); the level goes when empty. */
    void reduce(long priceTick, long take) {
        long left = sizeAt(priceTick) - take;
        set(priceTick, Math.max(0, left));
    }

    public void clear() {
        size = 0;
    }

    public int depth() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Price of the i-th level from the touch (0 = best). */
    public long priceAt(int levelFromBest) {
        return sign * keys[size - 1 - levelFromBest];
    }

    /** Size of the i-th level from the touch (0 = best). */
    public long lotsAt(int levelFromBest) {
        return lots[size - 1 - levelFromBest];
    }

    /** Size at a price, 0 when there is no level there. */
    public long sizeAt(long priceTick) {
        int idx = search(sign * priceTick);
        return idx >= 0 ? lots[idx] : 0;
    }

    /** Best price, or {@code Long.MIN_VALUE} when the side is empty. */
    public long best() {
        return size == 0 ? Long.MIN_VALUE : sign * keys[size - 1];
    }

    /** True when {@code a} is a strictly better price than {@code b} on this side (higher bid, lower ask). */
    public boolean better(long a, long b) {
        return sign * a > sign * b;
    }
}
