package io.trader.layer2.core.drift;

/**
 * Watches each alpha's out-of-sample loss for decay and says how much of each alpha the ensemble may use.
 * Sees only resolved losses, in time order; never a future one.
 */
public interface AlphaHealth {

    /** The out-of-sample loss of alpha {@code alpha}'s signal whose horizon resolved at bar {@code time}. */
    void observe(int alpha, long time, double loss);

    /** The ensemble's resolved loss at {@code time} (its own drift detector). */
    void observeEnsemble(long time, double loss);

    /** Multiplier in [0, 1] for alpha {@code alpha}'s input: 1 healthy, below 1 down-weighted, 0 suspended. */
    double weight(int alpha);

    /** The next unread drift event, or null when there is none. */
    DriftEvent poll();
}
