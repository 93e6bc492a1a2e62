package io.trader.layer2.core.meta;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoSelectorTest {

    /** Predicts a constant. */
    private record Constant(String kind, double p) implements MetaLearner {
        @Override
        public void update(double[] x, int y, double r) {
        }

        @Override
        public void refit(double[][] x, int[] y, double[] r, int n) {
        }

        @Override
        public double predict(double[] x) {
            return p;
        }

        @Override
        public void contributions(double[] x, double[] out) {
            Arrays.fill(out, p);
        }
    }

    /** Memorises each row's label: perfect in sample, no better than a coin on new rows. */
    private static final class Echo implements MetaLearner {
        final Map<String, Integer> seen = new HashMap<>();

        @Override
        public String kind() {
            return "echo";
        }

        @Override
        public void update(double[] x, int y, double r) {
            seen.put(Arrays.toString(x), y);
        }

        @Override
        public void refit(double[][] x, int[] y, double[] r, int n) {
        }

        @Override
        public double predict(double[] x) {
            Integer y = seen.get(Arrays.toString(x));
            return y == null ? 0.5 : (y == 1 ? 0.99 : 0.01);
        }

        @Override
        public void contributions(double[] x, double[] out) {
            Arrays.fill(out, 0);
        }
    }

    @Test
    void picksTheCandidateWithRealSkillAndSaysWhy() {
        int n = 3;
        int bars = 8000;
        Market m = new Market(33, bars, n, 1, 1.5);
        AutoSelector auto = new AutoSelector(List.of(new Constant("coin", 0.5), new Echo(),
                new TestLogistic("logistic", n, 0.01, 2)), 1000, 500);
        MetaEnsemble meta = new MetaEnsemble(n, new MetaConfig(1, 500, 3000, 300, "isotonic", 3000, 1000), auto,
                null, null);
        FeatureVector fv = new FeatureVector(Market.SPEC);
        AlphaOutput[] outs = Market.newOutputs(n);
        Forecast f = new Forecast(n);
        for (int t = 0; t < bars; t++) {
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
        }
        AutoSelector.Selection s = meta.lastSelection();
        assertSame(auto.lastSelection(), s);
        assertEquals("logistic", s.chosen());
        assertEquals("logistic", auto.chosenKind());
        List<AutoSelector.CandidateLoss> losses = s.candidates();
        assertEquals(List.of("coin", "echo", "logistic"), losses.stream().map(AutoSelector.CandidateLoss::kind).toList());
        assertEquals(Math.log(2), losses.get(0).logLoss(), 1e-12);
        assertEquals(Math.log(2), losses.get(1).logLoss(), 1e-12, "echo is judged before it learns each sample");
        assertTrue(losses.get(2).logLoss() < Math.log(2) - 0.05, "logistic " + losses.get(2));
        assertEquals(1000, losses.get(2).samples());
        for (AutoSelector.CandidateLoss l : losses) {
            assertTrue(s.reason().contains(l.kind() + String.format(Locale.ROOT, " %.5f", l.logLoss())), s.reason());
        }
        assertTrue(s.reason().startsWith("chose logistic: lowest decayed out-of-sample log loss"), s.reason());
        assertEquals(meta.refits(), auto.history().size());
        AutoSelector.Selection first = auto.history().get(0);
        assertEquals(300, first.sample(), "the first refit comes with minSamples resolved");
        assertEquals(300, first.candidates().get(0).samples());
        double[] row = {0.3, -0.2, 0.1};
        assertEquals(auto.chosen().predict(row), auto.predict(row));
    }

    /** Predicts the last label it learned: no skill, but it looks skilled if judged on overlapping horizons. */
    private static final class LastLabel implements MetaLearner {
        int last = -1;

        @Override
        public String kind() {
            return "last-label";
        }

        @Override
        public void update(double[] x, int y, double r) {
            last = y;
        }

        @Override
        public void refit(double[][] x, int[] y, double[] r, int n) {
        }

        @Override
        public double predict(double[] x) {
            return last < 0 ? 0.5 : (last == 1 ? 0.8 : 0.2);
        }

        @Override
        public void contributions(double[] x, double[] out) {
            Arrays.fill(out, 0);
        }
    }

    /**
     * With H = 5 the label of the sample resolved just before overlaps 4 of the 5 bars of the next one. A
     * candidate must be judged on the prediction it made when the forecast was made (bar t), not when the
     * label arrived (bar t+H) after learning the overlapping labels in between.
     */
    @Test
    void overlappingHorizonsDoNotFlatterAFastLearner() {
        int n = 2;
        int horizon = 5;
        int bars = 6000;
        Market m = new Market(17, bars, n, horizon, 50);
        AutoSelector auto = new AutoSelector(List.of(new Constant("coin", 0.5), new LastLabel()), 2000, 1000);
        MetaEnsemble meta = new MetaEnsemble(n, new MetaConfig(horizon, 500, 3000, 300, "none", 3000, 1000), auto,
                null, null);
        FeatureVector fv = new FeatureVector(Market.SPEC);
        AlphaOutput[] outs = Market.newOutputs(n);
        Forecast f = new Forecast(n);
        for (int t = 0; t < bars; t++) {
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
        }
        AutoSelector.Selection s = auto.lastSelection();
        assertEquals("coin", s.chosen(), s.reason());
        assertTrue(s.candidates().get(1).logLoss() > Math.log(2), s.reason());
    }

    @Test
    void tiesGoToTheFirstListed() {
        AutoSelector auto = new AutoSelector(List.of(new Constant("a", 0.5), new Constant("b", 0.5)), 10, 5);
        for (int k = 0; k < 20; k++) {
            auto.update(new double[]{k}, k % 2, 0);
        }
        auto.refit(new double[0][], new int[0], new double[0], 0);
        assertEquals("a", auto.lastSelection().chosen());
        assertTrue(auto.lastSelection().reason().contains("tied with b, listed first"), auto.lastSelection().reason());
        assertEquals(20, auto.lastSelection().sample());
    }

    @Test
    void recentLossesWeighMoreWithAShortHalfLife() {
        for (double halfLife : new double[]{50, 1e9}) {
            AutoSelector auto = new AutoSelector(List.of(new Constant("up", 0.7), new Constant("down", 0.3)),
                    1000, halfLife);
            for (int k = 0; k < 700; k++) {
                auto.update(new double[]{0}, k < 500 ? 1 : 0, 0);
            }
            auto.refit(new double[0][], new int[0], new double[0], 0);
            assertEquals(halfLife == 50 ? "down" : "up", auto.chosenKind(), "half-life " + halfLife);
            assertEquals(halfLife == 50 ? "down" : "up", auto.lastSelection().chosen());
            assertTrue(auto.lastSelection().reason().endsWith(halfLife == 50 ? "was up" : "unchanged"),
                    auto.lastSelection().reason());
        }
    }

    @Test
    void echoWinsOnlyWhenItsSkillIsOutOfSample() {
        Random rnd = new Random(1);
        AutoSelector auto = new AutoSelector(List.of(new Constant("coin", 0.5), new Echo()), 200, 1000);
        for (int k = 0; k < 400; k++) {
            auto.update(new double[]{rnd.nextDouble()}, rnd.nextInt(2), 0);
        }
        auto.refit(new double[0][], new int[0], new double[0], 0);
        assertEquals("coin", auto.chosenKind(), auto.lastSelection().reason());
        for (int k = 0; k < 400; k++) {
            int key = rnd.nextInt(10);
            auto.update(new double[]{key}, key % 2, 0);
        }
        auto.refit(new double[0][], new int[0], new double[0], 0);
        assertEquals("echo", auto.chosenKind(), auto.lastSelection().reason());
    }

    @Test
    void historyIsBoundedAndArgumentsChecked() {
        AutoSelector auto = new AutoSelector(List.of(new Constant("a", 0.5)), 5, 5);
        auto.refit(new double[0][], new int[0], new double[0], 0);
        assertEquals("a", auto.lastSelection().chosen());
        assertTrue(auto.lastSelection().reason().contains("no out-of-sample losses yet"));
        for (int k = 1; k < 150; k++) {
            auto.refit(new double[0][], new int[0], new double[0], 0);
        }
        assertEquals(AutoSelector.HISTORY, auto.history().size());
        assertSame(auto.lastSelection(), auto.history().get(AutoSelector.HISTORY - 1));
        assertEquals("auto", auto.kind());
        assertThrows(IllegalArgumentException.class, () -> new AutoSelector(List.of(), 5, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoSelector(List.of(new Constant("a", 0.5)), 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoSelector(List.of(new Constant("a", 0.5)), 5, 0));
    }
}
