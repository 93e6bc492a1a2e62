package io.trader.app.ensemble;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;

/**
 * The market's drift as a reference, not a forecaster: always long with an expected return so large that Kelly
 * sizing holds the per-instrument cap. A candidate whose after-cost Sharpe comes from being long in a rising
 * market is no better than this row; skill shows in the IC, log loss and Brier instead.
 */
final class HoldLong implements Ensemble {

    @Override
    public void combine(FeatureVector features, AlphaOutput[] outputs, Forecast out) {
        java.util.Arrays.fill(out.weights(), 0);
        java.util.Arrays.fill(out.contributions(), 0);
        out.set(1, 1, 1);
    }
}
