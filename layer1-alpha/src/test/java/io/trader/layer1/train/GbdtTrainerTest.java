package io.trader.layer1.train;

import io.trader.core.model.GbdtModel;
import io.trader.core.model.Model;
import io.trader.core.model.ModelCodec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LightGBM trains on real BTC 1h rows (some inputs missing); the pure-Java {@link GbdtModel} read from
 * LightGBM's text model agrees with LightGBM's own predictions for every row, including rows with
 * NaN inputs (features that had missing values in training and features that never did).
 */
class GbdtTrainerTest {

    static final int ROWS = 12_000;

    /** Real rows with 5% of feature 3 and 2% of feature 0 missing, plus probe rows with NaN everywhere. */
    static double[][] withMissing(double[][] x, long seed) {
        Random r = new Random(seed);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
            if (r.nextDouble() < 0.05) {
                out[i][3] = Double.NaN;
            }
            if (r.nextDouble() < 0.02) {
                out[i][0] = Double.NaN;
            }
        }
        return out;
    }

    /** Copies of the first rows with one feature set to NaN (each feature in turn) or to exactly 0. */
    static double[][] probes(double[][] x, int count) {
        int p = x[0].length;
        double[][] out = new double[count * (2 * p + 1)][];
        int k = 0;
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < p; j++) {
                out[k] = x[i].clone();
                out[k++][j] = Double.NaN;
                out[k] = x[i].clone();
                out[k++][j] = 0.0;
            }
            out[k] = new double[p];
            Arrays.fill(out[k++], Double.NaN);
        }
        return out;
    }

    static double maxDiff(Model m, double[][] x, double[] expected) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            double d = Math.abs(m.predict(x[i]) - expected[i]);
            assertTrue(d <= 1e-9, "row " + i + ": java " + m.predict(x[i]) + " vs LightGBM " + expected[i]);
            max = Math.max(max, d);
        }
        return max;
    }

    @Test
    void binaryModelAgreesWithLightGbmOnEveryRealRow() {
        BtcHourlyRows data = BtcHourlyRows.load(ROWS);
        double[][] x = withMissing(data.x, 11);
        GbdtModel model = new GbdtTrainer(GbdtTrainer.Config.binary(60, 7)).fit(x, data.upLabels(), null);
        assertTrue(model.lightGbmText().contains("objective=binary"), "binary objective in the text");
        assertMissingRoutingPresent(model);
        double[][] probe = probes(x, 200);
        double dTrain = maxDiff(model, x, GbdtTrainer.predictNative(model.lightGbmText(), x));
        double dProbe = maxDiff(model, probe, GbdtTrainer.predictNative(model.lightGbmText(), probe));
        System.out.printf("gbdt binary: %d trees, %d rows max |java - lightgbm| = %.3g, %d NaN/zero probe rows %.3g%n",
                model.trees(), x.length, dTrain, probe.length, dProbe);
        Model parsed = ModelCodec.parse(model.toText(), BtcHourlyRows.FEATURES);
        for (double[] row : probe) {
            assertEquals(model.predict(row), parsed.predict(row), 0.0);
        }
    }

    @Test
    void regressionModelAgreesWithLightGbmAndUsesSampleWeights() {
        BtcHourlyRows data = BtcHourlyRows.load(ROWS);
        double[][] x = withMissing(data.x, 12);
        double[] w = new double[x.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.5 + (i % 4);
        }
        GbdtTrainer trainer = new GbdtTrainer(GbdtTrainer.Config.regression(40, 3));
        GbdtModel weighted = trainer.fit(x, data.nextReturn, w);
        GbdtModel plain = trainer.fit(x, data.nextReturn, null);
        assertTrue(weighted.lightGbmText().contains("objective=regression"));
        double[][] probe = probes(x, 200);
        double d = Math.max(maxDiff(weighted, x, GbdtTrainer.predictNative(weighted.lightGbmText(), x)),
                maxDiff(weighted, probe, GbdtTrainer.predictNative(weighted.lightGbmText(), probe)));
        System.out.printf("gbdt regression: max |java - lightgbm| = %.3g%n", d);
        assertTrue(!weighted.lightGbmText().equals(plain.lightGbmText()), "weights change the fit");
    }

    @Test
    void trainingIsDeterministic() {
        BtcHourlyRows data = BtcHourlyRows.load(4000);
        double[][] x = withMissing(data.x, 13);
        GbdtTrainer trainer = new GbdtTrainer(GbdtTrainer.Config.binary(20, 5));
        assertEquals(trees(trainer.fit(x, data.upLabels(), null)), trees(trainer.fit(x, data.upLabels(), null)));
    }

    private static String trees(GbdtModel m) {
        String t = m.lightGbmText();
        return t.substring(t.indexOf("Tree=0"), t.indexOf("end of trees"));
    }

    /** At least one split sends NaN a learned way (missing type NaN), so the NaN path is really tested. */
    private static void assertMissingRoutingPresent(GbdtModel m) {
        boolean nan = false;
        for (String line : m.lightGbmText().split("\n")) {
            if (line.startsWith("decision_type=")) {
                for (String v : line.substring("decision_type=".length()).split(" ")) {
                    nan |= ((Integer.parseInt(v) >> 2) & 3) == 2;
                }
            }
        }
        assertTrue(nan, "no split with missing type NaN in the trained trees");
    }
}
