package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;

/** Hand-built inputs for the sizers. */
final class SizerFixtures {

    /** Price in cents, quantity in 10^-5 units. */
    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);

    private SizerFixtures() {
    }

    static FeatureVector features(InstrumentSpec spec, double close, double vol) {
        FeatureVector fv = new FeatureVector(spec);
        fv.set(Feature.CLOSE, close);
        fv.set(Feature.VOLATILITY, vol);
        return fv;
    }

    static Forecast forecast(double score, double expectedReturn) {
        Forecast f = new Forecast(1);
        f.set(score, expectedReturn, 1.0);
        return f;
    }

    static long usdt(double amount) {
        return Money.fromDouble(amount);
    }

    /** Lots of {@code units} whole units of {@link #BTC}. */
    static long btc(double units) {
        return Math.round(units * BTC.lotsPerUnit());
    }
}
