package io.trader.layer4.core.exec;

import io.trader.layer4.core.algo.AlmgrenChriss;

/**
 * Implementation shortfall: the Almgren-Chriss trajectory, in units of the parent (X = 1) and decision intervals
 * (tau = 1, T = decisions), prices in bps of the arrival.
 *
 * @param sigmaBps   volatility per decision interval in bps; NaN takes the arrival state's short-term volatility
 * @param etaBps     temporary impact: bps paid per unit of trading rate (the whole parent in one interval costs
 *                   {@code etaBps} on top of the spread)
 * @param gammaBps   permanent impact: bps the price moves per parent traded
 * @param lambda     risk aversion per bps^2 of variance (0 = TWAP; larger front-loads)
 */
public record AlmgrenChrissAlgorithm(double sigmaBps, double etaBps, double gammaBps, double lambda,
                                     Aggression aggression) implements ExecutionAlgorithm {

    public static final String NAME = "almgren-chriss";

    public AlmgrenChrissAlgorithm {
        if (!(etaBps > 0) || !(gammaBps >= 0) || !(lambda >= 0) || aggression == null
                || !(Double.isNaN(sigmaBps) || sigmaBps >= 0)) {
            throw new IllegalArgumentException("Almgren-Chriss needs etaBps > 0, gammaBps >= 0, lambda >= 0, "
                    + "sigmaBps >= 0 or NaN: " + sigmaBps + " " + etaBps + " " + gammaBps + " " + lambda);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionPolicy start(ExecParent parent) {
        return new SchedulePolicy(parent, aggression) {
            @Override
            long[] plan(ExecState arrival) {
                double sigma = Double.isNaN(sigmaBps) ? arrival.volatilityBps() : sigmaBps;
                if (!(sigma >= 0) || Double.isInfinite(sigma)) {
                    sigma = 0; // unknown volatility: no risk term, the straight line
                }
                int n = parent.decisions();
                double gamma = Math.min(gammaBps, 1.9 * etaBps); // keeps eta - gamma tau / 2 > 0
                AlmgrenChriss model = new AlmgrenChriss(1, n, n, sigma, etaBps, gamma, 0, lambda);
                return spread(AlmgrenChriss.slices(model, parent.lots(), parent.minLots()), n);
            }
        };
    }
}
