package io.trader.layer4.core.plan;

import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ExecutionAlgorithm;
import io.trader.layer4.core.exec.ImmediateAlgorithm;

/**
 * Which algorithm works the engine's target moves, in how many decisions {@code barsPerDecision} bars apart.
 * {@link #IMMEDIATE}: every move is one order per leg at once (no parent), as before parent orders existed.
 */
public record ExecutionChoice(ExecutionAlgorithm algorithm, int decisions, int barsPerDecision) {

    public static final ExecutionChoice IMMEDIATE = new ExecutionChoice(new ImmediateAlgorithm(Aggression.MARKET), 1, 1);

    public ExecutionChoice {
        if (algorithm == null || decisions < 1 || barsPerDecision < 1) {
            throw new IllegalArgumentException("an algorithm, decisions >= 1 and barsPerDecision >= 1 are required: "
                    + decisions + " " + barsPerDecision);
        }
    }

    public boolean immediate() {
        return algorithm instanceof ImmediateAlgorithm;
    }
}
