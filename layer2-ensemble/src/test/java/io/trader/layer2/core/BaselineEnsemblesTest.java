package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.trader.layer2.core.SyntheticMarket.clip;
import static io.trader.layer2.core.SyntheticMarket.outputs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link EqualWeightEnsemble} and {@link SingleAlphaEnsemble}: the baselines the meta-learners are judged against. */
class BaselineEnsemblesTest {

    private final FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);

    @Test
    void equalWeightIsTheMeanOfTheAlphasWithAnOpinion() {
        AlphaOutput[] outs = outputs(4);
        outs[0].set(0.8, 0.5);   // x = 0.4
        outs[1].set(-0.2, 1.0);  // x = -0.2
        outs[2].neutral();       // no opinion
        outs[3].set(0.6, 0.0);   // confidence 0: no opinion
        Forecast f = new Forecast(4);
        fv.set(io.trader.core.signal.Feature.CLOSE, 100);
        new EqualWeightEnsemble(4, EnsembleConfig.DEFAULT).combine(fv, outs, f);
        assertEquals(0.1, f.score(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, f.weights(), 1e-12);
        assertArrayEquals(new double[] {0.2, -0.1, 0, 0}, f.contributions(), 1e-12);
        assertEquals(0.2 / 0.6, f.confidence(), 1e-12);
        assertEquals(0.0, f.expectedReturn(), "no calibration before minSamples");
        assertTrue(Double.isNaN(f.probability()), "no calibrated probability");

        for (AlphaOutput o : outs) {
            o.neutral();
        }
        new EqualWeightEnsemble(4, EnsembleConfig.DEFAULT).combine(fv, outs, f);
        assertEquals(0.0, f.score());
        assertArrayEquals(new double[4], f.weights());
    }

    @Test
    void singleAlphaPassesOneAlphaThrough() {
        AlphaOutput[] outs = outputs(3);
        outs[0].set(0.9, 1.0);
        outs[1].set(-0.5, 0.4);
        outs[2].set(0.3, 0.3);
        Forecast f = new Forecast(3);
        fv.set(io.trader.core.signal.Feature.CLOSE, 100);
        new SingleAlphaEnsemble(3, 1, EnsembleConfig.DEFAULT).combine(fv, outs, f);
        assertEquals(-0.2, f.score(), 1e-12);
        assertEquals(0.4, f.confidence(), 1e-12);
        assertArrayEquals(new double[] {0, 1, 0}, f.weights());
        assertArrayEquals(new double[] {0, -0.2, 0}, f.contributions(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new SingleAlphaEnsemble(3, 3, EnsembleConfig.DEFAULT));
    }

    /**
     * The expected return of both baselines equals, every bar, a naive recomputation: the exponentially
     * weighted slope (through the origin) of every realised H-bar return on the score of H bars earlier,
     * over all pairs realised so far, times the score / H; 0 before minSamples non-zero scores or when the
     * slope is not positive. An oracle alpha makes the slope positive, so the comparison covers trading.
     */
    @Test
    void expectedReturnMatchesNaiveSlopeEveryBar() {
        int horizon = 3;
        EnsembleConfig config = new EnsembleConfig(horizon, 40, 25, 0.1);
        int bars = 800;
        SyntheticMarket market = new SyntheticMarket(21, bars, 0.01);
        Random rnd = new Random(4);
        AlphaOutput[] outs = outputs(3);
        Ensemble2[] ensembles = {
            new Ensemble2(new EqualWeightEnsemble(3, config)), new Ensemble2(new SingleAlphaEnsemble(3, 0, config))};
        double decay = config.decay();
        int positive = 0;
        for (int t = 0; t < bars; t++) {
            double z = market.forward(t, horizon) / (0.01 * Math.sqrt(horizon));
            outs[0].set(clip(Math.tanh(z + rnd.nextGaussian())), 0.5 + rnd.nextDouble() / 2);
            outs[1].set(clip(rnd.nextGaussian() / 2), rnd.nextDouble());
            if (rnd.nextBoolean()) {
                outs[2].set(clip(-Math.tanh(z)), 1);
            } else {
                outs[2].neutral();
            }
            market.features(fv, t);
            for (Ensemble2 e : ensembles) {
                e.ensemble.combine(fv, outs, e.forecast);
                e.scores.add(e.forecast.score());
                double sss = 0;
                double ssr = 0;
                int nonZero = 0;
                for (int j = 0; j + horizon <= t; j++) {   // pairs realised by bar t
                    double w = Math.pow(decay, t - (j + horizon));
                    double s = e.scores.get(j);
                    double r = market.closes[j + horizon] / market.closes[j] - 1;
                    sss += w * s * s;
                    ssr += w * s * r;
                    nonZero += s != 0 ? 1 : 0;
                }
                double beta = sss > 0 ? ssr / sss : 0;
                double expected = nonZero >= config.minSamples() && beta > 0
                        ? beta * e.forecast.score() / horizon : 0;
                assertEquals(expected, e.forecast.expectedReturn(), 1e-12, "bar " + t);
                if (e.forecast.expectedReturn() != 0) {
                    positive++;
                }
            }
        }
        assertTrue(positive > bars, "the calibration must be active most of the run, was " + positive);
    }

    private static final class Ensemble2 {
        final io.trader.core.signal.Ensemble ensemble;
        final Forecast forecast = new Forecast(3);
        final List<Double> scores = new ArrayList<>();

        Ensemble2(io.trader.core.signal.Ensemble ensemble) {
            this.ensemble = ensemble;
        }
    }
}
