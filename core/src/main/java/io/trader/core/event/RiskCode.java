package io.trader.core.event;

/** Stable risk outcome codes, grouped: 50xx halts, 51xx pre-trade limits, 52xx order validity. */
public enum RiskCode {
    KILL_SWITCH(5001, "kill switch engaged"),
    BREAKER_HALT(5002, "circuit breaker halted new risk"),
    STALE_DATA(5003, "market data is stale"),
    FEED_DIVERGENCE(5004, "feeds disagree on the asset's price"),
    PAUSED(5005, "trading paused by the operator: no new entries"),
    MAX_NOTIONAL(5101, "order notional above limit"),
    MAX_LEVERAGE(5102, "gross leverage above limit"),
    MAX_POSITION(5103, "position above limit"),
    PRICE_BAND(5104, "limit price outside band around last price"),
    NO_REFERENCE_PRICE(5105, "no reference price for instrument"),
    REDUCE_ONLY(5201, "reduce-only order would increase position"),
    INVALID_ORDER(5202, "order is invalid");

    private final int code;
    private final String text;

    RiskCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** Label for metrics and logs, e.g. {@code max_notional}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
