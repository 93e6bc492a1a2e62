package io.trader.layer4.core.plan;

import io.trader.layer4.core.exec.BarStats;

/**
 * What the recent bars of one instrument tell an execution policy, computed as the episode simulator computes it
 * ({@link BarStats}, the same {@value #WINDOW}-bar window as {@code BarImpactModel.defaults()}): the Roll half
 * spread, the one-bar volatility, and the last bar's volume against its trailing mean. Fixed memory, no allocation
 * per bar.
 */
final class RecentBars {

    static final int WINDOW = 60;
    static final int MEAN_BARS = 1440;
    /** The spread estimate's floor, as in the episode simulator's defaults. */
    static final double MIN_HALF_SPREAD_BPS = 0.05;

    private final double[] closes = new double[WINDOW];
    private int count;
    private int next;
    private long lastClose;
    private double lastVolume;
    private double meanVolume;

    void onBar(long closeTicks, double volumeUnits) {
        if (closeTicks > 0) {
            closes[next] = closeTicks;
            next = (next + 1) % WINDOW;
            count = Math.min(WINDOW, count + 1);
            lastClose = closeTicks;
        }
        lastVolume = volumeUnits > 0 && !Double.isInfinite(volumeUnits) ? volumeUnits : 0;
        meanVolume = meanVolume == 0 ? lastVolume : meanVolume + (lastVolume - meanVolume) / MEAN_BARS;
    }

    /** The j-th of the closes held, oldest first. */
    private double close(int j) {
        return closes[Math.floorMod(next - count + j, WINDOW)];
    }

    /** Quoted spread estimate in bps (twice Roll's half spread); NaN before three bars. */
    double spreadBps() {
        return count < 3 ? Double.NaN : 2 * BarStats.rollHalfSpreadBps(this::close, 0, count, MIN_HALF_SPREAD_BPS);
    }

    /** Stdev of the recent one-bar log returns in bps; NaN before two returns. */
    double volatilityBps() {
        return BarStats.sigmaBps(this::close, 0, count);
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
}
