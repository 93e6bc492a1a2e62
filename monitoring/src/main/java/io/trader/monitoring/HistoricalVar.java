package io.trader.monitoring;

/**
 * Historical value at risk from a rolling window of one-step returns: the loss, as a fraction of
 * equity, that only the worst {@code 1 - confidence} of the window's returns exceeded. With the
 * defaults (99%, 500 steps) it is minus the 5th-worst step return of the last 500, floored at 0; it
 * is {@code NaN} until {@value #MIN_RETURNS} returns were seen. A ring buffer plus a scan that keeps
 * the k smallest returns: O(window * k) per step, no allocation. Engine thread only.
 */
final class HistoricalVar {

    static final double CONFIDENCE = 0.99;
    static final int WINDOW = 500;
    static final int MIN_RETURNS = 100;

    private final double confidence;
    private final double[] ring;
    private final double[] smallest;
    private final int minReturns;
    private int size;
    private int next;

    HistoricalVar() {
        this(CONFIDENCE, WINDOW, MIN_RETURNS);
    }

    HistoricalVar(double confidence, int window, int minReturns) {
        if (!(confidence > 0 && confidence < 1) || window < 1 || minReturns < 1 || minReturns > window) {
            throw new IllegalArgumentException("confidence in (0, 1), 1 <= minReturns <= window");
        }
        this.confidence = confidence;
        this.ring = new double[window];
        this.minReturns = minReturns;
        this.smallest = new double[rank(window)];
    }

    /** 1-based rank of the VaR return among {@code n} sorted ascending: ceil(n * (1 - confidence)). */
    private int rank(int n) {
        return Math.max(1, (int) Math.ceil(n * (1 - confidence) - 1e-9));
    }

    void add(double ret) {
        if (!Double.isFinite(ret)) {
            return;
        }
        ring[next] = ret;
        next = (next + 1) % ring.length;
        if (size < ring.length) {
            size++;
        }
    }

    /** Replaces the newest return (the same step was completed again with a different equity). */
    void replaceLast(double ret) {
        if (size == 0 || !Double.isFinite(ret)) {
            add(ret);
            return;
        }
        ring[(next - 1 + ring.length) % ring.length] = ret;
    }

    int size() {
        return size;
    }

    /** The VaR as a fraction of equity (>= 0), or NaN before {@link #MIN_RETURNS} returns. */
    double ratio() {
        if (size < minReturns) {
            return Double.NaN;
        }
        int k = rank(size);
        int filled = 0;
        for (int i = 0; i < size; i++) {
            double r = ring[i];
            if (filled < k) {
                int j = filled++;
                while (j > 0 && smallest[j - 1] > r) {
                    smallest[j] = smallest[j - 1];
                    j--;
                }
                smallest[j] = r;
            } else if (r < smallest[k - 1]) {
                int j = k - 1;
                while (j > 0 && smallest[j - 1] > r) {
                    smallest[j] = smallest[j - 1];
                    j--;
                }
                smallest[j] = r;
            }
        }
        return Math.max(0.0, -smallest[k - 1]);
    }
}
