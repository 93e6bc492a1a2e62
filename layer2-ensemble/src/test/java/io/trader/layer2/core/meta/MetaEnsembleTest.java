package io.trader.layer2.core.meta;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.layer2.core.drift.DriftEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetaEnsembleTest {

    /**
     * One skilled alpha and two noise alphas; out of sample (every forecast is made before its label is
     * known) the calibrated probability beats climatology on Brier, its reliability curve is near the
     * diagonal, and the expected return has the forecast's sign. (Platt's two parameters cannot straighten the
     * S-shaped miscalibration of this misspecified learner as well as isotonic does, hence its looser bound.)
     */
    @ParameterizedTest
    @CsvSource({"isotonic, 0.015", "platt, 0.035", "none, 0.06"})
    void calibratedForecastBeatsClimatologyAndIsReliable(String calibration, double maxEce) {
        int bars = 30_000;
        int n = 3;
        Market m = new Market(21, bars, n, 1, 1.5);
        MetaConfig config = new MetaConfig(1, 500, 5000, 500, calibration, 5000, 2000);
        MetaEnsemble meta = new MetaEnsemble(n, config, new TestLogistic("logistic", n, 0.01, 2), null, null);
        FeatureVector fv = new FeatureVector(Market.SPEC);
        AlphaOutput[] outs = Market.newOutputs(n);
        Forecast f = new Forecast(n);
        double[] p = new double[bars];
        int[] y = new int[bars];
        int k = 0;
        int agree = 0;
        int traded = 0;
        for (int t = 0; t < bars - 1; t++) {
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
            if (t >= 2000) {
                p[k] = f.probability();
                y[k] = m.label(t, 1);
                k++;
                if (f.expectedReturn() != 0) {
                    traded++;
                    agree += Math.signum(f.expectedReturn()) == Math.signum(f.score()) ? 1 : 0;
                }
            }
        }
        double base = Arrays.stream(y, 0, k).average().orElseThrow();
        double brier = Scores.brier(p, y, k);
        double climatology = Scores.constantBrier(base, y, k);
        assertTrue(brier < climatology - 0.02, "brier " + brier + " vs climatology " + climatology);
        List<Reliability.Bin> curve = Reliability.curve(p, y, k, 10);
        double ece = Reliability.expectedCalibrationError(curve);
        System.out.printf("%s: brier %.5f climatology %.5f ECE %.4f%n", calibration, brier, climatology, ece);
        assertTrue(ece < maxEce, "expected calibration error " + ece + " " + curve);
        for (Reliability.Bin b : curve) {
            if (b.count() >= 500 && !calibration.equals("none")) {
                assertEquals(b.meanPredicted(), b.observedFrequency(), 0.06, "bin " + b);
            }
        }
        assertTrue(traded > k / 2 && agree == traded, "traded " + traded + " agree " + agree);
        assertTrue(meta.returnSlope() > 0 && meta.returnSlopeStdev() > 0);
        assertEquals(bars - 2, meta.samplesResolved());
    }

    /** Records the row of every predict and update. */
    private static final class Recorder implements MetaLearner {
        final List<double[]> predicted = new ArrayList<>();
        final List<double[]> updated = new ArrayList<>();

        @Override
        public String kind() {
            return "recorder";
        }

        @Override
        public void update(double[] x, int y, double r) {
            updated.add(x.clone());
        }

        @Override
        public void refit(double[][] x, int[] y, double[] r, int n) {
        }

        @Override
        public double predict(double[] x) {
            predicted.add(x.clone());
            return 0.5 + 0.1 * x[0];
        }

        @Override
        public void contributions(double[] x, double[] out) {
            System.arraycopy(x, 0, out, 0, x.length);
        }
    }

    @Test
    void healthWeightsAndRegimeOneHotReachTheLearnersRow() {
        int n = 3;
        int bars = 300;
        int horizon = 2;
        Market m = new Market(5, bars, n, horizon, 1.0);
        Fakes.Health health = new Fakes.Health(n, new double[]{1, 0.5, 0});
        Fakes.Cycle regimes = new Fakes.Cycle(3);
        Recorder rec = new Recorder();
        MetaEnsemble meta = new MetaEnsemble(n, new MetaConfig(horizon, 50, 100, 20, "none", 100, 100), rec,
                health, regimes);
        assertEquals(6, meta.rowWidth());
        FeatureVector fv = new FeatureVector(Market.SPEC);
        AlphaOutput[] outs = Market.newOutputs(n);
        Forecast f = new Forecast(n);
        for (int t = 0; t < bars; t++) {
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
            double[] row = rec.predicted.get(t);
            int regime = (t % 4) - 1;
            double[] expected = new double[6];
            for (int i = 0; i < n; i++) {
                expected[i] = m.score[t][i] * m.confidence[t][i] * health.fixed[i];
            }
            if (regime >= 0) {
                expected[3 + regime] = 1;
            }
            assertArrayEquals(expected, row, 0.0, "bar " + t);
            assertEquals(regime, f.regime());
            if (t >= 20 + horizon) {
                double total = Math.abs(row[0]) + Math.abs(row[1]) + Math.abs(row[2]);
                assertArrayEquals(Arrays.copyOf(row, 3), f.contributions(), 0.0);
                assertEquals(Math.abs(row[1]) / total, f.weights()[1], 1e-15);
                assertEquals(0.0, f.weights()[2]);
            }
        }
        for (int s = 0; s < rec.updated.size(); s++) {
            assertArrayEquals(rec.predicted.get(s), rec.updated.get(s), 0.0, "sample " + s);
        }
        // every alpha's loss is the log loss of its own implied probability, before the health weight
        double[] first = health.observed.get(2);
        assertEquals(2, (int) first[0]);
        double x = m.score[0][2] * m.confidence[0][2];
        assertEquals(Scores.logLoss(0.5 + 0.5 * x, m.label(0, horizon), 1e-3), first[2], 1e-15);
        assertEquals(horizon * 60_000L, (long) first[1]);
        assertEquals(3L * (bars - horizon), health.observed.size());
        assertFalse(health.ensemble.isEmpty());
    }

    @Test
    void neutralUntilMinSamplesThenLive() {
        int n = 2;
        Market m = new Market(8, 400, n, 1, 1.0);
        MetaEnsemble meta = new MetaEnsemble(n, new MetaConfig(1, 1000, 100, 150, "isotonic", 100, 100),
                new TestLogistic("logistic", n, 0.05, 0), null, null);
        FeatureVector fv = new FeatureVector(Market.SPEC);
        AlphaOutput[] outs = Market.newOutputs(n);
        Forecast f = new Forecast(n);
        for (int t = 0; t < 400; t++) {
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
            if (t < 150) {
                assertEquals(0.0, f.score());
                assertEquals(0.0, f.expectedReturn());
                assertEquals(0.0, f.confidence());
                assertEquals(0.5, f.probability());
                assertEquals(0, meta.refits());
            } else {
                assertTrue(meta.refits() == 1 && meta.lastRefitTime() == 150 * 60_000L);
                assertEquals(f.score(), 2 * f.probability() - 1, 1e-12);
                assertEquals(f.probability(), meta.lastProbability());
            }
        }
        assertTrue(meta.lastRawProbability() != meta.lastProbability(), "calibration changes p");
        assertNull(meta.lastSelection());
        meta.requestRefit();
        meta.combine(m.features(fv, 399), m.outputs(outs, 399), f);
        assertEquals(2, meta.refits());
    }

    @Test
    void pollDriftPassesEventsThroughAndNotesRetrain() {
        Fakes.Health health = new Fakes.Health(1, null);
        MetaEnsemble meta = new MetaEnsemble(1, MetaConfig.DEFAULT, new TestLogistic("l", 1, 0.1, 0), health, null);
        DriftEvent warn = new DriftEvent(1, "a", "adwin", DriftEvent.Action.WARN, "w");
        DriftEvent retrain = new DriftEvent(2, "ensemble", "page-hinkley", DriftEvent.Action.RETRAIN, "r");
        health.events.add(warn);
        health.events.add(retrain);
        assertSame(warn, meta.pollDrift());
        assertFalse(meta.retrainRequested());
        assertSame(retrain, meta.pollDrift());
        assertNull(meta.pollDrift());
        assertTrue(meta.retrainRequested());
        assertFalse(meta.retrainRequested(), "cleared on read");
        assertNull(new MetaEnsemble(1, MetaConfig.DEFAULT, new TestLogistic("l", 1, 0.1, 0), null, null)
                .pollDrift());
    }

    @Test
    void badConfigNamesTheFieldAndRange() {
        assertEquals("horizonBars must be in 1..10000, was 0", assertThrows(IllegalArgumentException.class,
                () -> new MetaConfig(0, 500, 5000, 200, "isotonic", 5000, 2000)).getMessage());
        assertEquals("windowSamples must be in 10..1000000, was 5", assertThrows(IllegalArgumentException.class,
                () -> new MetaConfig(1, 500, 5, 200, "isotonic", 5000, 2000)).getMessage());
        assertEquals("calibration must be one of isotonic, platt, none, was beta",
                assertThrows(IllegalArgumentException.class,
                        () -> new MetaConfig(1, 500, 5000, 200, "beta", 5000, 2000)).getMessage());
        assertEquals("halfLifeBars must be finite and >= 1, was NaN", assertThrows(IllegalArgumentException.class,
                () -> new MetaConfig(1, 500, 5000, 200, "none", 5000, Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MetaConfig(1, 0, 5000, 200, "none", 5000, 10));
        assertThrows(IllegalArgumentException.class, () -> new MetaConfig(1, 1, 5000, 0, "none", 5000, 10));
        assertThrows(IllegalArgumentException.class, () -> new MetaConfig(1, 1, 5000, 1, "none", 9, 10));
    }
}
