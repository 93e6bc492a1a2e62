package io.trader.layer1.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/** Builds hand-made feature vectors: every feature NaN except the ones set. */
final class Fv {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);

    private final FeatureVector vector = new FeatureVector(BTC);

    static Fv of() {
        return new Fv();
    }

    Fv with(Feature feature, double value) {
        vector.set(feature, value);
        return this;
    }

    FeatureVector build() {
        return vector;
    }
}
