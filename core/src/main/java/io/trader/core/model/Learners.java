package io.trader.core.model;


/**
 * Where the zoo gets its learners: {@code logistic}, {@code ridge}, {@code gbdt} (LightGBM), {@code mlp}
 * (DeepLearning4J). The app passes the implementation (some learners are native libraries and live
 * outside this pure package).
 */
public interface Learners {

    /**
     * A trainer of {@code kind} for 0/1 targets ({@code regression} false) or real targets, deterministic
     * for {@code seed}; fails naming an unknown kind.
     */
    Trainer trainer(String kind, boolean regression, long seed);
}
