package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;

/**
 * The equal-weight baseline: the mean signal {@code x_i = score_i * confidence_i} of the alphas with an
 * opinion ({@code x_i != 0}); each of those k alphas has weight 1/k and contribution {@code x_i / k}, the
 * others 0 (no opinion: score 0, no trade). No skill estimate: an alpha that is always wrong counts as much
 * as one that is always right. The expected return comes from {@link ReturnSlope} (the same calibration as
 * {@link AdaptiveEnsemble}), so a sizer gets a number. Confidence = agreement
 * {@code |sum x_i| / sum |x_i|}. No calibrated probability. One instance per instrument; allocation-free.
 */
public final class EqualWeightEnsemble implements Ensemble {

    private final int n;
    private final ReturnSlope slope;

    public EqualWeightEnsemble(int alphaCount, EnsembleConfig config) {
        if (alphaCount < 1) {
            throw new IllegalArgumentException("need at least one alpha, was " + alphaCount);
        }
        this.n = alphaCount;
        this.slope = new ReturnSlope(config);
    }

    @Override
    public void combine(FeatureVector features, AlphaOutput[] outputs, Forecast out) {
        EnsembleInputs.check(n, outputs, out);
        double close = features.get(Feature.CLOSE);
        slope.learn(close);
        int k = 0;
        double sum = 0;
        double abs = 0;
        for (int i = 0; i < n; i++) {
            double x = outputs[i].score() * outputs[i].confidence();
            if (x != 0) {
                k++;
                sum += x;
                abs += Math.abs(x);
            }
        }
        double s = k == 0 ? 0 : sum / k;
        s = s > 1 ? 1 : (s < -1 ? -1 : s);
        out.set(s, slope.expected(s), abs > 0 ? Math.min(1.0, Math.abs(sum) / abs) : 0);
        double[] w = out.weights();
        double[] c = out.contributions();
        for (int i = 0; i < n; i++) {
            double x = outputs[i].score() * outputs[i].confidence();
            w[i] = x != 0 ? 1.0 / k : 0;
            c[i] = x != 0 ? x / k : 0;
        }
        slope.record(s, close);
    }

    /** The return calibration (for tests and reports). */
    public ReturnSlope slope() {
        return slope;
    }
}
