package io.trader.layer2.core.regime;

import io.trader.core.signal.FeatureVector;

/**
 * The regime of each bar of one instrument, decided walk-forward: called once per bar, in time order, and
 * any model behind it was fitted only on bars before the one being assigned. -1 while it has no model yet.
 */
public interface RegimeSource {

    /** Number of regimes it assigns (0 .. regimes-1). */
    int regimes();

    /** The regime of this bar (-1 while warming up); feeds this bar's features to the detector's history. */
    int regime(FeatureVector features);
}
