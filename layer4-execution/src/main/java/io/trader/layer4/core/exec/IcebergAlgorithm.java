package io.trader.layer4.core.exec;

import io.trader.layer4.core.algo.Iceberg;

/**
 * Iceberg: shows a clip of {@code clipSlices} TWAP slices at a time (passive by default: JOIN); the clip shrinks
 * with fills and refills from the hidden rest once used up; the deadline forces out what is left.
 */
public record IcebergAlgorithm(double clipSlices, Aggression aggression) implements ExecutionAlgorithm {

    public static final String NAME = "iceberg";

    public IcebergAlgorithm {
        if (!(clipSlices > 0) || aggression == null) {
            throw new IllegalArgumentException("iceberg needs clipSlices > 0: " + clipSlices);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionPolicy start(ExecParent parent) {
        long clip = Math.max(1, (long) Math.floor(clipSlices * parent.sliceLots()));
        Iceberg ice = new Iceberg(parent.lots(), clip, parent.minLots());
        return new ExecutionPolicy() {
            @Override
            public ChildDecision decide(ExecState state) {
                if (state.last()) {
                    return new ChildDecision(state.remainingLots(), aggression);
                }
                long show = Math.min(ice.visible(), state.remainingLots());
                return show > 0 ? new ChildDecision(show, aggression) : ChildDecision.WAIT;
            }

            @Override
            public void onFill(long lots) {
                long left = lots;
                while (left > 0 && ice.visible() > 0) {
                    long take = Math.min(left, ice.visible());
                    ice.onFill(take);
                    left -= take;
                }
            }
        };
    }
}
