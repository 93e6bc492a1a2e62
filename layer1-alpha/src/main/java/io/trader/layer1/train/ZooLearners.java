package io.trader.layer1.train;

import io.trader.core.model.LogisticTrainer;
import io.trader.core.model.MlpModel;
import io.trader.core.model.RidgeTrainer;
import io.trader.core.model.Trainer;
import io.trader.core.model.Learners;

/**
 * The zoo's learners and their hyperparameters: L2-regularised logistic and ridge regression (plain Java),
 * LightGBM trees (100 rounds, 15 leaves, at least 50 rows per leaf, learning rate 0.05) and a
 * DeepLearning4J net (16-8 tanh, 3 epochs, Adam 1e-3, L2 1e-4). Trees and nets run in pure Java once trained.
 */
public final class ZooLearners implements Learners {

    @Override
    public Trainer trainer(String kind, boolean regression, long seed) {
        return switch (kind) {
            case "logistic" -> {
                if (regression) {
                    throw new IllegalArgumentException("logistic regression needs 0/1 targets; use ridge");
                }
                yield new LogisticTrainer(1.0);
            }
            case "ridge" -> new RidgeTrainer(1.0);
            case "gbdt" -> new GbdtTrainer(regression ? GbdtTrainer.Config.regression(100, seed)
                    : GbdtTrainer.Config.binary(100, seed));
            case "mlp" -> new MlpTrainer(new MlpTrainer.Config(!regression, new int[] {16, 8},
                    MlpModel.Activation.TANH, 3, 64, 1e-3, 1e-4, seed));
            default -> throw new IllegalArgumentException("unknown learner '" + kind
                    + "' (use logistic, ridge, gbdt or mlp)");
        };
    }
}
