package io.trader.layer1.core;

import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * Breakout: follows a close that leaves a Keltner channel of {@code EMA_SLOW +- multiplier * ATR}.
 * With {@code x = (close - EMA_SLOW) / ATR}:
 *
 * <ul>
 *   <li>|x| &gt; multiplier: score = sign(x) * tanh(|x| / multiplier) (at least tanh(1) = 0.76 once
 *       broken out), confidence = min(1, |x| / (2 * multiplier)) (at least 0.5)</li>
 *   <li>inside the channel: score 0, confidence 0 (no opinion)</li>
 * </ul>
 * Stateless. Neutral while CLOSE, EMA_SLOW or ATR is NaN, or when ATR is not positive.
 */
public final class KeltnerBreakoutAlpha implements Alpha {

    public static final String ID = "breakout-keltner";
    public static final double DEFAULT_MULTIPLIER = 2.0;

    private final double multiplier;
    private final String version;

    /** @param multiplier channel half-width in ATRs, positive */
    public KeltnerBreakoutAlpha(double multiplier) {
        Signals.requirePositive("multiplier", multiplier);
        this.multiplier = multiplier;
        this.version = "1.0;mult=" + multiplier;
    }

    public KeltnerBreakoutAlpha() {
        this(DEFAULT_MULTIPLIER);
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
        double ema = features.get(Feature.EMA_SLOW);
        double atr = features.get(Feature.ATR);
        if (Signals.missing(close) || Signals.missing(ema) || Signals.missing(atr) || !(atr > 0)) {
            out.neutral();
            return;
        }
        double x = (close - ema) / atr;
        double ax = Math.abs(x);
        if (!(ax > multiplier)) {
            out.neutral();
            return;
        }
        out.set(Math.copySign(Math.tanh(ax / multiplier), x), Math.min(1.0, ax / (2 * multiplier)));
    }
}
