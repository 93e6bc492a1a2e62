package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static io.trader.layer2.core.SyntheticMarket.clip;
import static io.trader.layer2.core.SyntheticMarket.outputs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdaptiveEnsembleTest {

    private static final double TOL = 1e-9;

    /**
     * Five alphas: a noisy oracle, pure noise, an anti-oracle, a sparse oracle (silent 70% of bars) and an
     * always-neutral one; random confidences. Every bar the fast ensemble must match the naive one.
     */
    @ParameterizedTest
    @CsvSource({"1, 11", "3, 12", "7, 13"})
    void matchesNaiveReferenceEveryBar(int horizon, long seed) {
        EnsembleConfig config = new EnsembleConfig(horizon, 50, 30, 0.1);
        int n = 5;
        int bars = 1500;
        SyntheticMarket market = new SyntheticMarket(seed, bars, 0.01);
        AdaptiveEnsemble fast = new AdaptiveEnsemble(n, config);
        NaiveEnsemble naive = new NaiveEnsemble(n, config);
        Random rnd = new Random(seed * 31);
        FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);
        AlphaOutput[] outs = outputs(n);
        Forecast f1 = new Forecast(n);
        Forecast f2 = new Forecast(n);
        int traded = 0;
        for (int t = 0; t < bars; t++) {
            double z = market.forward(t, horizon) / (0.01 * Math.sqrt(horizon));
            outs[0].set(clip(Math.tanh(z + rnd.nextGaussian())), rnd.nextDouble());
            outs[1].set(clip(rnd.nextGaussian() / 2), rnd.nextDouble());
            outs[2].set(clip(-Math.tanh(z)), rnd.nextDouble());
            if (rnd.nextDouble() < 0.3) {
                outs[3].set(clip(Math.tanh(z + rnd.nextGaussian())), rnd.nextDouble());
            } else {
                outs[3].neutral();
            }
            outs[4].neutral();
            market.features(fv, t);
            fast.combine(fv, outs, f1);
            naive.combine(fv, outs, f2);

            String at = "bar " + t;
            assertArrayEquals(f2.weights(), f1.weights(), TOL, at);
            assertEquals(f2.score(), f1.score(), TOL, at);
            assertEquals(f2.expectedReturn(), f1.expectedReturn(), TOL * 1e-2, at);
            assertEquals(f2.confidence(), f1.confidence(), TOL, at);
            assertArrayEquals(naive.skill, skills(fast), TOL, at);
            assertEquals(naive.beta, fast.beta(), TOL * Math.max(1, Math.abs(naive.beta)), at);
            if (f1.expectedReturn() != 0) {
                traded++;
            }
        }
        assertEquals(bars - horizon, fast.pairs());
        assertTrue(traded > bars / 2, "the comparison must cover the trading regime, traded " + traded);
    }

    @Test
    void oracleWeightRisesAboveNoise() {
        int bars = 2000;
        SyntheticMarket market = new SyntheticMarket(5, bars, 0.01);
        AdaptiveEnsemble ensemble = new AdaptiveEnsemble(2);
        Random rnd = new Random(99);
        FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);
        AlphaOutput[] outs = outputs(2);
        Forecast f = new Forecast(2);
        for (int t = 0; t < bars; t++) {
            outs[0].set(Math.signum(market.forward(t, 1)), 1.0); // peeks: the sign of the next return
            outs[1].set(rnd.nextBoolean() ? 1.0 : -1.0, 1.0);
            ensemble.combine(market.features(fv, t), outs, f);
            if (t < EnsembleConfig.DEFAULT.minSamples()) {
                assertArrayEquals(new double[] {0, 0}, f.weights(), "no skill is known yet at bar " + t);
                assertEquals(0.0, f.expectedReturn());
            }
            if (t >= 300 && t < bars - 1) {
                assertTrue(f.weights()[0] > 0.85 && f.weights()[0] > f.weights()[1], "bar " + t);
                assertEquals(Math.signum(market.forward(t, 1)), Math.signum(f.score()), "bar " + t);
                assertEquals(Math.signum(f.score()), Math.signum(f.expectedReturn()), "bar " + t);
            }
        }
        assertEquals(Math.sqrt(2 / Math.PI), ensemble.skill(0), 0.08);
        assertTrue(Math.abs(ensemble.skill(1)) < 0.15);
    }

    @Test
    void changingReturnsAfterBarTChangesNothingUpToT() {
        int bars = 800;
        int cut = 500;
        SyntheticMarket a = new SyntheticMarket(21, bars, 0.01);
        SyntheticMarket b = new SyntheticMarket(21, bars, 0.01);
        Random shock = new Random(3);
        for (int t = cut + 1; t < bars; t++) {
            b.closes[t] = b.closes[t - 1] * Math.exp(0.03 * shock.nextGaussian());
        }
        double[][] runA = run(a, cut);
        double[][] runB = run(b, cut);
        for (int t = 0; t <= cut; t++) {
            assertArrayEquals(runA[t], runB[t], 0.0, "bar " + t);
        }
        boolean differsLater = false;
        for (int t = cut + 1; t < bars; t++) {
            differsLater |= !java.util.Arrays.equals(runA[t], runB[t]);
        }
        assertTrue(differsLater, "the changed returns must matter once they are realised");
    }

    /**
     * Alignment: an alpha whose score at t is exactly proportional to close(t+H)/close(t) - 1 must have
     * skill 1, and one that is a single bar stale must score lower.
     */
    @Test
    void skillIsJudgedOnTheReturnFromThisBarsCloseOverTheHorizon() {
        int h = 5;
        int bars = 1000;
        SyntheticMarket market = new SyntheticMarket(8, bars, 0.01);
        AdaptiveEnsemble ensemble = new AdaptiveEnsemble(2, new EnsembleConfig(h, 200, 50, 0.1));
        FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);
        AlphaOutput[] outs = outputs(2);
        Forecast f = new Forecast(2);
        double scale = 0.2;
        for (int t = 0; t < bars; t++) {
            outs[0].set(clip(market.forward(t, h) / scale), 1.0);
            outs[1].set(t == 0 ? 0 : clip(market.forward(t - 1, h) / scale), 1.0);
            ensemble.combine(market.features(fv, t), outs, f);
            assertEquals(Math.max(0, t + 1 - h), ensemble.pairs());
        }
        assertEquals(1.0, ensemble.skill(0), 1e-12);
        assertTrue(ensemble.skill(1) < 0.95, "stale skill " + ensemble.skill(1));
    }

    /** A single perfectly scaled oracle: the slope is exactly the scale, so E[r] per bar = forward / H. */
    @Test
    void expectedReturnIsTheCalibratedSlopeTimesScorePerBar() {
        int h = 2;
        int bars = 600;
        SyntheticMarket market = new SyntheticMarket(4, bars, 0.01);
        EnsembleConfig config = new EnsembleConfig(h, 100, 50, 0.1);
        AdaptiveEnsemble ensemble = new AdaptiveEnsemble(1, config);
        FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);
        AlphaOutput[] outs = outputs(1);
        Forecast f = new Forecast(1);
        double scale = 0.2;
        for (int t = 0; t < bars - h; t++) {
            outs[0].set(market.forward(t, h) / scale, 1.0);
            ensemble.combine(market.features(fv, t), outs, f);
            if (ensemble.scoredSamples() >= config.minSamples()) {
                assertEquals(scale, ensemble.beta(), 1e-9);
                assertEquals(market.forward(t, h) / h, f.expectedReturn(), 1e-12, "bar " + t);
                assertEquals(1.0, f.confidence(), 1e-12);
            } else {
                assertEquals(0.0, f.expectedReturn(), "bar " + t);
            }
        }
    }

    @Test
    void noTradeWhenNoAlphaHasPositiveSkill() {
        int bars = 1000;
        SyntheticMarket market = new SyntheticMarket(17, bars, 0.01);
        AdaptiveEnsemble ensemble = new AdaptiveEnsemble(2);
        FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);
        AlphaOutput[] outs = outputs(2);
        Forecast f = new Forecast(2);
        for (int t = 0; t < bars; t++) {
            outs[0].set(-Math.signum(market.forward(t, 1)), 1.0);
            outs[1].set(-Math.signum(market.forward(t, 1)), 0.5);
            ensemble.combine(market.features(fv, t), outs, f);
            assertArrayEquals(new double[] {0, 0}, f.weights(), "bar " + t);
            assertEquals(0.0, f.score());
            assertEquals(0.0, f.expectedReturn());
            assertEquals(0.0, f.confidence());
        }
        assertTrue(ensemble.skill(0) < -0.5);
    }

    @Test
    void rejectsAMismatchedNumberOfOutputs() {
        AdaptiveEnsemble ensemble = new AdaptiveEnsemble(2);
        FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);
        assertThrows(IllegalArgumentException.class, () -> ensemble.combine(fv, outputs(3), new Forecast(3)));
        assertThrows(IllegalArgumentException.class, () -> ensemble.combine(fv, outputs(2), new Forecast(1)));
    }

    /** Runs a noisy oracle (judged on the series itself) and a noise alpha; rows: weights, score, E[r], conf. */
    private static double[][] run(SyntheticMarket market, int cut) {
        int bars = market.closes.length;
        AdaptiveEnsemble ensemble = new AdaptiveEnsemble(2, new EnsembleConfig(3, 100, 20, 0.1));
        Random rnd = new Random(1);
        FeatureVector fv = new FeatureVector(SyntheticMarket.SPEC);
        AlphaOutput[] outs = outputs(2);
        Forecast f = new Forecast(2);
        double[][] rows = new double[bars][];
        for (int t = 0; t < bars; t++) {
            // alpha inputs are identical in both runs up to the cut; only later closes differ
            double peek = t + 3 <= cut ? market.forward(t, 3) : 0.0;
            outs[0].set(clip(Math.tanh(peek / 0.02 + rnd.nextGaussian())), 1.0);
            outs[1].set(clip(rnd.nextGaussian() / 2), 0.8);
            ensemble.combine(market.features(fv, t), outs, f);
            rows[t] = new double[] {f.weights()[0], f.weights()[1], f.score(), f.expectedReturn(), f.confidence()};
        }
        return rows;
    }

    private static double[] skills(AdaptiveEnsemble e) {
        double[] s = new double[e.alphaCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = e.skill(i);
        }
        return s;
    }
}
