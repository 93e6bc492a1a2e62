package io.trader.venue.binance.book;

import java.util.Arrays;

/**
 * One side of the book: price levels in ticks with their size in lots, on keys that grow toward the touch (the
 * price for bids, minus the price for asks). Levels within a window of ticks below the best key (plus headroom
 * above it) live in a ladder indexed by tick, so setting one is O(1) with no allocation; deeper levels live in a
 * sorted array. The window follows the touch: when a better price arrives above it, when the best falls into its
 * lowest quarter, or when it empties, it is rebuilt around the new best (reusing a spare ladder). Same design as
 * layer4's simulator book (a sorted array alone spent the USD-M replay in binary searches), written here so the
 * venue module depends on core only. Not thread-safe.
 */
final class BookSide {

    /** Ticks held in the ladder. */
    private final int window;
    /** Ticks of the window kept above the best when it is rebuilt, for the touch to move up in. */
    private final int headroom;
    private final long sign;
    private long[] ladder;
    private long[] occupied;
    private long[] spareLadder;
    private long[] spareOccupied;
    private long base;
    private int windowCount;
    private long bestKey = Long.MIN_VALUE;
    private SortedLevels far = new SortedLevels(64);
    private SortedLevels spareFar = new SortedLevels(64);
    private int cursorIndex = -1;
    private long cursorKey;

    /**
     * @param bids   true for the bid side
     * @param window ticks held in the ladder, a power of two >= 64
     */
    BookSide(boolean bids, int window) {
        if (window < 64 || Integer.bitCount(window) != 1) {
            throw new IllegalArgumentException("window must be a power of two >= 64, got " + window);
        }
        this.sign = bids ? 1 : -1;
        this.window = window;
        this.headroom = window / 8;
    }

    /** Sets the size at a price; size 0 removes the level (a no-op when there is none). */
    void set(long priceTick, long sizeLots) {
        cursorIndex = -1;
        long key = sign * priceTick;
        if (windowCount == 0) {
            if (sizeLots == 0) {
                return;
            }
            rebuild(key);
        }
        long off = key - base;
        if (off >= window) {
            if (sizeLots == 0) {
                return;
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
                } else if (windowCount > 0 && bestKey - base < window / 4) {
                    rebuild(bestKey);
                }
            }
        }
    }

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

    /** Re-centres the window so {@code top} sits the headroom below its upper end; deeper levels go to far. */
    private void rebuild(long top) {
        long[] oldLadder = ladder;
        long[] oldOccupied = occupied;
        long oldBase = base;
        SortedLevels oldFar = far;
        ladder = spareLadder != null ? spareLadder : new long[window];
        occupied = spareOccupied != null ? spareOccupied : new long[window / 64];
        far = spareFar;
        far.size = 0;
        base = top - (window - headroom);
        windowCount = 0;
        bestKey = Long.MIN_VALUE;
        for (int i = 0; i < oldFar.size; i++) {
            place(oldFar.keys[i], oldFar.lots[i]);
        }
        if (oldLadder != null) {
            for (int w = 0; w < oldOccupied.length; w++) {
                long bits = oldOccupied[w];
                while (bits != 0) {
                    int slot = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    place(oldBase + slot, oldLadder[slot]);
                    oldLadder[slot] = 0;
                }
                oldOccupied[w] = 0;
            }
        }
        spareLadder = oldLadder;
        spareOccupied = oldOccupied;
        spareFar = oldFar;
    }

    /** Puts a level while rebuilding (keys arrive ascending, never above the window). */
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

    void clear() {
        if (ladder != null) {
            Arrays.fill(ladder, 0);
            Arrays.fill(occupied, 0);
        }
        windowCount = 0;
        bestKey = Long.MIN_VALUE;
        far.size = 0;
        cursorIndex = -1;
    }

    int depth() {
        return windowCount + far.size;
    }

    boolean isEmpty() {
        return windowCount == 0;
    }

    /** Best price in ticks; {@code Long.MIN_VALUE} when the side is empty. */
    long best() {
        return windowCount == 0 ? Long.MIN_VALUE : sign * bestKey;
    }

    /** Size at the best price; 0 when empty. */
    long bestLots() {
        return windowCount == 0 ? 0 : ladder[(int) (bestKey - base)];
    }

    /** Price of the i-th level from the touch (0 = best). */
    long priceAt(int level) {
        return sign * keyAt(level);
    }

    /** Size of the i-th level from the touch (0 = best). */
    long lotsAt(int level) {
        return sizeOfKey(keyAt(level));
    }

    /** Size at a price; 0 when there is no level there. */
    long sizeAt(long priceTick) {
        return windowCount == 0 ? 0 : sizeOfKey(sign * priceTick);
    }

    /** Copies up to {@code n} levels from the touch into the arrays; returns how many. */
    int copyTop(int n, long[] ticks, long[] lots) {
        int count = Math.min(n, depth());
        long key = bestKey;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                key = nextBelow(key);
            }
            ticks[i] = sign * key;
            lots[i] = sizeOfKey(key);
        }
        return count;
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

    private long nextBelow(long key) {
        if (key >= base) {
            long k = scanBelow((int) (key - base));
            return k != Long.MIN_VALUE ? k : far.max();
        }
        return far.below(key);
    }

    private long sizeOfKey(long key) {
        long off = key - base;
        if (off >= window) {
            return 0;
        }
        return off >= 0 ? ladder[(int) off] : far.sizeAt(key);
    }
}
