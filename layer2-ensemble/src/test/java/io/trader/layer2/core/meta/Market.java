package io.trader.layer2.core.meta;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

import java.util.Random;

/**
 * Test market: seeded log-normal random-walk closes and precomputed alpha outputs (score, confidence per bar
 * and alpha). Alpha 0 is skilled: it peeks at the future horizon return through noise; the others are noise.
 */
final class Market {

    static final InstrumentSpec SPEC = new InstrumentSpec("BTCUSDT", 2, 5);

    final double[] closes;
    final double[][] score;
    final double[][] confidence;

    Market(long seed, int bars, int alphas, int horizon, double noise) {
        Random rnd = new Random(seed);
        double vol = 0.01;
        closes = new double[bars];
        closes[0] = 100;
        for (int t = 1; t < bars; t++) {
            closes[t] = closes[t - 1] * Math.exp(vol * rnd.nextGaussian());
        }
        score = new double[bars][alphas];
        confidence = new double[bars][alphas];
        for (int t = 0; t < bars; t++) {
            double z = t + horizon < bars ? Math.log(closes[t + horizon] / closes[t]) / (vol * Math.sqrt(horizon)) : 0;
            score[t][0] = Math.tanh(0.5 * (z + noise * rnd.nextGaussian()));
            confidence[t][0] = 1;
            for (int i = 1; i < alphas; i++) {
                score[t][i] = Math.tanh(rnd.nextGaussian());
                confidence[t][i] = rnd.nextDouble();
            }
        }
    }

    /** y of the row made at bar t: the horizon return is positive. */
    int label(int t, int horizon) {
        return closes[t + horizon] / closes[t] - 1 > 0 ? 1 : 0;
    }

    FeatureVector features(FeatureVector fv, int t) {
        fv.set(Feature.CLOSE, closes[t]);
        fv.stamp(t * 60_000L, t + 1);
        return fv;
    }

    AlphaOutput[] outputs(AlphaOutput[] outs, int t) {
        for (int i = 0; i < outs.length; i++) {
            outs[i].set(score[t][i], confidence[t][i]);
        }
        return outs;
    }

    static AlphaOutput[] newOutputs(int n) {
        AlphaOutput[] outs = new AlphaOutput[n];
        for (int i = 0; i < n; i++) {
            outs[i] = new AlphaOutput();
        }
        return outs;
    }
}
