package io.trader.core.signal;

/**
 * Layer 3: turns a forecast into a target position for one instrument.
 */
public interface Sizer {

    /**
     * @param forecast    this bar's forecast
     * @param features    this bar's features (volatility, close)
     * @param currentLots current signed position plus open orders, in lots
     * @param equityCash  account equity in cash units ({@link io.trader.core.domain.Money})
     * @param out         receives the target
     */
    void size(Forecast forecast, FeatureVector features, long currentLots, long equityCash, SizingDecision out);
}
