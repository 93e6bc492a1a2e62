package io.trader.layer0.core.indicators;

/**
 * Mean and sample variance of the last {@code n} values, O(1) amortised per value, no allocation after
 * construction. Values live in a ring buffer; mean and M2 (sum of squared deviations) follow
 * Welford's sliding-window update. Both are recomputed exactly with two passes over the buffer
 * <ul>
 *   <li>every time the ring wraps (every {@code n} values), so error never builds up over long runs;</li>
 *   <li>when M2 falls below {@link #CANCELLATION} times its peak since the last recompute (a volatile
 *       value left a quiet window): the sliding update's rounding error is relative to that peak, and
 *       would otherwise dominate the small new M2. This needs the window to turn quiet, which takes up
 *       to {@code n} values, so it stays amortised O(1).</li>
 * </ul>
 */
public final class RollingWindow {

    /** M2 / peak M2 ratio below which M2 is recomputed from the buffer. */
    static final double CANCELLATION = 1e-4;

    private final int n;
    private final double[] buf;
    private int head;
    private long count;
    private double mean;
    private double m2;
    private double peak;

    public RollingWindow(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("window must be >= 1");
        }
        this.n = n;
        this.buf = new double[n];
    }

    public void add(double x) {
        if (count < n) {
            count++;
            double d = x - mean;
            mean += d / count;
            m2 += d * (x - mean);
        } else {
            double old = buf[head];
            double oldMean = mean;
            mean += (x - old) / n;
            m2 += (x - old) * (x - mean + old - oldMean);
        }
        buf[head] = x;
        if (++head == n) {
            head = 0;
        }
        if (head == 0 || m2 < peak * CANCELLATION) {
            recompute();
        } else if (m2 > peak) {
            peak = m2;
        }
    }

    /** Two-pass mean and M2 over the values held, oldest to newest. */
    private void recompute() {
        int size = (int) Math.min(count, n);
        int start = size < n ? 0 : head;
        double sum = 0;
        for (int k = 0, i = start; k < size; k++, i = i + 1 == n ? 0 : i + 1) {
            sum += buf[i];
        }
        double m = sum / size;
        double s = 0;
        for (int k = 0, i = start; k < size; k++, i = i + 1 == n ? 0 : i + 1) {
            double d = buf[i] - m;
            s += d * d;
        }
        mean = m;
        m2 = s;
        peak = s;
    }

    /** True once {@code n} values have been added. */
    public boolean full() {
        return count >= n;
    }

    public int size() {
        return n;
    }

    public double mean() {
        return mean;
    }

    /** Sample variance (divisor n-1) of a full window; never negative. */
    public double sampleVariance() {
        return n < 2 || m2 <= 0 ? 0 : m2 / (n - 1);
    }

    public void reset() {
        head = 0;
        count = 0;
        mean = 0;
        m2 = 0;
        peak = 0;
    }
}
