package io.trader.layer4.core.exec;

/** The whole parent as one child at the first decision: the platform's behaviour before parent orders. */
public record ImmediateAlgorithm(Aggression aggression) implements ExecutionAlgorithm {

    public static final String NAME = "immediate";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionPolicy start(ExecParent parent) {
        return state -> new ChildDecision(state.remainingLots(), aggression);
    }
}
