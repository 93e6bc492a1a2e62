package io.trader.layer2.core.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelAveragingTest {

    /** Against the naive reference (stored prequential scores, full recomputation) every step. */
    @ParameterizedTest
    @CsvSource({"1, 200, 0.5, 0.995, 61", "6, 500, 0.25, 0.999, 62", "1, 50, 0.9, 1.0, 63"})
    void matchesNaiveReferenceEveryStep(int horizon, double halfLife, double prior, double lambda, long seed) {
        Samples s = Samples.market(seed, 700, new double[] {0.6, 0.0, -0.3}, 2, 0.3, 0.002, 0.01);
        ModelAveraging fast = new ModelAveraging(3, 2, horizon, halfLife, prior, lambda, 1.0);
        NaiveBma naive = new NaiveBma(3, horizon, halfLife, prior, lambda, 1.0);
        double[] weights = new double[4];
        double[] contrib = new double[5];
        for (int k = 0; k < s.size(); k++) {
            String at = "step " + k;
            assertEquals(naive.predict(s.x[k]), fast.predict(s.x[k]), 1e-9, at);
            fast.update(s.x[k], s.y[k], s.r[k]);
            naive.update(s.x[k], s.y[k]);
            assertEquals(naive.climatology(), fast.climatology(), 1e-12, at);
            fast.weights(weights);
            for (int m = 0; m < 4; m++) {
                assertEquals(naive.weights[m], weights[m], 1e-9, at + " model " + m);
            }
            fast.contributions(s.x[k], contrib);
            double p = naive.predict(s.x[k]);
            for (int i = 0; i < 3; i++) {
                double[] ablated = s.x[k].clone();
                ablated[i] = 0;
                double expected = LearnMath.logit(p) - LearnMath.logit(naive.predict(ablated));
                assertEquals(expected, contrib[i], 1e-7, at + " contribution " + i);
            }
            assertEquals(0, contrib[3]);
            assertEquals(0, contrib[4]);
        }
        double initial = (1 - prior) / 3;
        assertTrue(fast.weight(1) > initial + 0.2, "the run must move the posterior to the skilled model, w1 = "
                + fast.weight(1) + " from " + initial);
    }

    @Test
    void weightGoesToTheSkilledModel() {
        Samples s = Samples.market(64, 3000, new double[] {0.0, 0.5, 0.0}, 0, 0, 0.0, 0.01);
        ModelAveraging bma = new ModelAveraging(3, 0, 1);
        for (int k = 0; k < s.size(); k++) {
            bma.update(s.x[k], s.y[k], s.r[k]);
        }
        assertTrue(bma.weight(2) > 0.95, "skilled alpha's model weight " + bma.weight(2));
        assertTrue(bma.predict(new double[] {0, 1, 0}) > 0.6);
        assertTrue(bma.predict(new double[] {0, -1, 0}) < 0.4);
    }

    /** No alpha has skill: the posterior rests on climatology, which learns the drift's base rate. */
    @Test
    void weightGoesToClimatologyWhenNoAlphaHasSkill() {
        Samples s = Samples.market(65, 3000, new double[] {0.0, 0.0, 0.0}, 0, 0.2, 0.003, 0.01);
        ModelAveraging bma = new ModelAveraging(3, 0, 1);
        for (int k = 0; k < s.size(); k++) {
            bma.update(s.x[k], s.y[k], s.r[k]);
        }
        for (int i = 1; i <= 3; i++) {
            assertTrue(bma.evidence(0) > bma.evidence(i), "the data do not favour skill-less model " + i);
            assertTrue(bma.weight(0) > 2 * bma.weight(i), "climatology " + bma.weight(0) + " vs model " + i + " " + bma.weight(i));
        }
        assertTrue(bma.weight(0) > 0.5, "climatology weight " + bma.weight(0));
        assertTrue(bma.climatology() > 0.55, "base rate of a drifting market " + bma.climatology());
    }

    @Test
    void noViewBeforeAnySample() {
        ModelAveraging bma = new ModelAveraging(2, 1, 4);
        assertEquals(0.5, bma.predict(new double[] {1, -1, 1}), 1e-15);
        assertEquals(0.5, bma.weight(0), 1e-15);
        assertEquals(0.25, bma.weight(2), 1e-15);
    }
}
