package io.trader.core.signal;

/** Reusable holder for layer 3's answer: the target position and how it was reached. */
public final class SizingDecision {

    private long targetLots;
    private double rawKelly;
    private double appliedFraction;
    private String limitedBy = "";

    /** Signed target position in lots. */
    public long targetLots() {
        return targetLots;
    }

    /** Unconstrained Kelly leverage mu / sigma^2 (signed). */
    public double rawKelly() {
        return rawKelly;
    }

    /** Signed fraction of equity actually targeted, after the fractional multiplier and caps. */
    public double appliedFraction() {
        return appliedFraction;
    }

    /** Which constraint bound the target ({@code ""} when none), e.g. {@code max_leverage}. */
    public String limitedBy() {
        return limitedBy;
    }

    public void set(long targetLots, double rawKelly, double appliedFraction, String limitedBy) {
        this.targetLots = targetLots;
        this.rawKelly = rawKelly;
        this.appliedFraction = appliedFraction;
        this.limitedBy = limitedBy == null ? "" : limitedBy;
    }
}
