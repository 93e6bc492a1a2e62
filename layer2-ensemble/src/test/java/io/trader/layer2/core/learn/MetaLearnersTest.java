package io.trader.layer2.core.learn;

import io.trader.layer2.core.meta.MetaLearner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetaLearnersTest {

    @ParameterizedTest
    @ValueSource(strings = {"bayes-logistic", "vote", "bma", "ic", "mlp", "gbdt", "logistic"})
    void everyKindHonoursTheContract(String kind) {
        TestLearners zoo = new TestLearners();
        MetaLearner learner = MetaLearners.create(kind, 3, 2, 4, zoo, 99);
        MetaLearner twin = MetaLearners.create(kind, 3, 2, 4, new TestLearners(), 99);
        assertEquals(kind, learner.kind());
        Samples s = Samples.market(81, 1200, new double[] {0.6, 0.0, -0.3}, 2, 0.3, 0.001, 0.01);
        assertEquals(0.5, learner.predict(s.x[0]), 1e-12, "no view before any data");
        double[] c = new double[5];
        int informed = 0;
        for (int k = 0; k < s.size(); k++) {
            double p = learner.predict(s.x[k]);
            assertTrue(p >= 0 && p <= 1, kind + " p = " + p);
            assertEquals(twin.predict(s.x[k]), p, 0.0, "deterministic");
            learner.contributions(s.x[k], c);
            for (double v : c) {
                assertTrue(Double.isFinite(v), kind + " contribution " + v);
            }
            informed += Math.abs(p - 0.5) > 1e-3 ? 1 : 0;
            for (MetaLearner m : List.of(learner, twin)) {
                m.update(s.x[k], s.y[k], s.r[k]);
                if (k % 200 == 199) {
                    int from = Math.max(0, k + 1 - 600);
                    m.refit(Arrays.copyOfRange(s.x, from, k + 1), Arrays.copyOfRange(s.y, from, k + 1),
                            Arrays.copyOfRange(s.r, from, k + 1), k + 1 - from);
                }
            }
        }
        assertTrue(informed > 300, kind + " formed a view on " + informed + " samples");
        assertTrue(learner.predict(new double[] {1, 0, -1, 1, 0}) > learner.predict(new double[] {-1, 0, 1, 1, 0}),
                kind + " ranks a bullish row above a bearish one");
        assertThrows(IllegalArgumentException.class, () -> learner.predict(new double[4]));
        assertThrows(IllegalArgumentException.class, () -> learner.update(new double[5], -1, 0));
        if (List.of("mlp", "gbdt", "logistic").contains(kind)) {
            assertEquals(List.of(kind + "/false/99"), zoo.asked);
        }
    }

    @Test
    void unknownKindNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetaLearners.create("svm", 3, 0, 1, new TestLearners(), 1));
        for (String kind : MetaLearners.KINDS) {
            assertTrue(e.getMessage().contains(kind), e.getMessage());
        }
        assertTrue(e.getMessage().contains("svm"));
        assertThrows(IllegalArgumentException.class, () -> MetaLearners.create(null, 3, 0, 1, null, 1));
    }

    @Test
    void rejectsBadSizesAndMissingLearners() {
        assertThrows(IllegalArgumentException.class, () -> MetaLearners.create("ic", 0, 0, 1, null, 1));
        assertThrows(IllegalArgumentException.class, () -> MetaLearners.create("ic", 2, -1, 1, null, 1));
        assertThrows(IllegalArgumentException.class, () -> MetaLearners.create("ic", 2, 0, 0, null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetaLearners.create("gbdt", 2, 0, 1, null, 1));
        assertTrue(e.getMessage().contains("gbdt"));
        assertEquals("bma", MetaLearners.create("bma", 2, 0, 1, null, 1).kind());
    }
}
