package io.trader.layer2.core.meta;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forecast at bar t uses only closes and alpha outputs up to t; learners only see elapsed horizons. */
class MetaLeakageTest {

    private static final int N = 3;

    private static MetaLearner learner(String kind, int width) {
        return switch (kind) {
            case "auto" -> new AutoSelector(List.of(new TestLogistic("fast", width, 0.05, 0),
                    new TestLogistic("batch", width, 0.01, 3)), 200, 100);
            default -> new TestLogistic("logistic", width, 0.02, 2);
        };
    }

    private static List<double[]> run(Market m, int bars, String kind, MetaConfig config) {
        Fakes.UpDown regimes = new Fakes.UpDown();
        int width = MetaEnsemble.rowWidth(N, regimes);
        MetaEnsemble meta = new MetaEnsemble(N, config, learner(kind, width), new Fakes.Health(N, null), regimes);
        FeatureVector fv = new FeatureVector(Market.SPEC);
        AlphaOutput[] outs = Market.newOutputs(N);
        Forecast f = new Forecast(N);
        List<double[]> trace = new ArrayList<>();
        for (int t = 0; t < bars; t++) {
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
            double[] v = new double[8 + 2 * N];
            v[0] = f.score();
            v[1] = f.expectedReturn();
            v[2] = f.confidence();
            v[3] = f.probability();
            v[4] = f.expectedReturnStdev();
            v[5] = f.regime();
            v[6] = meta.refits();
            v[7] = meta.lastRawProbability();
            System.arraycopy(f.weights(), 0, v, 8, N);
            System.arraycopy(f.contributions(), 0, v, 8 + N, N);
            trace.add(v);
        }
        return trace;
    }

    @ParameterizedTest
    @CsvSource({"logistic, isotonic, 1", "logistic, platt, 3", "auto, isotonic, 4", "auto, none, 2"})
    void forecastsUpToTIgnoreEverythingAfterT(String kind, String calibration, int horizon) {
        int bars = 1500;
        int cut = 900;
        MetaConfig config = new MetaConfig(horizon, 40, 400, 120, calibration, 500, 300);
        Market a = new Market(11, bars, N, horizon, 1.5);
        Market b = new Market(11, bars, N, horizon, 1.5);
        Random rnd = new Random(99);
        for (int t = cut + 1; t < bars; t++) {
            b.closes[t] = b.closes[t - 1] * Math.exp(0.03 * rnd.nextGaussian());
            for (int i = 0; i < N; i++) {
                b.score[t][i] = 2 * rnd.nextDouble() - 1;
                b.confidence[t][i] = rnd.nextDouble();
            }
        }
        List<double[]> ta = run(a, bars, kind, config);
        List<double[]> tb = run(b, bars, kind, config);
        for (int t = 0; t <= cut; t++) {
            double[] x = ta.get(t);
            double[] y = tb.get(t);
            for (int k = 0; k < x.length; k++) {
                assertEquals(Double.doubleToRawLongBits(x[k]), Double.doubleToRawLongBits(y[k]),
                        "bar " + t + " field " + k + ": " + Arrays.toString(x) + " vs " + Arrays.toString(y));
            }
        }
        double[] atCut = ta.get(cut);
        assertTrue(atCut[6] >= 10, "refits before the cut: " + atCut[6]);
        assertTrue(ta.get(cut - 1)[3] != 0.5, "live and calibrated before the cut");
        boolean differs = false;
        for (int t = cut + 1; t < bars && !differs; t++) {
            differs = !Arrays.equals(ta.get(t), tb.get(t));
        }
        assertTrue(differs, "the altered future must change later forecasts, or the test proves nothing");
    }

    /** Decodes the bar a row was made at from alpha 0's signal ({@code t / 10000}) and checks its age. */
    private static final class Auditor implements MetaLearner {
        final int horizon;
        final Market market;
        int now;
        int updates;
        int refitRows;
        final List<String> violations = new ArrayList<>();

        Auditor(int horizon, Market market) {
            this.horizon = horizon;
            this.market = market;
        }

        private int made(double[] x) {
            return (int) Math.round(x[0] * 10_000);
        }

        private void check(String what, double[] x, int y, double r) {
            int s = made(x);
            if (s + horizon > now) {
                violations.add(what + " at bar " + now + " of row made at " + s);
                return;
            }
            double expected = market.closes[s + horizon] / market.closes[s] - 1;
            if (r != expected || y != (expected > 0 ? 1 : 0)) {
                violations.add(what + " of row " + s + ": r " + r + " y " + y + ", expected " + expected);
            }
            if (!(market.closes[s] > 0) || !(market.closes[s + horizon] > 0)) {
                violations.add(what + " of row " + s + " with a missing close");
            }
        }

        @Override
        public String kind() {
            return "auditor";
        }

        @Override
        public void update(double[] x, int y, double r) {
            check("update", x, y, r);
            if (made(x) + horizon != now) {
                violations.add("update at " + now + " of row " + made(x) + ": not resolved at its own bar");
            }
            updates++;
        }

        @Override
        public void refit(double[][] x, int[] y, double[] r, int n) {
            for (int k = 0; k < n; k++) {
                check("refit", x[k], y[k], r[k]);
                if (k > 0 && made(x[k]) <= made(x[k - 1])) {
                    violations.add("refit rows out of order at " + now);
                }
            }
            refitRows += n;
        }

        @Override
        public double predict(double[] x) {
            return 0.5 + 0.4 * x[0] * x[1];
        }

        @Override
        public void contributions(double[] x, double[] out) {
            Arrays.fill(out, 0);
        }
    }

    @ParameterizedTest
    @CsvSource({"1", "5"})
    void learnersOnlySeeSamplesWhoseHorizonElapsed(int horizon) {
        int bars = 3000;
        Market m = new Market(3, bars, 2, horizon, 1.0);
        for (int t = 0; t < bars; t++) {
            m.score[t][0] = t / 10_000.0;
            m.confidence[t][0] = 1;
        }
        int[] missing = {700, 701, 1500, 2222};
        for (int t : missing) {
            m.closes[t] = t == 1500 ? 0 : Double.NaN;
        }
        Auditor auditor = new Auditor(horizon, m);
        MetaEnsemble meta = new MetaEnsemble(2, new MetaConfig(horizon, 100, 500, 50, "isotonic", 500, 200),
                auditor, null, null);
        FeatureVector fv = new FeatureVector(Market.SPEC);
        AlphaOutput[] outs = Market.newOutputs(2);
        Forecast f = new Forecast(2);
        for (int t = 0; t < bars; t++) {
            auditor.now = t;
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
        }
        assertEquals(0, auditor.violations.size(), auditor.violations.size() + " violations, first: "
                + auditor.violations.subList(0, Math.min(5, auditor.violations.size())));
        int skipped = 0;
        for (int s = 0; s + horizon < bars; s++) {
            if (!(m.closes[s] > 0) || !(m.closes[s + horizon] > 0)) {
                skipped++;
            }
        }
        assertEquals(bars - horizon - skipped, auditor.updates);
        assertEquals(auditor.updates, meta.samplesResolved());
        assertTrue(meta.refits() >= 25 && auditor.refitRows > 10_000, "refits " + meta.refits());
    }
}
