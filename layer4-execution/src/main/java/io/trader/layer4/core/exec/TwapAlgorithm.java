package io.trader.layer4.core.exec;

import io.trader.layer4.core.algo.Twap;

/** TWAP: equal slices at every decision ({@link Twap}: remainder front-loaded, minimum size respected). */
public record TwapAlgorithm(Aggression aggression) implements ExecutionAlgorithm {

    public static final String NAME = "twap";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionPolicy start(ExecParent parent) {
        return new SchedulePolicy(parent, aggression) {
            @Override
            long[] plan(ExecState arrival) {
                return spread(Twap.slices(parent.lots(), parent.decisions(), parent.minLots()), parent.decisions());
            }
        };
    }
}
