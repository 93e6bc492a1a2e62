package io.trader.layer2.core.learn;

import io.trader.core.model.LogisticTrainer;
import io.trader.core.model.Model;
import io.trader.core.model.Trainer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainedLearnerTest {

    /**
     * Against the naive reference: the trainer fitted directly on a copy of the window's first n rows, and
     * contributions by ablation on a cloned row.
     */
    @Test
    void matchesTrainerFittedDirectlyOnTheWindow() {
        Samples s = Samples.market(71, 1000, new double[] {0.6, 0.0, -0.3}, 2, 0.3, 0.001, 0.01);
        TrainedLearner learner = new TrainedLearner("logistic", 5, new LogisticTrainer(TestLearners.L2), 200);
        double[] contrib = new double[5];
        for (int end = 100; end <= 1000; end += 150) {
            int from = Math.max(0, end - 400);
            double[][] wx = Arrays.copyOfRange(s.x, from, s.size());
            int[] wy = Arrays.copyOfRange(s.y, from, s.size());
            double[] wr = Arrays.copyOfRange(s.r, from, s.size());
            int n = end - from;
            learner.refit(wx, wy, wr, n);
            if (n < 200) {
                assertEquals(0.5, learner.predict(s.x[0]), 0.0, "no view before minSamples rows");
                continue;
            }
            double[][] rows = new double[n][];
            double[] target = new double[n];
            for (int k = 0; k < n; k++) {
                rows[k] = wx[k].clone();
                target[k] = wy[k];
            }
            Model reference = new LogisticTrainer(TestLearners.L2).fit(rows, target, null);
            for (int k = end; k < Math.min(end + 150, s.size()); k++) {
                double[] x = s.x[k];
                assertEquals(reference.predict(x), learner.predict(x), 1e-12, "sample " + k);
                learner.contributions(x, contrib);
                for (int j = 0; j < 5; j++) {
                    double[] ablated = x.clone();
                    ablated[j] = 0;
                    double expected = LearnMath.logit(reference.predict(x)) - LearnMath.logit(reference.predict(ablated));
                    assertEquals(expected, contrib[j], 1e-12, "sample " + k + " input " + j);
                }
            }
        }
        assertEquals(6, learner.fits(), "windows ending at 250, 400, ..., 1000");
        assertTrue(learner.predict(new double[] {1, 0, 0, 1, 0}) > 0.55, "the skilled input is learned");
    }

    @Test
    void keepsThePreviousModelWhenTheWindowHasOneLabel() {
        Samples s = Samples.market(72, 400, new double[] {0.5}, 0, 0, 0, 0.01);
        TrainedLearner learner = new TrainedLearner("logistic", 1, new LogisticTrainer(1.0), 50);
        learner.refit(s.x, s.y, s.r, s.size());
        Model first = learner.model();
        int[] allUp = new int[s.size()];
        Arrays.fill(allUp, 1);
        learner.refit(s.x, allUp, s.r, s.size());
        assertSame(first, learner.model());
        assertEquals(1, learner.fits());
    }

    @Test
    void clampsTheModelOutputAndChecksItsWidth() {
        double[] out = {1.7};
        Trainer fixed = (x, y, w) -> new FixedModel(x[0].length, out);
        TrainedLearner learner = new TrainedLearner("gbdt", 2, fixed, 2);
        double[][] x = {{1, 0}, {0, 1}, {1, 1}};
        int[] y = {0, 1, 1};
        double[] r = {-0.01, 0.01, 0.02};
        learner.refit(x, y, r, 3);
        assertEquals(1.0, learner.predict(new double[] {1, 1}), 0.0);
        out[0] = -0.3;
        assertEquals(0.0, learner.predict(new double[] {1, 1}), 0.0);
        double[] c = new double[2];
        learner.contributions(new double[] {1, 1}, c);
        assertTrue(Double.isFinite(c[0]) && Double.isFinite(c[1]));

        TrainedLearner wrong = new TrainedLearner("mlp", 2, (xs, ys, ws) -> new FixedModel(3, out), 2);
        assertThrows(IllegalStateException.class, () -> wrong.refit(x, y, r, 3));
        assertThrows(IllegalArgumentException.class, () -> learner.refit(x, y, r, 4));
        assertThrows(IllegalArgumentException.class, () -> learner.refit(new double[][] {{1, 0}, {0, Double.NaN}}, y, r, 2));
    }

    /** A model whose prediction is whatever the test puts in {@code out[0]}. */
    private record FixedModel(int inputs, double[] out) implements Model {
        @Override
        public String kind() {
            return "fixed";
        }

        @Override
        public double predict(double[] row) {
            return out[0];
        }

        @Override
        public String toText() {
            return "fixed";
        }
    }
}
