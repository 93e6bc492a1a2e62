package io.trader.layer4.core.exec;

import io.trader.core.domain.Side;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-computable market for policy tests: mid {@code prices[k]} at decision k (and at the horizon), market
 * children fill in full at the mid plus {@code halfSpreadBps}, passive children fill {@code passiveShare} of their
 * size at the mid minus the half spread; {@code volume[k]} lots traded in the interval before decision k.
 */
final class ScriptedMarket implements EpisodeMarket {

    final double[] prices;
    final double halfSpreadBps;
    final double passiveShare;
    final double volume;
    final List<ChildDecision> children = new ArrayList<>();
    int k;

    ScriptedMarket(double[] prices, double halfSpreadBps, double passiveShare, double volume) {
        this.prices = prices;
        this.halfSpreadBps = halfSpreadBps;
        this.passiveShare = passiveShare;
        this.volume = volume;
    }

    @Override
    public double arrivalMid() {
        return prices[0];
    }

    @Override
    public ExecState observe(int decision, int decisions, long remainingLots, Side side) {
        return new ExecState(decision, decisions, decision * 60_000L, remainingLots, 2 * halfSpreadBps, 0, 10,
                0, volume);
    }

    @Override
    public ChildFill work(Side side, ChildDecision child) {
        children.add(child);
        double mid = prices[Math.min(k, prices.length - 1)];
        k++;
        if (child.lots() == 0) {
            return ChildFill.NONE;
        }
        boolean take = child.aggression() == Aggression.MARKET;
        long lots = take ? child.lots() : (long) Math.floor(child.lots() * passiveShare);
        double sign = (side == Side.BUY) == take ? 1 : -1;
        double px = mid * (1 + sign * halfSpreadBps / 10_000.0);
        return new ChildFill(lots, px * lots, 0);
    }

    @Override
    public ChildFill forceOut(Side side, long lots) {
        children.add(new ChildDecision(lots, Aggression.MARKET));
        double mid = prices[Math.min(k, prices.length - 1)];
        double px = mid * (1 + (side == Side.BUY ? 1 : -1) * halfSpreadBps / 10_000.0);
        return new ChildFill(lots, px * lots, 0);
    }

    @Override
    public double unitsPerLot() {
        return 1;
    }

    long[] sizes() {
        return children.stream().mapToLong(ChildDecision::lots).toArray();
    }
}
