package io.trader.layer4.rl;

import io.trader.core.domain.Side;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.EpisodeMarket;
import io.trader.layer4.core.exec.ExecState;

/**
 * A synthetic market whose optimum is known: the price stays at 100, limits never fill, and a market child of q
 * lots pays 1 bps half spread + {@code impactPerSlice} bps per TWAP slice of size (linear temporary impact, so
 * the cost is convex in the child and spreading evenly, TWAP, is optimal).
 */
final class ImpactMarket implements EpisodeMarket {

    private final long slice;
    private final double impactPerSlice;

    ImpactMarket(long slice, double impactPerSlice) {
        this.slice = slice;
        this.impactPerSlice = impactPerSlice;
    }

    @Override
    public double arrivalMid() {
        return 100;
    }

    @Override
    public ExecState observe(int decision, int decisions, long remainingLots, Side side) {
        return new ExecState(decision, decisions, 60_000L * decision, remainingLots, 2, 0, 5, 0, 1000);
    }

    @Override
    public ChildFill work(Side side, ChildDecision child) {
        if (child.lots() == 0 || child.aggression() != Aggression.MARKET) {
            return ChildFill.NONE;
        }
        return take(side, child.lots());
    }

    @Override
    public ChildFill forceOut(Side side, long lots) {
        return take(side, lots);
    }

    private ChildFill take(Side side, long lots) {
        double bps = 1 + impactPerSlice * lots / (double) slice;
        double price = 100 * (1 + (side == Side.BUY ? bps : -bps) / 10_000.0);
        return new ChildFill(lots, price * lots, 0);
    }

    @Override
    public double unitsPerLot() {
        return 1;
    }
}
