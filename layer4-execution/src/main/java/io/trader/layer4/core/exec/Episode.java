package io.trader.layer4.core.exec;

import io.trader.core.domain.Side;

/**
 * Runs one execution episode: a parent worked by a policy against a market, decision by decision; whatever is left
 * at the horizon is forced out with a market order. Pure.
 */
public final class Episode {

    private Episode() {
    }

    /**
     * @param penaltyBpsPerLeftover reward penalty, in bps of the parent, per share of the parent forced out at the
     *                              end (e.g. 10: leaving it all to the end costs 10 bps on top of its shortfall)
     */
    public static Result run(EpisodeMarket market, ExecutionPolicy policy, ExecParent parent,
                             double penaltyBpsPerLeftover) {
        Side side = parent.side();
        double arrival = market.arrivalMid();
        long remaining = parent.lots();
        double notional = 0;
        double fees = 0;
        int children = 0;
        for (int k = 0; k < parent.decisions(); k++) {
            ExecState state = market.observe(k, parent.decisions(), remaining, side);
            ChildDecision d = policy.decide(state);
            long lots = parent.childLots(d.lots(), remaining);
            if (lots > 0) {
                children++;
                EpisodeMarket.ChildFill fill = market.work(side, new ChildDecision(lots, d.aggression()));
                if (fill.lots() > 0) {
                    policy.onFill(fill.lots());
                }
                remaining -= fill.lots();
                notional += fill.notional();
                fees += fill.fees();
            } else {
                market.work(side, ChildDecision.WAIT);
            }
        }
        long forced = remaining;
        if (forced > 0) {
            EpisodeMarket.ChildFill fill = market.forceOut(side, forced);
            notional += fill.notional();
            fees += fill.fees();
            remaining -= fill.lots();
            children++;
        }
        long filled = parent.lots() - remaining;
        double units = filled * market.unitsPerLot();
        double average = units > 0 ? notional / units : Double.NaN;
        double shortfall = units > 0 ? shortfallBps(side, (notional + (side == Side.BUY ? fees : -fees)) / units,
                arrival) : Double.NaN;
        double forcedShare = forced / (double) parent.lots();
        return new Result(arrival, average, shortfall, filled, forced, children,
                -shortfall - penaltyBpsPerLeftover * forcedShare);
    }

    /** Cost in bps of paying {@code price} against {@code benchmark}: positive = worse than the benchmark. */
    public static double shortfallBps(Side side, double price, double benchmark) {
        return io.trader.layer4.core.algo.ExecutionMetrics.shortfallBps(side, price, benchmark);
    }

    /**
     * @param arrivalMid    mid at the arrival
     * @param averagePrice  average fill price (without fees)
     * @param shortfallBps  cost vs the arrival mid in bps, fees included (positive = cost)
     * @param filledLots    lots filled (the parent, unless the forced market order could not fill)
     * @param forcedLots    lots forced out at the horizon
     * @param children      child orders sent, the forced one included
     * @param reward        -shortfall - leftover penalty (what the RL agent maximises)
     */
    public record Result(double arrivalMid, double averagePrice, double shortfallBps, long filledLots,
                         long forcedLots, int children, double reward) {
    }
}
