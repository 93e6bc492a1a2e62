package io.trader.layer2.core.drift;

/**
 * ADWIN2 (Bifet and Gavaldà, 2007): an adaptive window over the stream, kept as an exponential histogram
 * of buckets (row {@code i} holds at most {@code maxBuckets} buckets of {@code 2^i} values, each with its
 * sum and sum of squared deviations). After each value every bucket boundary is a candidate cut of the
 * window into an older part W0 and a newer part W1 (each at least {@code minSide} values); a cut is
 * significant when {@code |mean(W1) - mean(W0)| > eps} with the variance form of the bound
 * <pre>  eps = sqrt(2 / m * var(W) * L) + 2 R L / (3 m),  m = 1 / (1/n0 + 1/n1),  L = ln(2 ln(n) / delta)</pre>
 * where {@code var(W)} is the variance of the whole window and {@code R} the range of the values seen
 * since the last reset (the bound is for bounded values; R makes it scale-free). While a cut is
 * significant the oldest bucket is dropped, so after a detection the window holds (mostly) the new regime.
 *
 * <p>{@link #add} reports a detection in the watched direction (rises only, by default, for loss
 * streams); the window is cut on a change in either direction. {@link #lastDirection()},
 * {@link #meanBefore()} and {@link #meanAfter()} describe the first significant cut of the last
 * detection. O(maxBuckets * log W) per value; all bucket rows are preallocated, so nothing is allocated.
 */
public final class Adwin implements ChangeDetector {

    private static final int ROWS = 62;

    private final double delta;
    private final int maxBuckets;
    private final int minSide;
    private final boolean risesOnly;
    private final double[][] sum;
    private final double[][] var;
    private final int[] count;
    private int top = -1;

    private long width;
    private double total;
    private double sq;
    private double min;
    private double max;
    private long samples;

    private int cutDir;
    private double cutMean0;
    private double cutMean1;
    private int lastDir;
    private double lastMean0 = Double.NaN;
    private double lastMean1 = Double.NaN;

    /** ADWIN2 with confidence {@code delta}, 5 buckets per row, sides of at least 5 values, rises only. */
    public Adwin(double delta) {
        this(delta, 5, 5, true);
    }

    public Adwin(double delta, int maxBuckets, int minSide, boolean risesOnly) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
        }
        if (maxBuckets < 2 || maxBuckets > 64) {
            throw new IllegalArgumentException("maxBuckets must be in 2..64, was " + maxBuckets);
        }
        if (minSide < 1) {
            throw new IllegalArgumentException("minSide must be >= 1, was " + minSide);
        }
        this.delta = delta;
        this.maxBuckets = maxBuckets;
        this.minSide = minSide;
        this.risesOnly = risesOnly;
        this.sum = new double[ROWS][maxBuckets + 1];
        this.var = new double[ROWS][maxBuckets + 1];
        this.count = new int[ROWS];
        reset();
    }

    @Override
    public String kind() {
        return "adwin";
    }

    /** Non-finite values are ignored (not counted). */
    @Override
    public boolean add(double x) {
        if (!Double.isFinite(x)) {
            return false;
        }
        samples++;
        min = Math.min(min, x);
        max = Math.max(max, x);
        if (width == 0) {
            total = x;
            sq = 0;
        } else {
            double d = x - total / width;
            sq += d * d * width / (width + 1);
            total += x;
        }
        width++;
        push(0, x, 0.0);
        boolean detected = false;
        int dir = 0;
        while (width >= 2L * minSide && cutFound()) {
            if (!detected) {
                detected = true;
                dir = cutDir;
                lastDir = cutDir;
                lastMean0 = cutMean0;
                lastMean1 = cutMean1;
            }
            removeOldest();
        }
        return detected && (dir > 0 || !risesOnly);
    }

    private void push(int row, double s, double v) {
        int c = count[row];
        sum[row][c] = s;
        var[row][c] = v;
        count[row] = c + 1;
        if (row > top) {
            top = row;
        }
        if (c + 1 > maxBuckets && row + 1 < ROWS) {
            double size = Math.scalb(1.0, row);
            double a = sum[row][0];
            double b = sum[row][1];
            double diff = (a - b) / size;
            double merged = var[row][0] + var[row][1] + size / 2 * diff * diff;
            shift(row, 2);
            push(row + 1, a + b, merged);
        }
    }

    private void shift(int row, int by) {
        int c = count[row] - by;
        System.arraycopy(sum[row], by, sum[row], 0, c);
        System.arraycopy(var[row], by, var[row], 0, c);
        count[row] = c;
    }

    private boolean cutFound() {
        double varW = sq / width;
        double l = Math.log(2 * Math.log(width) / delta);
        double range = max - min;
        long n1 = 0;
        double s1 = 0;
        for (int i = 0; i <= top; i++) {
            long size = 1L << i;
            for (int j = count[i] - 1; j >= 0; j--) {
                n1 += size;
                s1 += sum[i][j];
                long n0 = width - n1;
                if (n0 < minSide) {
                    return false;
                }
                if (n1 < minSide) {
                    continue;
                }
                double mean1 = s1 / n1;
                double mean0 = (total - s1) / n0;
                double m = 1.0 / (1.0 / n0 + 1.0 / n1);
                double eps = Math.sqrt(2.0 / m * varW * l) + 2.0 * range * l / (3.0 * m);
                if (Math.abs(mean1 - mean0) > eps) {
                    cutDir = mean1 > mean0 ? 1 : -1;
                    cutMean0 = mean0;
                    cutMean1 = mean1;
                    return true;
                }
            }
        }
        return false;
    }

    private void removeOldest() {
        long size = 1L << top;
        double sb = sum[top][0];
        double vb = var[top][0];
        long rest = width - size;
        if (rest <= 0) {
            width = 0;
            total = 0;
            sq = 0;
        } else {
            double d = sb / size - (total - sb) / rest;
            sq = Math.max(0.0, sq - vb - (double) size * rest / width * d * d);
            total -= sb;
            width = rest;
        }
        shift(top, 1);
        while (top >= 0 && count[top] == 0) {
            top--;
        }
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(count, 0);
        top = -1;
        width = 0;
        total = 0;
        sq = 0;
        samples = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        lastDir = 0;
        lastMean0 = Double.NaN;
        lastMean1 = Double.NaN;
    }

    @Override
    public long samples() {
        return samples;
    }

    /** Values in the current window. */
    public long width() {
        return width;
    }

    /** Mean of the current window. */
    public double mean() {
        return width == 0 ? Double.NaN : total / width;
    }

    /** +1 when the last detected change was a rise, -1 a fall, 0 none yet. */
    public int lastDirection() {
        return lastDir;
    }

    /** Mean of the older part at the last detection's first significant cut. */
    public double meanBefore() {
        return lastMean0;
    }

    /** Mean of the newer part at the last detection's first significant cut. */
    public double meanAfter() {
        return lastMean1;
    }
}
