package io.trader.layer4.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;

/**
 * Pure price and size arithmetic of the paper venue: how much of an order one bar can fill and at
 * which price a taker fill executes. No state, no allocation.
 */
final class FillModel {

    /** Slack against floating-point noise when rounding a price adjustment up to whole ticks. */
    private static final double TICK_EPSILON = 1e-9;

    private final PaperExchangeConfig config;

    FillModel(PaperExchangeConfig config) {
        this.config = config;
    }

    /**
     * Lots one bar with {@code volume} base units lets our orders fill under the participation cap:
     * {@code maxParticipation x volume}, in lots (fractional). 0 on a bar without volume.
     */
    double barBudgetLots(InstrumentSpec spec, double volume) {
        if (!(volume > 0)) {
            return 0;
        }
        return config.maxParticipation() * volume * spec.lotsPerUnit();
    }

    /** Whole lots of {@code remainingLots} that fit in what is left of a bar's budget. */
    static long fillableLots(long remainingLots, double budgetLots) {
        if (budgetLots >= remainingLots) {
            return remainingLots;
        }
        return budgetLots >= 1 ? (long) Math.floor(budgetLots) : 0;
    }

    /** Half spread plus square-root impact, in bps, of taking {@code lots} on a bar with {@code volume}. */
    double slippageBps(InstrumentSpec spec, long lots, double volume) {
        return config.halfSpreadBps() + config.impactCoefficientBps() * Math.sqrt(spec.qty(lots) / volume);
    }

    /**
     * Taker price of a fill at {@code openTicks} moved against the taker by {@code bps}: buys round up to the
     * next tick, sells round down (never below one tick).
     */
    static long takerPrice(Side side, long openTicks, double bps) {
        double adjustment = openTicks * bps / 10_000.0;
        long ticks = (long) Math.ceil(adjustment - TICK_EPSILON);
        if (ticks < 0) {
            ticks = 0;
        }
        return side == Side.BUY ? openTicks + ticks : Math.max(1, openTicks - ticks);
    }
}
