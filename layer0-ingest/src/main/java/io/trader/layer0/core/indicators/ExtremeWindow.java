package io.trader.layer0.core.indicators;

/**
 * Highest (or lowest) of the last {@code n} values, O(1) amortised per value, no allocation after
 * construction: a monotonic deque of (value, position) pairs in two ring arrays. A new value evicts every
 * queued value it dominates from the back (they can never be the extreme again), and the front is dropped
 * once it is {@code n} or more positions old; the front is the extreme.
 */
public final class ExtremeWindow {

    private final int n;
    private final boolean highest;
    private final long[] values;
    private final long[] positions;
    private int front;
    private int size;
    private long position;

    private ExtremeWindow(int n, boolean highest) {
        if (n < 1) {
            throw new IllegalArgumentException("window must be >= 1");
        }
        this.n = n;
        this.highest = highest;
        this.values = new long[n];
        this.positions = new long[n];
    }

    public static ExtremeWindow highest(int n) {
        return new ExtremeWindow(n, true);
    }

    public static ExtremeWindow lowest(int n) {
        return new ExtremeWindow(n, false);
    }

    public void add(long x) {
        if (size > 0 && positions[front] <= position - n) {
            front = front + 1 == n ? 0 : front + 1;
            size--;
        }
        while (size > 0) {
            int back = wrap(front + size - 1);
            if (highest ? values[back] > x : values[back] < x) {
                break;
            }
            size--;
        }
        int slot = wrap(front + size);
        values[slot] = x;
        positions[slot] = position;
        size++;
        position++;
    }

    /** {@code i mod n} for {@code 0 <= i < 2n}. */
    private int wrap(int i) {
        return i >= n ? i - n : i;
    }

    /** True once {@code n} values have been added. */
    public boolean full() {
        return position >= n;
    }

    /** The extreme of the values held (of all values so far while fewer than {@code n}). */
    public long value() {
        return values[front];
    }

    public void reset() {
        front = 0;
        size = 0;
        position = 0;
    }
}
