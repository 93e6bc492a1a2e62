package io.trader.core.signal;

/**
 * Layer 1: one small signal model for one instrument. Pure and incremental: called once per bar,
 * in time order, with the features of that bar only.
 */
public interface Alpha {

    /** Stable id, e.g. {@code momentum-ma-cross}. */
    String id();

    /** Model version; changes whenever its logic or parameters change. */
    String version();

    /** Writes this bar's score and confidence into {@code out} (neutral while warming up). */
    void evaluate(FeatureVector features, AlphaOutput out);
}
