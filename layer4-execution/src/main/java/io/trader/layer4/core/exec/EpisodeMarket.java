package io.trader.layer4.core.exec;

import io.trader.core.domain.Side;

/**
 * The market one execution episode is worked against: 1m bars with an impact model, or the book-level simulator
 * replaying captures. Prices are in price units (research metrics, never money at a boundary). The runner calls
 * {@link #observe} before each decision, then {@link #work} once, and {@link #forceOut} at the end.
 */
public interface EpisodeMarket {

    /** Mid price at the arrival (the start of the episode). */
    double arrivalMid();

    /** The market part of the state now (decision index, inventory and time filled in by the runner). */
    ExecState observe(int decision, int decisions, long remainingLots, Side side);

    /**
     * Sends {@code child} and lets one decision interval pass: what filled of it (a resting limit's unfilled rest
     * is cancelled at the end of the interval). Advances the market by one interval.
     */
    ChildFill work(Side side, ChildDecision child);

    /** At the horizon: takes {@code lots} at once (a market order walking the book or the impact model). */
    ChildFill forceOut(Side side, long lots);

    /** Lot size in price-quantity units (base units per lot), to turn lots into notional. */
    double unitsPerLot();

    /**
     * What one child filled.
     *
     * @param lots     lots filled
     * @param notional sum of price x base units of the fills (price units)
     * @param fees     fees paid in quote units (negative = rebate)
     */
    record ChildFill(long lots, double notional, double fees) {
        public static final ChildFill NONE = new ChildFill(0, 0, 0);
    }
}
