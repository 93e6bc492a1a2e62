package io.trader.core.signal;

/**
 * Periods of the layer-0 features.
 *
 * @param smaFast    fast SMA period (default 10)
 * @param smaSlow    slow SMA period (default 30)
 * @param emaFast    fast EMA period (default 12)
 * @param emaSlow    slow EMA period (default 26)
 * @param volWindow  volatility window in returns (default 30)
 * @param rsiPeriod  RSI period (default 14)
 * @param atrPeriod  ATR period (default 14)
 * @param zWindow    z-score window (default 20)
 */
public record FeatureConfig(int smaFast, int smaSlow, int emaFast, int emaSlow, int volWindow, int rsiPeriod,
                            int atrPeriod, int zWindow) {

    public static final FeatureConfig DEFAULT = new FeatureConfig(10, 30, 12, 26, 30, 14, 14, 20);

    public FeatureConfig {
        check("smaFast", smaFast, 1);
        check("smaSlow", smaSlow, 1);
        check("emaFast", emaFast, 1);
        check("emaSlow", emaSlow, 1);
        check("volWindow", volWindow, 2);
        check("rsiPeriod", rsiPeriod, 1);
        check("atrPeriod", atrPeriod, 1);
        check("zWindow", zWindow, 2);
    }

    private static void check(String name, int value, int min) {
        if (value < min || value > 100_000) {
            throw new IllegalArgumentException(name + " must be in " + min + "..100000, was " + value);
        }
    }

    /**
     * Bars until every feature configured here (the first twelve of {@link Feature}) has a value. The
     * fixed-period features (up to 200 bars for SMA/EMA/WMA 200) are not counted: the layer-0 engine
     * states their first bar per feature.
     */
    public int warmupBars() {
        int m = Math.max(Math.max(smaFast, smaSlow), Math.max(emaFast, emaSlow));
        m = Math.max(m, Math.max(volWindow + 1, rsiPeriod + 1));
        return Math.max(m, Math.max(atrPeriod + 1, zWindow));
    }
}
