package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Forecast;

/** The argument check every ensemble makes before it combines one bar. */
public final class EnsembleInputs {

    private EnsembleInputs() {
    }

    /** Throws unless there are {@code n} alpha outputs and the forecast holds {@code n} weights. */
    public static void check(int n, AlphaOutput[] outputs, Forecast out) {
        if (outputs.length != n || out.weights().length != n) {
            throw new IllegalArgumentException("expected " + n + " alphas, got " + outputs.length
                    + " outputs and " + out.weights().length + " weights");
        }
    }
}
