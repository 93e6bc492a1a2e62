package io.trader.layer2.core;

/**
 * The return calibration of {@link AdaptiveEnsemble}, for ensembles that only decide the combined score:
 * {@code beta} is the exponentially weighted regression slope, through the origin, of the realised H-bar
 * return {@code close(t)/close(t-H) - 1} on the combined score of bar t-H, using only pairs already realised,
 * and {@code expectedReturn = beta * s / H} (per bar over the horizon); 0 while fewer than
 * {@code minSamples} realised pairs had a non-zero score, or when {@code beta <= 0}. Pairs with a missing or
 * non-positive close are skipped. Allocation-free per bar.
 *
 * <p>Per bar: {@link #learn(double)} with this bar's close, then {@link #expected(double)} for this bar's
 * score, then {@link #record(double, double)} with this bar's score and close.
 */
public final class ReturnSlope {

    private final int horizon;
    private final int minSamples;
    private final double decay;
    private final double[] ringScore;
    private final double[] ringClose;
    private long bars;
    private double sss;
    private double ssr;
    private long scored;
    private double beta;

    public ReturnSlope(EnsembleConfig config) {
        this.horizon = config.horizonBars();
        this.minSamples = config.minSamples();
        this.decay = config.decay();
        this.ringScore = new double[horizon];
        this.ringClose = new double[horizon];
    }

    /** Pairs the score recorded H bars ago with the return realised at this bar's {@code close}. */
    public void learn(double close) {
        if (bars < horizon) {
            return;
        }
        int slot = (int) (bars % horizon);
        double then = ringClose[slot];
        if (!(then > 0) || !(close > 0) || !Double.isFinite(then) || !Double.isFinite(close)) {
            return;
        }
        double r = close / then - 1;
        double s = ringScore[slot];
        sss = decay * sss + s * s;
        ssr = decay * ssr + s * r;
        if (s != 0) {
            scored++;
        }
        beta = sss > 0 ? ssr / sss : 0;
    }

    /** Expected simple return per bar for combined score {@code s}. */
    public double expected(double s) {
        return scored >= minSamples && beta > 0 ? beta * s / horizon : 0;
    }

    /** Stores this bar's combined score and close; call once per bar, after {@link #learn}. */
    public void record(double s, double close) {
        int slot = (int) (bars % horizon);
        ringScore[slot] = s;
        ringClose[slot] = close;
        bars++;
    }

    /** Current slope (before the gates). */
    public double beta() {
        return beta;
    }

    /** Realised pairs whose score was non-zero. */
    public long scoredSamples() {
        return scored;
    }
}
