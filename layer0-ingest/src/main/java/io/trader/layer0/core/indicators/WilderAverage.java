package io.trader.layer0.core.indicators;

/**
 * Wilder's smoothing: {@code NaN} for the first {@code n-1} values, the simple mean of the first
 * {@code n} values at value {@code n}, then {@code avg = (avg * (n - 1) + x) / n}.
 */
public final class WilderAverage {

    private final int n;
    private int seen;
    private double seedSum;
    private double value = Double.NaN;

    public WilderAverage(int n) {
        this.n = n;
    }

    public void add(double x) {
        if (seen < n) {
            seedSum += x;
            if (++seen == n) {
                value = seedSum / n;
            }
        } else {
            value = (value * (n - 1) + x) / n;
        }
    }

    public double value() {
        return value;
    }

    public void reset() {
        seen = 0;
        seedSum = 0;
        value = Double.NaN;
    }
}
