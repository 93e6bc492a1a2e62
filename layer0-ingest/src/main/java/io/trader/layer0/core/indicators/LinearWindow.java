package io.trader.layer0.core.indicators;

/**
 * Simple and linearly weighted moving average of the last {@code n} prices in ticks, O(1) amortised per
 * value and no allocation after construction. Like {@link TickWindow}, values are kept as deviations
 * {@code d = x - anchor} from an anchor tick value, so the plain sum {@code S = sum d} and the weighted sum
 * {@code W = sum w_i d_i} (weights 1..n, newest heaviest) are sums of integers, exact in a double while they
 * stay below 2^53. Sliding one value in: {@code W' = W + n*d_new - S} (every older weight drops by one and
 * the oldest, weight 1, drops out), then {@code S' = S + d_new - d_old}. Every {@code n} values the anchor
 * moves to the newest value and both sums are rebuilt from the ring buffer.
 */
public final class LinearWindow {

    private final int n;
    private final long[] buf;
    private final double invN;
    private final double invWeightTotal;
    private int head;
    private long count;
    private long anchor;
    private double sum;
    private double weighted;

    public LinearWindow(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("window must be >= 1");
        }
        this.n = n;
        this.buf = new long[n];
        this.invN = 1.0 / n;
        this.invWeightTotal = 2.0 / ((double) n * (n + 1));
    }

    public void add(long x) {
        if (count == 0) {
            anchor = x;
        }
        double d = x - anchor;
        if (count < n) {
            count++;
            weighted += count * d;
            sum += d;
        } else {
            weighted += n * d - sum;
            sum += d - (buf[head] - anchor);
        }
        buf[head] = x;
        if (++head == n) {
            head = 0;
            rebase(x);
        }
    }

    /** Buffer index 0 holds the oldest value right after a wrap. */
    private void rebase(long newAnchor) {
        anchor = newAnchor;
        double s = 0;
        double w = 0;
        for (int i = 0; i < n; i++) {
            double d = buf[i] - newAnchor;
            s += d;
            w += (i + 1) * d;
        }
        sum = s;
        weighted = w;
    }

    /** True once {@code n} values have been added. */
    public boolean full() {
        return count >= n;
    }

    /** Simple mean of the window, ticks. */
    public double mean() {
        return anchor + sum * invN;
    }

    /** Weighted mean, weights 1..n with the newest heaviest, ticks. */
    public double weightedMean() {
        return anchor + weighted * invWeightTotal;
    }

    public void reset() {
        head = 0;
        count = 0;
        anchor = 0;
        sum = 0;
        weighted = 0;
    }
}
