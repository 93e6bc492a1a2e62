package io.trader.venue.kraken.book;

import java.util.Arrays;

/**
 * One side of a Kraken book, best level first in sorted arrays (a Kraken book holds at most its subscribed depth,
 * 10..1000 levels, so shifting arrays beats a tree). Each level keeps ticks and lots plus the digits Kraken wrote,
 * for the checksum. Not thread-safe.
 */
final class KrakenSide {

    private final boolean bids;
    long[] ticks;
    long[] lots;
    long[] priceDigits;
    long[] qtyDigits;
    int size;

    KrakenSide(boolean bids, int capacity) {
        this.bids = bids;
        ticks = new long[capacity];
        lots = new long[capacity];
        priceDigits = new long[capacity];
        qtyDigits = new long[capacity];
    }

    /** Sets a level; lots 0 removes it (a no-op when absent). */
    void set(long tick, long lot, long pDigits, long qDigits) {
        int idx = find(tick);
        if (idx >= 0) {
            if (lot == 0) {
                int tail = size - idx - 1;
                System.arraycopy(ticks, idx + 1, ticks, idx, tail);
                System.arraycopy(lots, idx + 1, lots, idx, tail);
                System.arraycopy(priceDigits, idx + 1, priceDigits, idx, tail);
                System.arraycopy(qtyDigits, idx + 1, qtyDigits, idx, tail);
                size--;
            } else {
                lots[idx] = lot;
                priceDigits[idx] = pDigits;
                qtyDigits[idx] = qDigits;
            }
            return;
        }
        if (lot == 0) {
            return;
        }
        int at = -(idx + 1);
        if (size == ticks.length) {
            int cap = size * 2;
            ticks = Arrays.copyOf(ticks, cap);
            lots = Arrays.copyOf(lots, cap);
            priceDigits = Arrays.copyOf(priceDigits, cap);
            qtyDigits = Arrays.copyOf(qtyDigits, cap);
        }
        int tail = size - at;
        System.arraycopy(ticks, at, ticks, at + 1, tail);
        System.arraycopy(lots, at, lots, at + 1, tail);
        System.arraycopy(priceDigits, at, priceDigits, at + 1, tail);
        System.arraycopy(qtyDigits, at, qtyDigits, at + 1, tail);
        ticks[at] = tick;
        lots[at] = lot;
        priceDigits[at] = pDigits;
        qtyDigits[at] = qDigits;
        size++;
    }

    /** Index of the level at {@code tick}, or {@code -(insertion point) - 1} (binary search, best first). */
    private int find(long tick) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long t = ticks[mid];
            if (t == tick) {
                return mid;
            }
            if (bids ? t > tick : t < tick) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -(lo + 1);
    }

    /** Drops the levels beyond {@code depth} (Kraken sends no deletes for levels that fall out of scope). */
    void truncate(int depth) {
        if (size > depth) {
            size = depth;
        }
    }

    void clear() {
        size = 0;
    }

    void setAll(LevelChanges changes) {
        for (int i = 0; i < changes.size(); i++) {
            set(changes.ticks()[i], changes.lots()[i], changes.priceDigits()[i], changes.qtyDigits()[i]);
        }
    }
}
