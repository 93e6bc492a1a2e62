package io.trader.layer0.core.indicators;

/**
 * Sum of the last {@code n} non-negative values, O(1) amortised per value, no allocation after
 * construction. The running sum adds the new value and subtracts the one leaving; it is re-summed from the
 * ring buffer every {@code n} values (so rounding never builds up) and whenever it falls below
 * {@link RollingWindow#CANCELLATION} times its peak since the last re-sum (the subtraction's rounding error
 * is relative to that peak: without the re-sum a window that turns quiet, or all zero, would read noise
 * instead of its small, or exactly zero, sum).
 */
public final class RollingSum {

    private final int n;
    private final double[] buf;
    private int head;
    private long count;
    private double sum;
    private double peak;

    public RollingSum(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("window must be >= 1");
        }
        this.n = n;
        this.buf = new double[n];
    }

    /** @param x a value {@code >= 0} */
    public void add(double x) {
        if (count < n) {
            count++;
            sum += x;
        } else {
            sum += x - buf[head];
        }
        buf[head] = x;
        if (++head == n) {
            head = 0;
        }
        if (head == 0 || sum < peak * RollingWindow.CANCELLATION) {
            resum();
        } else if (sum > peak) {
            peak = sum;
        }
    }

    private void resum() {
        int size = (int) Math.min(count, n);
        int start = size < n ? 0 : head;
        double s = 0;
        for (int k = 0, i = start; k < size; k++, i = i + 1 == n ? 0 : i + 1) {
            s += buf[i];
        }
        sum = s;
        peak = s;
    }

    /** True once {@code n} values have been added. */
    public boolean full() {
        return count >= n;
    }

    /** Sum of the values held; never negative. */
    public double sum() {
        return sum > 0 ? sum : 0;
    }

    public void reset() {
        head = 0;
        count = 0;
        sum = 0;
        peak = 0;
    }
}
