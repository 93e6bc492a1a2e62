package io.trader.layer1.core;

import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;

/**
 * Momentum: long when the fast SMA is above the slow SMA, short when below, scaled by how unusual
 * the gap is for the current volatility.
 *
 * <p>Scaling. Under a driftless random walk with per-bar volatility {@code sigma}, the gap between
 * an m-bar and an n-bar SMA of close is a fixed linear combination of the last n price increments:
 * {@code SMA_m - SMA_n = sum_i c_i * dP_(t-i)} with {@code c_i = (i+1)(1/m - 1/n)} for i &lt; m and
 * {@code c_i = (n-1-i)/n} for m &le; i &lt; n. Its standard deviation is therefore
 * {@code close * sigma * sqrt(sum c_i^2)}, computed once in the constructor. Dividing the gap by it
 * gives {@code z}, a gap in volatility units that is roughly N(0,1) when there is no trend.
 *
 * <ul>
 *   <li>score = tanh(gain * z)</li>
 *   <li>confidence = min(1, |z| / fullConfidenceZ)</li>
 * </ul>
 * Neutral while CLOSE, SMA_FAST, SMA_SLOW or VOLATILITY is NaN, or when volatility is not positive.
 */
public final class MovingAverageCrossAlpha implements Alpha {

    public static final String ID = "momentum-ma-cross";
    /** Default gain: a 2-sigma gap scores tanh(1) = 0.76. */
    public static final double DEFAULT_GAIN = 0.5;
    /** Default gap (in sigmas of the null distribution) at which confidence reaches 1. */
    public static final double DEFAULT_FULL_CONFIDENCE_Z = 3.0;

    private final double gain;
    private final double fullConfidenceZ;
    private final double gapStdUnits;
    private final String version;

    /**
     * @param fastPeriod      period of SMA_FAST (must match the feature config)
     * @param slowPeriod      period of SMA_SLOW, greater than {@code fastPeriod}
     * @param gain            multiplier of z inside tanh, positive
     * @param fullConfidenceZ |z| at which confidence is 1, positive
     */
    public MovingAverageCrossAlpha(int fastPeriod, int slowPeriod, double gain, double fullConfidenceZ) {
        if (fastPeriod < 1 || slowPeriod <= fastPeriod) {
            throw new IllegalArgumentException("need 1 <= fast < slow, was " + fastPeriod + "/" + slowPeriod);
        }
        Signals.requirePositive("gain", gain);
        Signals.requirePositive("fullConfidenceZ", fullConfidenceZ);
        this.gain = gain;
        this.fullConfidenceZ = fullConfidenceZ;
        this.gapStdUnits = gapStdUnits(fastPeriod, slowPeriod);
        this.version = "1.0;fast=" + fastPeriod + ";slow=" + slowPeriod + ";gain=" + gain
                + ";fullZ=" + fullConfidenceZ;
    }

    /** Default gain and confidence, periods from the feature config. */
    public MovingAverageCrossAlpha(FeatureConfig config) {
        this(config.smaFast(), config.smaSlow(), DEFAULT_GAIN, DEFAULT_FULL_CONFIDENCE_Z);
    }

    /**
     * Standard deviation of SMA_m - SMA_n for a random walk with unit increments:
     * {@code sqrt(sum_i c_i^2)} as described in the class comment.
     */
    static double gapStdUnits(int m, int n) {
        double sum = 0;
        double k = 1.0 / m - 1.0 / n;
        for (int i = 0; i < n; i++) {
            double c = i < m ? (i + 1) * k : (n - 1 - i) / (double) n;
            sum += c * c;
        }
        return Math.sqrt(sum);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public void evaluate(FeatureVector features, AlphaOutput out) {
        double close = features.get(Feature.CLOSE);
        double fast = features.get(Feature.SMA_FAST);
        double slow = features.get(Feature.SMA_SLOW);
        double vol = features.get(Feature.VOLATILITY);
        if (Signals.missing(close) || Signals.missing(fast) || Signals.missing(slow) || Signals.missing(vol)
                || !(vol > 0) || !(close > 0)) {
            out.neutral();
            return;
        }
        double z = (fast - slow) / (close * vol * gapStdUnits);
        if (Signals.missing(z)) {
            out.neutral();
            return;
        }
        out.set(Math.tanh(gain * z), Math.min(1.0, Math.abs(z) / fullConfidenceZ));
    }
}
