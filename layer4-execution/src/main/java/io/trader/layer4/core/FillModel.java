package io.trader.layer4.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import io.trader.core.market.Bar;

/**
 * Pure price and size arithmetic of the paper venue: how much of an order one bar can fill and at
 * which price a taker fill executes. No state, no allocation.
 *
 * <p>Taker fills at a bar's open are sized and priced on the <b>known</b> volume (see {@link KnownVolume}),
 * never on the fill bar's own volume, which is not known at its open. A resting limit fills a share of the
 * volume estimated to have traded <b>through</b> its price during the bar ({@link #throughShare}).
 */
final class FillModel {

    /** Slack against floating-point noise when rounding a price adjustment up to whole ticks. */
    private static final double TICK_EPSILON = 1e-9;

    private final PaperExchangeConfig config;

    FillModel(PaperExchangeConfig config) {
        this.config = config;
    }

    /**
     * Lots our taker orders may fill together at one bar's open: {@code maxParticipation x knownVolume}, in lots
     * (fractional). 0 while no volume is known.
     */
    double takerBudgetLots(InstrumentSpec spec, double knownVolume) {
        if (!(knownVolume > 0)) {
            return 0;
        }
        return config.maxParticipation() * knownVolume * spec.lotsPerUnit();
    }

    /**
     * Lots a resting limit at {@code limitTicks} may fill on {@code bar}, before what other resting orders took
     * on it: {@code maxParticipation x volume x throughShare}, in lots (fractional).
     */
    double makerCapLots(InstrumentSpec spec, Side side, long limitTicks, Bar bar) {
        double volume = bar.volume();
        if (!(volume > 0) || !Double.isFinite(volume)) {
            return 0;
        }
        return config.maxParticipation() * volume * throughShare(side, limitTicks, bar) * spec.lotsPerUnit();
    }

    /**
     * Share of a bar's volume that traded at prices strictly through {@code limitTicks} (below it for a buy, above
     * it for a sell), under a conservative spread of the volume over the bar's range: even over the body (open to
     * close) and thinning linearly to nothing across each wick, at the high and the low, where the price spent
     * least time. So a limit just inside a wick gets a share that grows with the square of its depth into the
     * wick, less than the even spread over [low, high] would give. A flat bar (high = low) trades all its volume
     * at one price: all of it is through a buy limit above it, none of it through one at it.
     */
    static double throughShare(Side side, long limitTicks, Bar bar) {
        double low = bar.low();
        double high = Math.max(bar.high(), low);
        double bodyLow = Math.min(Math.max(Math.min(bar.open(), bar.close()), low), high);
        double bodyHigh = Math.min(Math.max(Math.max(bar.open(), bar.close()), bodyLow), high);
        double lowerWick = bodyLow - low;
        double upperWick = high - bodyHigh;
        double total = lowerWick / 2 + (bodyHigh - bodyLow) + upperWick / 2;
        double limit = limitTicks;
        if (total <= 0) {
            boolean through = side == Side.BUY ? low < limit : high > limit;
            return through ? 1 : 0;
        }
        double below = weightBelow(limit, low, bodyLow, bodyHigh, high) / total;
        double share = side == Side.BUY ? below : 1 - below;
        return Math.min(1, Math.max(0, share));
    }

    /** Weight of the trapezoid (0 at low, 1 over the body, 0 at high) below {@code price}. */
    private static double weightBelow(double price, double low, double bodyLow, double bodyHigh, double high) {
        if (price <= low) {
            return 0;
        }
        double lowerWick = bodyLow - low;
        if (price <= bodyLow) {
            double depth = price - low;
            return depth * depth / (2 * lowerWick);
        }
        double weight = lowerWick / 2 + Math.min(price, bodyHigh) - bodyLow;
        if (price > bodyHigh) {
            double upperWick = high - bodyHigh;
            double above = Math.max(0, high - price);
            weight += upperWick / 2 - (upperWick > 0 ? above * above / (2 * upperWick) : 0);
        }
        return weight;
    }

    /** Whole lots of {@code remainingLots} that fit in what is left of a bar's budget. */
    static long fillableLots(long remainingLots, double budgetLots) {
        if (budgetLots >= remainingLots) {
            return remainingLots;
        }
        return budgetLots >= 1 ? (long) Math.floor(budgetLots) : 0;
    }

    /** Half spread plus square-root impact, in bps, of taking {@code lots} when {@code knownVolume} trades a bar. */
    double slippageBps(InstrumentSpec spec, long lots, double knownVolume) {
        return config.halfSpreadBps() + config.impactCoefficientBps() * Math.sqrt(spec.qty(lots) / knownVolume);
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
