package io.trader.layer2.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

import java.util.Random;

/** Seeded random-walk closes plus helpers that peek at future returns to build test alphas. */
final class SyntheticMarket {

    static final InstrumentSpec SPEC = new InstrumentSpec("BTCUSDT", 2, 5);

    final double[] closes;

    SyntheticMarket(long seed, int bars, double volPerBar) {
        Random rnd = new Random(seed);
        closes = new double[bars];
        closes[0] = 100;
        for (int t = 1; t < bars; t++) {
            closes[t] = closes[t - 1] * Math.exp(volPerBar * rnd.nextGaussian());
        }
    }

    /** close(t+h)/close(t) - 1, or 0 beyond the end (never realised inside the run). */
    double forward(int t, int h) {
        return t + h < closes.length ? closes[t + h] / closes[t] - 1 : 0;
    }

    FeatureVector features(FeatureVector fv, int t) {
        fv.set(Feature.CLOSE, closes[t]);
        fv.stamp(t * 60_000L, t + 1);
        return fv;
    }

    static AlphaOutput[] outputs(int n) {
        AlphaOutput[] outs = new AlphaOutput[n];
        for (int i = 0; i < n; i++) {
            outs[i] = new AlphaOutput();
        }
        return outs;
    }

    static double clip(double x) {
        return Math.max(-1, Math.min(1, x));
    }
}
