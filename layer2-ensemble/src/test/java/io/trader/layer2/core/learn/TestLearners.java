package io.trader.layer2.core.learn;

import io.trader.core.model.Learners;
import io.trader.core.model.LogisticTrainer;
import io.trader.core.model.Trainer;

import java.util.ArrayList;
import java.util.List;

/**
 * Test stand-in for layer 1's ZooLearners (layer 2 must not depend on layer 1): every zoo kind is core's
 * pure {@link LogisticTrainer}; records what was asked for.
 */
final class TestLearners implements Learners {

    static final double L2 = 1.0;
    final List<String> asked = new ArrayList<>();

    @Override
    public Trainer trainer(String kind, boolean regression, long seed) {
        asked.add(kind + "/" + regression + "/" + seed);
        switch (kind) {
            case "logistic", "mlp", "gbdt":
                return new LogisticTrainer(L2);
            default:
                throw new IllegalArgumentException("unknown learner " + kind);
        }
    }
}
