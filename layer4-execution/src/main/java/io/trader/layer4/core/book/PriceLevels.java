package io.trader.layer4.core.book;

import java.util.Arrays;

/**
 * One side of an L2 book: price levels in ticks with their size in lots, on keys that grow toward the touch (the
 * price for bids, minus the price for asks). Levels within a window of {@link #WINDOW} ticks below the best key
 * (plus headroom above it) live in a ladder indexed by tick, so setting one is O(1); the deeper levels, a few
 * percent of the updates on the captures, live in a sorted array. The window follows the touch: when the best moves
 * above it, falls into its lowest quarter, or the window empties, it is rebuilt around the new best. A sorted array alone spent most of the USD-M
 * replay in binary searches (those diffs update ~70 levels each, hundreds of levels from the touch).
 * The i-th level from the touch is found by scanning from the best; a cursor makes in-order walks O(levels).
 */
public final class PriceLevels {

    /** Ticks held in the ladder. */
    static final int WINDOW = 1 << 14;
    /** Ticks of the window kept above the best when it is rebuilt, for the touch to move up in. */
    private static final int HEADROOM = WINDOW / 8;

    private final long sign;
    private long[] ladder;
    /** One bit per ladder slot, set when the slot holds a level: finds the next level 64 slots at a time. */
    private long[] occupied;
    private long base;
    private int windowCount;
    private long bestKey = Long.MIN_VALUE;
    private SortedLevels far;
    private int cursorIndex = -1;
    private long cursorKey;

    PriceLevels(boolean bids) {
        this.sign = bids ? 1 : -1;
        this.far = new SortedLevels(64);
    }

    private PriceLevels(PriceLevels from) {
        this.sign = from.sign;
        this.ladder = from.ladder == null ? null : from.ladder.clone();
        this.occupied = from.occupied == null ? null : from.occupied.clone();
        this.base = from.base;
        this.windowCount = from.windowCount;
        this.bestKey = from.bestKey;
        this.far = from.far.copy();
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
        cursorIndex = -1;
        long key = sign * priceTick;
        if (windowCount == 0) {
            if (sizeLots == 0) {
                return; // an empty side (the invariant keeps the best in the window)
            }
            rebuild(key);
        }
        long off = key - base;
        if (off >= WINDOW) {
            if (sizeLots == 0) {
                return; // above every level held
            }
            rebuild(key);
            off = key - base;
        }
        if (off < 0) {
            far.set(key, sizeLots);
            return;
        }
        int slot = (int) off;
        long old = ladder[slot];
        ladder[slot] = sizeLots;
        if (old == 0 && sizeLots != 0) {
            occupied[slot >>> 6] |= 1L << slot;
            windowCount++;
            if (key > bestKey) {
                bestKey = key;
            }
        } else if (old != 0 && sizeLots == 0) {
            occupied[slot >>> 6] &= ~(1L << slot);
            windowCount--;
            if (key == bestKey) {
                bestKey = scanBelow(slot);
                if (windowCount == 0 && far.size > 0) {
                    rebuild(far.max());
                } else if (windowCount > 0 && bestKey - base < WINDOW / 4) {
                    rebuild(bestKey); // the touch moved down: bring the window along
                }
            }
        }
    }

    /** The key of the highest occupied slot below {@code slot}, or {@code Long.MIN_VALUE}. */
    private long scanBelow(int slot) {
        int s = slot - 1;
        if (s < 0) {
            return Long.MIN_VALUE;
        }
        int w = s >>> 6;
        long bits = occupied[w] & (-1L >>> (63 - (s & 63)));
        while (bits == 0) {
            if (--w < 0) {
                return Long.MIN_VALUE;
            }
            bits = occupied[w];
        }
        return base + ((long) w << 6) + 63 - Long.numberOfLeadingZeros(bits);
    }

    /**
     * Rebuilds the window so that {@code top} (the best key, held or about to be set) sits {@link #HEADROOM} below
     * its upper end; levels below the new window go to the sorted array, in ascending order.
     */
    private void rebuild(long top) {
        long newBase = top - (WINDOW - HEADROOM);
        long[] old = ladder;
        long oldBase = base;
        SortedLevels oldFar = far;
        ladder = new long[WINDOW];
        occupied = new long[WINDOW / 64];
        far = new SortedLevels(Math.max(64, oldFar.size));
        base = newBase;
        windowCount = 0;
        bestKey = Long.MIN_VALUE;
        for (int i = 0; i < oldFar.size; i++) {
            place(oldFar.keys[i], oldFar.lots[i]);
        }
        if (old != null) {
            for (int s = 0; s < old.length; s++) {
                if (old[s] != 0) {
                    place(oldBase + s, old[s]);
                }
            }
        }
    }

    /** Puts a level while rebuilding (keys arrive ascending and never above the window). */
    private void place(long key, long sizeLots) {
        if (key < base) {
            far.append(key, sizeLots);
        } else {
            int slot = (int) (key - base);
            ladder[slot] = sizeLots;
            occupied[slot >>> 6] |= 1L << slot;
            windowCount++;
            bestKey = key;
        }
    }

    /** Removes {@code take} lots from the level at a price (a simulated fill); the level goes when empty. */
    void reduce(long priceTick, long take) {
        long left = sizeAt(priceTick) - take;
        set(priceTick, Math.max(0, left));
    }

    public void clear() {
        if (ladder != null) {
            Arrays.fill(ladder, 0);
            Arrays.fill(occupied, 0);
        }
        windowCount = 0;
        bestKey = Long.MIN_VALUE;
        far.size = 0;
        cursorIndex = -1;
    }

    public int depth() {
        return windowCount + far.size;
    }

    public boolean isEmpty() {
        return windowCount == 0;
    }

    /** Price of the i-th level from the touch (0 = best). */
    public long priceAt(int levelFromBest) {
        return sign * keyAt(levelFromBest);
    }

    /** Size of the i-th level from the touch (0 = best). */
    public long lotsAt(int levelFromBest) {
        return sizeOfKey(keyAt(levelFromBest));
    }

    private long keyAt(int i) {
        if (i < 0 || i >= depth()) {
            throw new IndexOutOfBoundsException("level " + i + " of " + depth());
        }
        int k = 0;
        long key = bestKey;
        if (cursorIndex >= 0 && cursorIndex <= i) {
            k = cursorIndex;
            key = cursorKey;
        }
        for (; k < i; k++) {
            key = nextBelow(key);
        }
        cursorIndex = i;
        cursorKey = key;
        return key;
    }

    /** The next level's key below a held {@code key}. */
    private long nextBelow(long key) {
        if (key >= base) {
            long k = scanBelow((int) (key - base));
            return k != Long.MIN_VALUE ? k : far.max();
        }
        return far.below(key);
    }

    /** Size at a price, 0 when there is no level there. */
    public long sizeAt(long priceTick) {
        return windowCount == 0 ? 0 : sizeOfKey(sign * priceTick);
    }

    private long sizeOfKey(long key) {
        long off = key - base;
        if (off >= WINDOW) {
            return 0;
        }
        return off >= 0 ? ladder[(int) off] : far.sizeAt(key);
    }

    /** Best price, or {@code Long.MIN_VALUE} when the side is empty. */
    public long best() {
        return windowCount == 0 ? Long.MIN_VALUE : sign * bestKey;
    }

    /** True when {@code a} is a strictly better price than {@code b} on this side (higher bid, lower ask). */
    public boolean better(long a, long b) {
        return sign * a > sign * b;
    }
}
