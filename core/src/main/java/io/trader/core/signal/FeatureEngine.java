package io.trader.core.signal;

import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;

/** Layer 0: incremental features of one instrument. One instance per instrument; O(1) per bar. */
public interface FeatureEngine {

    /** Folds in the next bar (in time order) and writes the current features into {@code out}. */
    void onBar(Bar bar, FeatureVector out);

    /**
     * Folds in the next bar with the auxiliary data known at its close time ({@code context.asOf()} is
     * the bar's close time). Engines without auxiliary features ignore the context.
     */
    default void onBar(Bar bar, MarketContext context, FeatureVector out) {
        onBar(bar, out);
    }

    /**
     * Bars until every configured feature ({@link FeatureConfig#warmupBars()}) is warm: what a trading
     * engine waits for. Fixed-period features may need more; the engine documents their first bars.
     */
    int warmupBars();
}
