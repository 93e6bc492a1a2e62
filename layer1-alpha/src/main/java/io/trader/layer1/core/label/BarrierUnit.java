package io.trader.layer1.core.label;

/** What a label spec's profit-take and stop-loss are expressed in. */
public enum BarrierUnit {
    /** Fixed fractions of the entry price: pt=0.02 is +2%, sl=0.01 is -1%. */
    FIXED("fixed"),
    /** Multiples of the daily volatility target ({@link DailyVolatility}, ewm span = period). */
    DAILY_VOL("daily-vol"),
    /** Multiples of ATR(period) / close ({@link Atr}). */
    ATR("atr");

    private final String text;

    BarrierUnit(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static BarrierUnit parse(String s) {
        for (BarrierUnit u : values()) {
            if (u.text.equals(s)) {
                return u;
            }
        }
        throw new IllegalArgumentException("barriers must be fixed, daily-vol:<lookback> or atr:<period>; got '" + s + "'");
    }
}
