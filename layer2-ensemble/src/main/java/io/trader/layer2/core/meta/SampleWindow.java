package io.trader.layer2.core.meta;

/**
 * The newest {@code capacity} resolved samples (row, label, return) in a ring, and an oldest-first view of
 * them for {@link MetaLearner#refit}. The view's row arrays are the ring's own: valid until the next
 * {@link #add}; a learner must not keep them. Allocation-free.
 */
final class SampleWindow {

    private final double[][] x;
    private final int[] y;
    private final double[] r;
    private final int width;
    private int start;
    private int count;
    final double[][] viewX;
    final int[] viewY;
    final double[] viewR;

    SampleWindow(int capacity, int width) {
        this.width = width;
        this.x = new double[capacity][width];
        this.y = new int[capacity];
        this.r = new double[capacity];
        this.viewX = new double[capacity][];
        this.viewY = new int[capacity];
        this.viewR = new double[capacity];
    }

    void add(double[] row, int label, double ret) {
        int cap = y.length;
        int at = (start + count) % cap;
        System.arraycopy(row, 0, x[at], 0, width);
        y[at] = label;
        r[at] = ret;
        if (count < cap) {
            count++;
        } else {
            start = (start + 1) % cap;
        }
    }

    /** Fills the oldest-first view and returns the number of samples in it. */
    int view() {
        int cap = y.length;
        for (int k = 0; k < count; k++) {
            int at = (start + k) % cap;
            viewX[k] = x[at];
            viewY[k] = y[at];
            viewR[k] = r[at];
        }
        return count;
    }

    int size() {
        return count;
    }
}
