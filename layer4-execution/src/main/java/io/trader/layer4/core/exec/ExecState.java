package io.trader.layer4.core.exec;

/**
 * What an execution policy sees at one decision: time and inventory left, and the market (the RL state).
 *
 * @param decision              0-based index of this decision, in {@code [0, decisions)}
 * @param decisions             decisions of the parent
 * @param nowMillis             time of the decision (epoch ms)
 * @param remainingLots         lots of the parent not yet filled (working children count as not filled)
 * @param spreadBps             quoted spread over mid, in bps (NaN when unknown, e.g. from bars only)
 * @param imbalance             book imbalance at the touch, (bidQty - askQty) / (bidQty + askQty), in [-1, 1]; 0 unknown
 * @param volatilityBps         short-term volatility: stdev of recent one-interval mid returns, in bps
 * @param returnSinceArrivalBps mid move since the arrival, in bps, signed so that positive is adverse to the
 *                              parent (up for a buy, down for a sell)
 * @param lastVolumeLots        market volume traded in the last interval, in lots (for participation)
 */
public record ExecState(int decision, int decisions, long nowMillis, long remainingLots, double spreadBps,
                        double imbalance, double volatilityBps, double returnSinceArrivalBps, double lastVolumeLots) {

    /** Share of the horizon left, in (0, 1]. */
    public double timeLeft() {
        return (decisions - decision) / (double) decisions;
    }

    /** True at the last decision: whatever the policy leaves is forced out at the end. */
    public boolean last() {
        return decision == decisions - 1;
    }
}
