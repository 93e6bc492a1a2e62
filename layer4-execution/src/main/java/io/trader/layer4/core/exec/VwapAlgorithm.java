package io.trader.layer4.core.exec;

import io.trader.layer4.core.algo.Twap;
import io.trader.layer4.core.algo.VolumeCurve;
import io.trader.layer4.core.algo.Vwap;

/**
 * VWAP: slices proportional to the historical intraday volume curve over the parent's horizon (from its start
 * minute of the day, UTC). A horizon shorter than one minute per decision cannot use a minute curve: TWAP then.
 */
public record VwapAlgorithm(VolumeCurve curve, Aggression aggression) implements ExecutionAlgorithm {

    public static final String NAME = "vwap";

    public VwapAlgorithm {
        if (curve == null || aggression == null) {
            throw new IllegalArgumentException("a volume curve and an aggression are required");
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
                int horizonMinutes = (int) Math.min(Integer.MAX_VALUE, parent.horizonMillis() / 60_000L);
                if (horizonMinutes < parent.decisions()) {
                    return spread(Twap.slices(parent.lots(), parent.decisions(), parent.minLots()),
                            parent.decisions());
                }
                int startMinute = (int) Math.floorMod(parent.startMillis() / 60_000L, 1440L);
                return spread(Vwap.slices(curve, parent.lots(), startMinute, horizonMinutes, parent.decisions(),
                        parent.minLots()), parent.decisions());
            }
        };
    }
}
