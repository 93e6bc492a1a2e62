package io.trader.layer3.core;

/** Stable values of {@link io.trader.core.signal.SizingDecision#limitedBy()} written by this layer's sizers. */
public final class LimitReason {

    /** Nothing bound the target. */
    public static final String NONE = "";
    /** The Kelly fraction was clipped to the instrument's maximum leverage. */
    public static final String MAX_LEVERAGE = "max_leverage";
    /** The Kelly fraction was clipped to the maximum position notional. */
    public static final String MAX_POSITION = "max_position";
    /** The part of the change that adds exposure was cut to the largest order (the risk layer's limit). */
    public static final String MAX_ORDER = "max_order";
    /** The expected return over the horizon does not pay the round-trip cost: target flat. */
    public static final String COST_HURDLE = "cost_hurdle";
    /**
     * The forecast's calibrated probability is too close to 1/2 ({@code |p - 0.5| < minProbabilityEdge}) or
     * points the other way than its expected return: nothing is opened or added; a same-side position is kept (at most the Kelly target), the wrong side closed.
     */
    public static final String LOW_CONFIDENCE = "low_confidence";
    /** The change is smaller than the rebalance band: the current position is kept. */
    public static final String BAND = "band";
    /** Volatility is not warm yet: target flat. */
    public static final String NO_VOLATILITY = "no_volatility";
    /** ATR is not warm yet: target flat (ATR risk sizer). */
    public static final String NO_ATR = "no_atr";
    /** Close is missing or not positive: the current position is kept. */
    public static final String NO_PRICE = "no_price";
    /** Equity is zero or negative: target flat. */
    public static final String NO_EQUITY = "no_equity";
    /** Already positioned on the desired side: the current position is kept (fixed-fraction rule). */
    public static final String HOLD = "hold";

    /** No bar of this step yet (a live feed's barrier timed out): the current position is kept, no order. */
    public static final String STALE = "stale";
    /** The portfolio optimiser failed at this step: the previous target is kept (see the sizing_fallback event). */
    public static final String FALLBACK = "fallback";
    /** The move is worth less than the no-trade band (or does not beat its cost): the current position is kept. */
    public static final String NO_TRADE_BAND = "no_trade_band";

    private LimitReason() {
    }
}
