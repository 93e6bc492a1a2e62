package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;

/**
 * Forwards a single alpha unchanged, for single-rule pipelines such as the benchmark: score = the
 * alpha's score, confidence = the alpha's confidence, weights = [1], and
 * {@code expectedReturn = score * returnPerScore}: a fixed, uncalibrated assumption of the simple
 * return per bar at full score. It only matters to a sizer that reads the expected return
 * (e.g. a Kelly sizer); a fixed-fraction sizer ignores it. Stateless.
 */
public final class PassThroughEnsemble implements Ensemble {

    /** Default {@code returnPerScore}: 10 bps per bar at full score. */
    public static final double DEFAULT_RETURN_PER_SCORE = 0.001;

    private final double returnPerScore;

    /** @param returnPerScore assumed simple return per bar at score 1, finite */
    public PassThroughEnsemble(double returnPerScore) {
        if (!Double.isFinite(returnPerScore)) {
            throw new IllegalArgumentException("returnPerScore must be finite, was " + returnPerScore);
        }
        this.returnPerScore = returnPerScore;
    }

    public PassThroughEnsemble() {
        this(DEFAULT_RETURN_PER_SCORE);
    }

    @Override
    public void combine(FeatureVector features, AlphaOutput[] outputs, Forecast out) {
        if (outputs.length != 1 || out.weights().length != 1) {
            throw new IllegalArgumentException("pass-through needs exactly one alpha, got " + outputs.length);
        }
        double score = outputs[0].score();
        out.weights()[0] = 1.0;
        out.set(score, score * returnPerScore, outputs[0].confidence());
        out.contributions()[0] = score;
    }

    public double returnPerScore() {
        return returnPerScore;
    }
}
