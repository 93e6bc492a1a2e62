package io.trader.venue.binance.book;

import java.util.Arrays;

/**
 * Levels as a sorted array of keys (ascending) with their sizes: the deep levels of a {@link BookSide} that lie
 * below its ladder window. Mutable, owned by one BookSide (same idea as layer4's simulator book, not shared code:
 * venue modules depend on core only).
 */
final class SortedLevels {

    long[] keys;
    long[] lots;
    int size;

    SortedLevels(int capacity) {
        keys = new long[capacity];
        lots = new long[capacity];
    }

    /** Sets the size at a key; 0 removes. */
    void set(long key, long sizeLots) {
        int idx = Arrays.binarySearch(keys, 0, size, key);
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
        ensure(size + 1);
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(lots, at, lots, at + 1, size - at);
        keys[at] = key;
        lots[at] = sizeLots;
        size++;
    }

    /** Appends a key above every key held (used when rebuilding in ascending order). */
    void append(long key, long sizeLots) {
        ensure(size + 1);
        keys[size] = key;
        lots[size++] = sizeLots;
    }

    long sizeAt(long key) {
        int idx = Arrays.binarySearch(keys, 0, size, key);
        return idx >= 0 ? lots[idx] : 0;
    }

    /** The largest key below {@code key}, or {@code Long.MIN_VALUE} when none. */
    long below(long key) {
        int idx = Arrays.binarySearch(keys, 0, size, key);
        int at = (idx >= 0 ? idx : -(idx + 1)) - 1;
        return at >= 0 ? keys[at] : Long.MIN_VALUE;
    }

    long max() {
        return size == 0 ? Long.MIN_VALUE : keys[size - 1];
    }

    private void ensure(int capacity) {
        if (capacity > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(capacity, keys.length * 2));
            lots = Arrays.copyOf(lots, keys.length);
        }
    }
}
