package io.trader.layer1.core;

import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * Oscillator mean reversion: fades Wilder RSI outside its {@code [lower, upper]} band.
 *
 * <ul>
 *   <li>RSI &gt; upper: score = -(RSI - upper) / (100 - upper), short, -1 at RSI 100</li>
 *   <li>RSI &lt; lower: score = (lower - RSI) / lower, long, +1 at RSI 0</li>
 *   <li>inside the band: score 0, confidence 0 (no opinion)</li>
 *   <li>confidence = min(1, d / fullConfidencePoints), d = RSI points beyond the band</li>
 * </ul>
 * Neutral while RSI is NaN.
 */
public final class RsiReversionAlpha implements Alpha {

    public static final String ID = "meanrev-rsi";
    public static final double DEFAULT_LOWER = 30;
    public static final double DEFAULT_UPPER = 70;
    public static final double DEFAULT_FULL_CONFIDENCE_POINTS = 15;

    private final double lower;
    private final double upper;
    private final double fullConfidencePoints;
    private final String version;

    /**
     * @param lower                oversold threshold, in (0, upper)
     * @param upper                overbought threshold, in (lower, 100)
     * @param fullConfidencePoints RSI points beyond the band at which confidence is 1, positive
     */
    public RsiReversionAlpha(double lower, double upper, double fullConfidencePoints) {
        if (!(lower > 0 && lower < upper && upper < 100)) {
            throw new IllegalArgumentException("need 0 < lower < upper < 100, was " + lower + "/" + upper);
        }
        Signals.requirePositive("fullConfidencePoints", fullConfidencePoints);
        this.lower = lower;
        this.upper = upper;
        this.fullConfidencePoints = fullConfidencePoints;
        this.version = "1.0;lower=" + lower + ";upper=" + upper + ";fullPoints=" + fullConfidencePoints;
    }

    public RsiReversionAlpha() {
        this(DEFAULT_LOWER, DEFAULT_UPPER, DEFAULT_FULL_CONFIDENCE_POINTS);
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
        double rsi = features.get(Feature.RSI);
        if (Signals.missing(rsi)) {
            out.neutral();
            return;
        }
        rsi = Signals.clamp(rsi, 0, 100);
        if (rsi > upper) {
            double d = rsi - upper;
            out.set(-d / (100 - upper), Math.min(1.0, d / fullConfidencePoints));
        } else if (rsi < lower) {
            double d = lower - rsi;
            out.set(d / lower, Math.min(1.0, d / fullConfidencePoints));
        } else {
            out.neutral();
        }
    }
}
