package io.trader.layer4.core.exec;

import io.trader.core.domain.Side;

/**
 * A parent order as an execution policy sees it: work {@code lots} on {@code side} in {@code decisions} decisions
 * {@code intervalMillis} apart, starting at {@code startMillis} (epoch ms, for intraday volume curves); children
 * below {@code minLots} are not sent (the venue minimum), so a policy folds them into a later child.
 */
public record ExecParent(Side side, long lots, int decisions, long intervalMillis, long startMillis, long minLots) {

    public ExecParent {
        if (side == null || lots <= 0 || decisions < 1 || intervalMillis <= 0 || minLots < 0) {
            throw new IllegalArgumentException("side, lots > 0, decisions >= 1, intervalMillis > 0, minLots >= 0: "
                    + side + " " + lots + " " + decisions + " " + intervalMillis + " " + minLots);
        }
    }

    /** The TWAP slice: lots / decisions, at least one lot. */
    public long sliceLots() {
        return Math.max(1, lots / decisions);
    }

    /**
     * The lots a child asked for as {@code requested} may carry with {@code remaining} lots left: cut to the
     * remainder, and 0 when below the venue minimum unless it is the whole remainder.
     */
    public long childLots(long requested, long remaining) {
        long lots = Math.min(requested, remaining);
        return lots > 0 && lots < minLots && lots < remaining ? 0 : lots;
    }

    public long horizonMillis() {
        return intervalMillis * decisions;
    }
}
