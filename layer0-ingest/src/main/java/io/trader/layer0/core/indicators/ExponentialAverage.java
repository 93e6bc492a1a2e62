package io.trader.layer0.core.indicators;

/**
 * EMA with {@code alpha = 2/(n+1)}, seeded with the simple mean of the first {@code n} values: the
 * value is {@code NaN} for the first {@code n-1} values, the SMA at value {@code n}, and then
 * {@code ema += alpha * (x - ema)}.
 */
public final class ExponentialAverage {

    private final int n;
    private final double alpha;
    private int seen;
    private double seedSum;
    private double value = Double.NaN;

    public ExponentialAverage(int n) {
        this.n = n;
        this.alpha = 2.0 / (n + 1);
    }

    public void add(double x) {
        if (seen < n) {
            seedSum += x;
            if (++seen == n) {
                value = seedSum / n;
            }
        } else {
            value += alpha * (x - value);
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
