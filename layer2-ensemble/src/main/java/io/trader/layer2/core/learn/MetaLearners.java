package io.trader.layer2.core.learn;

import io.trader.core.model.Learners;
import io.trader.layer2.core.meta.MetaLearner;

import java.util.List;

/** Builds a {@link MetaLearner} by config name, with each learner's documented defaults. */
public final class MetaLearners {

    /** Every kind {@link #create} accepts. */
    public static final List<String> KINDS = List.of(
            BayesianLogistic.KIND, ConfidenceVote.KIND, ModelAveraging.KIND, CentredIc.KIND,
            "mlp", "gbdt", "logistic");

    private MetaLearners() {
    }

    /**
     * A learner of {@code kind} for rows of {@code alphas} signals followed by {@code extraInputs} extra
     * inputs, forecasting {@code horizonBars} ahead. {@code learners} (may be null for the kinds that do
     * not train a zoo model) supplies the trainers of {@code mlp}, {@code gbdt} and {@code logistic};
     * {@code seed} makes them deterministic.
     *
     * @throws IllegalArgumentException for an unknown kind (naming the allowed kinds) or bad sizes
     */
    public static MetaLearner create(String kind, int alphas, int extraInputs, int horizonBars,
                                     Learners learners, long seed) {
        if (alphas < 1) {
            throw new IllegalArgumentException("a meta-learner needs at least one alpha, got " + alphas);
        }
        if (extraInputs < 0) {
            throw new IllegalArgumentException("extra inputs must be >= 0, got " + extraInputs);
        }
        if (horizonBars < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 bar, got " + horizonBars);
        }
        String k = kind == null ? "" : kind;
        int width = alphas + extraInputs;
        switch (k) {
            case BayesianLogistic.KIND:
                return new BayesianLogistic(width, horizonBars);
            case ConfidenceVote.KIND:
                return new ConfidenceVote(alphas, extraInputs);
            case ModelAveraging.KIND:
                return new ModelAveraging(alphas, extraInputs, horizonBars);
            case CentredIc.KIND:
                return new CentredIc(alphas, extraInputs, horizonBars);
            case "mlp":
            case "gbdt":
            case "logistic":
                if (learners == null) {
                    throw new IllegalArgumentException("meta-learner '" + k + "' trains a zoo model but no Learners were given");
                }
                return new TrainedLearner(k, width, learners.trainer(k, false, seed), TrainedLearner.DEFAULT_MIN_SAMPLES);
            default:
                throw new IllegalArgumentException("unknown meta-learner '" + kind + "', allowed: " + String.join(", ", KINDS));
        }
    }
}
