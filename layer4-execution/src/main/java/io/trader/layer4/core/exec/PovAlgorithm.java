package io.trader.layer4.core.exec;

import io.trader.layer4.core.algo.Pov;

/**
 * POV: each child is {@code rate} of the volume traded in the interval that just ended (known at the decision),
 * capped at {@code capSlices} TWAP slices; the remainder goes at the deadline.
 */
public record PovAlgorithm(double rate, double capSlices, Aggression aggression) implements ExecutionAlgorithm {

    public static final String NAME = "pov";

    public PovAlgorithm {
        if (!(rate > 0 && rate <= 1) || !(capSlices >= 1) || aggression == null) {
            throw new IllegalArgumentException("POV needs rate in (0, 1] and capSlices >= 1: " + rate + " "
                    + capSlices);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionPolicy start(ExecParent parent) {
        long cap = Math.max(1, (long) Math.floor(capSlices * parent.sliceLots()));
        Pov pov = new Pov(rate, cap, parent.minLots());
        return state -> {
            double observed = state.lastVolumeLots();
            long volume = observed > 0 && !Double.isInfinite(observed) ? (long) Math.min(Long.MAX_VALUE / 2, observed)
                    : 0;
            long lots = pov.child(volume, state.remainingLots(), state.last());
            return lots > 0 ? new ChildDecision(lots, aggression) : ChildDecision.WAIT;
        };
    }
}
