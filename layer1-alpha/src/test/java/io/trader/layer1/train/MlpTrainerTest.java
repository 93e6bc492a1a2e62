package io.trader.layer1.train;

import io.trader.core.model.MlpModel;
import io.trader.core.model.Model;
import io.trader.core.model.ModelCodec;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DL4J trains a small net on real BTC 1h rows; the exported pure-Java {@link MlpModel} agrees with
 * DL4J's {@code output()} on every row, training is repeatable for a seed, and the artifact round-trips.
 */
class MlpTrainerTest {

    static final int ROWS = 6_000;

    static double maxDiff(MlpTrainer.Trained t, double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = t.model().standardise(x[i]);
        }
        INDArray out = t.network().output(Nd4j.create(z));
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            double expected = out.getDouble(i, 0);
            double d = Math.abs(t.model().predict(x[i]) - expected);
            assertTrue(d <= 1e-6, "row " + i + ": java " + t.model().predict(x[i]) + " vs DL4J " + expected);
            max = Math.max(max, d);
        }
        return max;
    }

    @Test
    void binaryNetAgreesWithDl4jOnEveryRealRow() {
        BtcHourlyRows data = BtcHourlyRows.load(ROWS);
        MlpTrainer trainer = new MlpTrainer(new MlpTrainer.Config(true, new int[] {16, 8}, MlpModel.Activation.TANH,
                3, 64, 1e-3, 1e-4, 42));
        MlpTrainer.Trained t = trainer.train(data.x, data.upLabels(), null);
        double d = maxDiff(t, data.x);
        System.out.printf("mlp binary tanh 6-16-8-1: %d rows max |java - dl4j| = %.3g%n", data.x.length, d);
        Model parsed = ModelCodec.parse(t.model().toText(), BtcHourlyRows.FEATURES);
        for (double[] row : data.x) {
            assertEquals(t.model().predict(row), parsed.predict(row), 0.0);
        }
        assertEquals(t.model().toText(), trainer.fit(data.x, data.upLabels(), null).toText(),
                "same seed, same data: same weights");
    }

    @Test
    void regressionNetWithReluAndWeightsAgreesWithDl4j() {
        BtcHourlyRows data = BtcHourlyRows.load(ROWS);
        double[] w = new double[data.x.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = i % 3 == 0 ? 0.0 : 1.5;
        }
        MlpTrainer trainer = new MlpTrainer(new MlpTrainer.Config(false, new int[] {12}, MlpModel.Activation.RELU,
                2, 32, 1e-3, 0.0, 9));
        MlpTrainer.Trained weighted = trainer.train(data.x, data.nextReturn, w);
        double d = maxDiff(weighted, data.x);
        System.out.printf("mlp regression relu 6-12-1: max |java - dl4j| = %.3g%n", d);
        assertNotEquals(weighted.model().toText(), trainer.fit(data.x, data.nextReturn, null).toText(),
                "sample weights change the fit");
    }
}
