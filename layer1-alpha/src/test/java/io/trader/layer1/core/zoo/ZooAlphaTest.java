package io.trader.layer1.core.zoo;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.layer1.core.label.BarrierUnit;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.label.LabelVariant;
import io.trader.core.model.Model;
import io.trader.core.model.Trainer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walk-forward mechanics of a zoo alpha: online labels, fit timing, out-of-sample records. */
class ZooAlphaTest {

    private static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);
    private static final long H = LabelSpec.HOUR_MS;

    /** Base-rate learner: predicts the mean label it was fitted on; remembers every training set. */
    static final class BaseRate implements Trainer {
        final List<double[]> fittedOn = new ArrayList<>();

        @Override
        public Model fit(double[][] x, double[] y, double[] weights) {
            double m = 0;
            for (double v : y) {
                m += v;
            }
            double mean = m / y.length;
            fittedOn.add(y.clone());
            return new Model() {
                public String kind() {
                    return "base-rate";
                }

                public int inputs() {
                    return 1;
                }

                public double predict(double[] row) {
                    return mean;
                }

                public String toText() {
                    return "model=base-rate\n" + mean;
                }
            };
        }
    }

    private static ZooAlpha alpha(LabelSpec spec, Retraining retraining, Trainer t) {
        return new ZooAlpha("test", new ZooInputs(List.of(Input.raw(Feature.RETURN))), spec, retraining, false, t);
    }

    private static void bar(ZooAlpha a, FeatureVector v, long i, double close, double ret, AlphaOutput out) {
        v.set(Feature.CLOSE, close);
        v.set(Feature.RETURN, ret);
        v.set(Feature.ATR_14, close * 0.01);
        v.stamp(i * H, i);
        a.evaluate(v, out);
    }

    @Test
    void labelsResolveOnBarriersAndTheVerticalWithHandComputedOutcomes() {
        // fixed barriers +2% / -1%, horizon 3 h: closes 100, 101, 102.5 (entry 100 hits +2% at bar 2)
        LabelSpec spec = new LabelSpec(LabelVariant.BINARY, 3 * H, 0, BarrierUnit.FIXED, 0, 0.02, 0.01, 0);
        ZooAlpha a = alpha(spec, new Retraining(1, 10, 100, 1), null);
        FeatureVector v = new FeatureVector(BTC);
        AlphaOutput out = new AlphaOutput();
        double[] closes = {100, 101, 102.5, 101.4, 101.6, 101.9};
        for (int i = 0; i < closes.length; i++) {
            bar(a, v, i + 1, closes[i], 0.0, out);
        }
        ZooAlpha.FinalTraining t = a.finalTraining(100 * H);
        // sample 1 (100): +2.5% at bar 3 -> 1; sample 2 (101): 102.5 is +1.49%, 101.4 +0.40%, vertical at bar 5
        // (101.6, +0.59%) -> 1; sample 3 (102.5): 101.4 is -1.07% -> 0 at bar 4;
        // sample 4 (101.4): vertical at bar 7, not yet; samples 5, 6 pending
        assertEquals(3, t.y().length);
        assertEquals(1.0, t.y()[0]);
        assertEquals(1.0, t.y()[1]);
        assertEquals(0.0, t.y()[2]);
        assertEquals(1 * H, t.from());
        assertEquals(5 * H, t.to());
    }

    @Test
    void abstainsUntilFittedAndFitsOnlyOnLabelsResolvedBeforeTheFit() {
        LabelSpec spec = LabelSpec.ATR_DEFAULT;
        BaseRate learner = new BaseRate();
        ZooAlpha a = alpha(spec, new Retraining(50, 20, 1000, 1), learner);
        OutOfSample oos = a.recordOutOfSample();
        FeatureVector v = new FeatureVector(BTC);
        AlphaOutput out = new AlphaOutput();
        java.util.Random rnd = new java.util.Random(3);
        double close = 100;
        int firstScored = -1;
        for (int i = 1; i <= 400; i++) {
            double r = rnd.nextGaussian() * 0.01 + 0.002;
            close *= 1 + r;
            bar(a, v, i, close, r, out);
            if (a.model() == null) {
                assertEquals(0.0, out.confidence(), "abstains before the first fit");
            } else if (firstScored < 0) {
                firstScored = i;
            }
        }
        assertTrue(firstScored > 0);
        assertFalse(a.fits().isEmpty());
        for (ZooAlpha.Fit f : a.fits()) {
            assertTrue(f.trainTo() < f.time(), "trained on a label resolved at " + f.trainTo() + " for a fit at "
                    + f.time());
        }
        // every out-of-sample record was predicted after the first fit
        long firstFit = a.fits().get(0).time();
        for (long t : oos.times()) {
            assertTrue(t >= firstFit);
        }
        assertTrue(oos.size() > 200);
        // a drifting series: the base rate is above one half, so the scores lean long
        double mean = java.util.Arrays.stream(oos.scores()).average().orElse(0);
        assertTrue(mean > 0, "mean score " + mean);
    }

    @Test
    void aRequestedRefitHappensAtTheNextBarOnLabelsResolvedBeforeItAndAFrozenAlphaRefuses() {
        BaseRate learner = new BaseRate();
        ZooAlpha a = alpha(LabelSpec.ATR_DEFAULT, new Retraining(100, 20, 1000, 1), learner);
        FeatureVector v = new FeatureVector(BTC);
        AlphaOutput out = new AlphaOutput();
        java.util.Random rnd = new java.util.Random(5);
        double close = 100;
        int i = 0;
        while (a.fits().isEmpty()) {
            double r = rnd.nextGaussian() * 0.01;
            close *= 1 + r;
            bar(a, v, ++i, close, r, out);
        }
        int fitsBefore = a.fits().size();
        double r = rnd.nextGaussian() * 0.01;
        close *= 1 + r;
        bar(a, v, ++i, close, r, out);
        assertEquals(fitsBefore, a.fits().size(), "no refit one bar after a fit without a request");
        assertTrue(a.requestRefit());
        close *= 1.001;
        bar(a, v, ++i, close, 0.001, out);
        assertEquals(fitsBefore + 1, a.fits().size(), "the request refits at the next bar");
        ZooAlpha.Fit f = a.fits().get(a.fits().size() - 1);
        assertEquals(i * H, f.time());
        assertTrue(f.trainTo() < f.time());
        assertFalse(alpha(LabelSpec.ATR_DEFAULT, new Retraining(100, 20, 1000, 1), null).requestRefit(),
                "an alpha without a trainer keeps its model");
    }

    @Test
    void theLiveSkillIsTheOutOfSampleRecordOfTheLastNResolvedLabelsAndADroppedModelAbstains() {
        ZooAlpha a = alpha(LabelSpec.ATR_DEFAULT, new Retraining(50, 20, 1000, 1), new BaseRate());
        OutOfSample oos = a.recordOutOfSample();
        LiveSkill live = a.trackLiveSkill(60);
        FeatureVector v = new FeatureVector(BTC);
        AlphaOutput out = new AlphaOutput();
        java.util.Random rnd = new java.util.Random(5);
        double close = 100;
        for (int i = 1; i <= 600; i++) {
            double r = rnd.nextGaussian() * 0.01 + 0.001;
            close *= 1 + r;
            bar(a, v, i, close, r, out);
        }
        assertTrue(oos.size() > 100, "resolved: " + oos.size());
        assertEquals(oos.size(), live.total(), "every out-of-sample outcome reaches the live window");
        LiveSkill again = new LiveSkill(60);
        for (int k = 0; k < oos.size(); k++) {
            again.add(oos.scores()[k], oos.labels()[k], oos.realised()[k]);
        }
        assertEquals(60, live.size());
        assertEquals(again.ic(), live.ic());
        assertEquals(again.hitRate(), live.hitRate());

        a.drop();
        assertEquals("none", a.version());
        bar(a, v, 601, close, 0.0, out);
        assertEquals(0.0, out.confidence(), "no model, no opinion");
    }

    @Test
    void refusesAModelOfAnotherWidth() {
        ZooAlpha a = alpha(LabelSpec.ATR_DEFAULT, Retraining.DEFAULT, null);
        Model two = new BaseRate().fit(new double[][]{{1, 2}}, new double[]{1}, null);
        Model wide = new Model() {
            public String kind() {
                return "x";
            }

            public int inputs() {
                return 2;
            }

            public double predict(double[] row) {
                return 0.5;
            }

            public String toText() {
                return "model=x";
            }
        };
        a.use(two, "v1", 1);
        try {
            a.use(wide, "v2", 1);
            throw new AssertionError("accepted a two-input model for a one-input alpha");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("2 inputs"));
        }
        assertEquals("v1", a.version());
    }
}
