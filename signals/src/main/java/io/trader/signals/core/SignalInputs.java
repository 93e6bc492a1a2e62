package io.trader.signals.core;

import io.trader.core.domain.InstrumentSpec;

import java.util.List;

/**
 * What the policy needs about one pair at one bar, copied out of the engine's reused holders.
 *
 * @param closeTicks     the bar's close, the entry, in ticks
 * @param intervalMs     bar length (annualises the per-bar volatility)
 * @param atr            ATR(14) in price units, NaN while warming up
 * @param volPerBar      standard deviation of log returns per bar, NaN while warming up
 * @param probabilityUp  the ensemble's calibrated probability of a positive return, NaN when not calibrated
 * @param positionLots   the session's position in the pair (signed lots), 0 when flat
 * @param alphas         every alpha's signed contribution (unsorted)
 * @param features       readable feature values at the bar (NaN ones are left out)
 */
public record SignalInputs(InstrumentSpec instrument, long timeMs, long intervalMs, long closeTicks, double atr,
                           double volPerBar, double probabilityUp, long positionLots,
                           List<Signal.Contribution> alphas, List<Signal.FeatureValue> features,
                           List<String> modelVersions, String ensembleVersion, BacktestStats backtest) {

    public SignalInputs {
        alphas = List.copyOf(alphas);
        features = List.copyOf(features);
        modelVersions = List.copyOf(modelVersions);
    }

    public String pair() {
        return instrument.symbol();
    }
}
