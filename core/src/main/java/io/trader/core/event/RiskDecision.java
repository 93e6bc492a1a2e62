package io.trader.core.event;

/** Outcome of a pre-trade check: approved, or rejected with a stable code and a detail. */
public record RiskDecision(boolean approved, RiskCode code, String detail) {

    public static final RiskDecision APPROVED = new RiskDecision(true, null, "");

    public RiskDecision {
        if (!approved && code == null) {
            throw new IllegalArgumentException("a rejection needs a code");
        }
        if (detail == null) {
            detail = "";
        }
    }

    public static RiskDecision reject(RiskCode code, String detail) {
        return new RiskDecision(false, code, detail);
    }
}
