package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;

/**
 * One alpha of many, alone: score = that alpha's signal {@code score * confidence} (what the other ensembles
 * combine), confidence = its confidence, weight 1 on it and 0 on the others, its contribution = the score.
 * The expected return comes from {@link ReturnSlope}, the calibration of {@link AdaptiveEnsemble}, so the
 * single-alpha baseline is sized exactly like the ensembles it is compared with. No calibrated probability.
 * One instance per instrument; allocation-free.
 */
public final class SingleAlphaEnsemble implements Ensemble {

    private final int n;
    private final int index;
    private final ReturnSlope slope;

    /** @param index the alpha passed through, in {@code [0, alphaCount)} */
    public SingleAlphaEnsemble(int alphaCount, int index, EnsembleConfig config) {
        if (index < 0 || index >= alphaCount) {
            throw new IllegalArgumentException("alpha index must be in [0, " + alphaCount + "), was " + index);
        }
        this.n = alphaCount;
        this.index = index;
        this.slope = new ReturnSlope(config);
    }

    @Override
    public void combine(FeatureVector features, AlphaOutput[] outputs, Forecast out) {
        EnsembleInputs.check(n, outputs, out);
        double close = features.get(Feature.CLOSE);
        slope.learn(close);
        AlphaOutput a = outputs[index];
        double s = a.score() * a.confidence();
        out.set(s, slope.expected(s), a.confidence());
        double[] w = out.weights();
        double[] c = out.contributions();
        for (int i = 0; i < n; i++) {
            w[i] = 0;
            c[i] = 0;
        }
        w[index] = 1;
        c[index] = s;
        slope.record(s, close);
    }

    public int index() {
        return index;
    }

    public ReturnSlope slope() {
        return slope;
    }
}
