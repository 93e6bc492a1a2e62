package io.trader.layer1.core.zoo;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

import java.util.function.ToDoubleFunction;

/**
 * One model input: a name (part of the model's feature schema) and how it is read from this bar's
 * features. Scale-free transforms (a moving average as a distance from close, ATR as a fraction of
 * close) keep models trained on one price level valid on another. {@code NaN} means "unknown".
 *
 * @param name     schema name, e.g. {@code RSI_14} or {@code EMA_20/CLOSE-1}
 * @param required when true the alpha abstains while this input is unknown; optional inputs are
 *                 passed as NaN (trees route them; linear models get 0 after standardisation)
 * @param read     reads the value; must not allocate
 */
public record Input(String name, boolean required, ToDoubleFunction<FeatureVector> read) {

    /** The feature itself. */
    public static Input raw(Feature f) {
        return new Input(f.name(), true, v -> v.get(f));
    }

    /** The feature itself, optional. */
    public static Input optional(Feature f) {
        return new Input(f.name(), false, v -> v.get(f));
    }

    /** {@code f / CLOSE - 1}: a price-level feature as a relative distance from close. */
    public static Input relativeToClose(Feature f) {
        return new Input(f.name() + "/CLOSE-1", true, v -> v.get(f) / v.get(Feature.CLOSE) - 1);
    }

    /** {@code f / CLOSE}: a price-unit spread (ATR, MACD) as a fraction of close. */
    public static Input perClose(Feature f) {
        return new Input(f.name() + "/CLOSE", true, v -> v.get(f) / v.get(Feature.CLOSE));
    }

    /** {@code (a - b) / CLOSE}. */
    public static Input spreadPerClose(Feature a, Feature b) {
        return new Input(a.name() + "-" + b.name() + "/CLOSE", true,
                v -> (v.get(a) - v.get(b)) / v.get(Feature.CLOSE));
    }
}
