package io.trader.core.signal;

import io.trader.core.market.Bar;

/** Layer 0: incremental features of one instrument. One instance per instrument; O(1) per bar. */
public interface FeatureEngine {

    /** Folds in the next bar (in time order) and writes the current features into {@code out}. */
    void onBar(Bar bar, FeatureVector out);

    /** Bars until every feature is warm. */
    int warmupBars();
}
