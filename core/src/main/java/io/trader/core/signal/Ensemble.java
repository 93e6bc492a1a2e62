package io.trader.core.signal;

/**
 * Layer 2: combines the alphas of one instrument into one forecast. Implementations learn online:
 * an alpha's weight may depend only on outcomes already known at the bar being processed
 * (out-of-sample), never on the bar's own future.
 */
public interface Ensemble {

    /**
     * Processes one bar: scores earlier alpha outputs against the returns now known, then combines
     * this bar's {@code outputs} (same order every call) into {@code out}.
     */
    void combine(FeatureVector features, AlphaOutput[] outputs, Forecast out);
}
