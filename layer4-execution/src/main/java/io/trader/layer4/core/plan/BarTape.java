package io.trader.layer4.core.plan;

/**
 * What the bars of one instrument tell an execution policy: short-term volatility (stdev of the last
 * {@link #WINDOW} one-bar log returns, in bps) and the last bar's volume. Fixed memory, no
 * allocation per bar.
 */
final class BarTape {

    static final int WINDOW = 30;
    static final int MEAN_BARS = 1440;

    private final double[] returns = new double[WINDOW];
    private int count;
    private int next;
    private long lastClose;
    private double lastVolume;
    private double meanVolume;

    void onBar(long closeTicks, double volumeUnits) {
        if (lastClose > 0 && closeTicks > 0) {
            returns[next] = Math.log((double) closeTicks / lastClose);
            next = (next + 1) % WINDOW;
            count = Math.min(WINDOW, count + 1);
        }
        lastClose = closeTicks;
        lastVolume = volumeUnits > 0 && !Double.isInfinite(volumeUnits) ? volumeUnits : 0;
        meanVolume = meanVolume == 0 ? lastVolume : meanVolume + (lastVolume - meanVolume) / MEAN_BARS;
    }

    /** The last bar's volume over the trailing mean (an EWMA over about {@value #MEAN_BARS} bars, this bar in). */
    double relativeVolume() {
        return meanVolume > 0 ? lastVolume / meanVolume : Double.NaN;
    }

    /** Volume of the last bar, in base units (0 when unknown). */
    double lastVolumeUnits() {
        return lastVolume;
    }

    long lastClose() {
        return lastClose;
    }

    /** Stdev of the recent one-bar log returns in bps; NaN before two returns. */
    double volatilityBps() {
        if (count < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += returns[i];
        }
        mean /= count;
        double ss = 0;
        for (int i = 0; i < count; i++) {
            double d = returns[i] - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / (count - 1)) * 10_000.0;
    }
}
