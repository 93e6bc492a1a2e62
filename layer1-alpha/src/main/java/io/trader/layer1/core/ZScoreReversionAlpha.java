package io.trader.layer1.core;

import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * Mean reversion: fades the z-score of close against its rolling mean.
 *
 * <ul>
 *   <li>score = -tanh(z / scale): rich prices score short, cheap prices long</li>
 *   <li>confidence = min(1, |z| / fullConfidenceZ)</li>
 *   <li>optional RSI confirmation: the reversion is confirmed when RSI sits on the same side of 50 as
 *       z (overbought while rich, oversold while cheap); an unconfirmed signal keeps its score but its
 *       confidence is multiplied by {@code unconfirmedFactor}</li>
 * </ul>
 * Neutral while ZSCORE (and RSI, when confirmation is on) is NaN.
 */
public final class ZScoreReversionAlpha implements Alpha {

    public static final String ID = "meanrev-zscore";
    /** Default scale: z = 2 scores -tanh(1) = -0.76. */
    public static final double DEFAULT_SCALE = 2.0;
    public static final double DEFAULT_FULL_CONFIDENCE_Z = 3.0;
    /** Default confidence multiplier when RSI does not confirm. */
    public static final double DEFAULT_UNCONFIRMED_FACTOR = 0.5;

    private final double scale;
    private final double fullConfidenceZ;
    private final boolean rsiConfirmation;
    private final double unconfirmedFactor;
    private final String version;

    /**
     * @param scale             z divisor inside tanh, positive
     * @param fullConfidenceZ   |z| at which confidence is 1, positive
     * @param rsiConfirmation   whether to require RSI on the same side of 50
     * @param unconfirmedFactor confidence multiplier in [0, 1] for unconfirmed signals
     */
    public ZScoreReversionAlpha(double scale, double fullConfidenceZ, boolean rsiConfirmation,
                                double unconfirmedFactor) {
        Signals.requirePositive("scale", scale);
        Signals.requirePositive("fullConfidenceZ", fullConfidenceZ);
        if (!(unconfirmedFactor >= 0 && unconfirmedFactor <= 1)) {
            throw new IllegalArgumentException("unconfirmedFactor must be in [0, 1], was " + unconfirmedFactor);
        }
        this.scale = scale;
        this.fullConfidenceZ = fullConfidenceZ;
        this.rsiConfirmation = rsiConfirmation;
        this.unconfirmedFactor = unconfirmedFactor;
        this.version = "1.0;scale=" + scale + ";fullZ=" + fullConfidenceZ
                + (rsiConfirmation ? ";rsiConfirm=" + unconfirmedFactor : "");
    }

    /** Defaults, without RSI confirmation. */
    public ZScoreReversionAlpha() {
        this(DEFAULT_SCALE, DEFAULT_FULL_CONFIDENCE_Z, false, DEFAULT_UNCONFIRMED_FACTOR);
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
        double z = features.get(Feature.ZSCORE);
        if (Signals.missing(z)) {
            out.neutral();
            return;
        }
        double confidence = Math.min(1.0, Math.abs(z) / fullConfidenceZ);
        if (rsiConfirmation) {
            double rsi = features.get(Feature.RSI);
            if (Signals.missing(rsi)) {
                out.neutral();
                return;
            }
            boolean confirmed = (z > 0 && rsi > 50) || (z < 0 && rsi < 50);
            if (!confirmed) {
                confidence *= unconfirmedFactor;
            }
        }
        out.set(-Math.tanh(z / scale), confidence);
    }
}
