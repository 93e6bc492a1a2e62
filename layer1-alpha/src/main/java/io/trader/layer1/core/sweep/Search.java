package io.trader.layer1.core.sweep;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How a sweep picks its configurations. Grid and random search ignore the objective; a sequential
 * sampler (TPE or other Bayesian search) proposes each trial from the in-sample objective of the earlier
 * ones. The objective only ever sees in-sample bars, so the out-of-sample figures stay honest.
 */
@FunctionalInterface
public interface Search {

    /**
     * @param space     the pairs allowed
     * @param trials    how many configurations to return (at most)
     * @param objective in-sample score of a configuration (higher is better), safe to call from this thread
     */
    List<SmaCrossConfig> propose(ParamSpace space, int trials, ToDoubleFunction<SmaCrossConfig> objective);

    static Search grid() {
        return (space, trials, objective) -> space.grid(trials);
    }

    static Search random(long seed) {
        return (space, trials, objective) -> space.random(trials, seed);
    }

    /** TPE ({@link TpeSweepSearch}): each trial proposed from the in-sample scores of the earlier ones. */
    static Search tpe(long seed) {
        return new TpeSweepSearch(seed);
    }
}
