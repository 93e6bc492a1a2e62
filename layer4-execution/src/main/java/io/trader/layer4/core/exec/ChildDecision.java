package io.trader.layer4.core.exec;

/**
 * One decision of an execution policy: the child order's size in lots (0 waits this interval) and how it takes
 * liquidity. A child never exceeds the parent's remaining size (the runner cuts it).
 */
public record ChildDecision(long lots, Aggression aggression) {

    public static final ChildDecision WAIT = new ChildDecision(0, Aggression.MARKET);

    public ChildDecision {
        if (lots < 0 || aggression == null) {
            throw new IllegalArgumentException("lots >= 0 and an aggression are required: " + lots);
        }
    }
}
