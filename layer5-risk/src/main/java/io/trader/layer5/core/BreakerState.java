package io.trader.layer5.core;

/**
 * One circuit breaker as operators see it.
 *
 * @param name    {@code daily_loss} or {@code max_drawdown}
 * @param tripped true while it halts new risk
 * @param detail  what tripped it ({@code ""} when clear)
 * @param since   when it tripped or cleared last (epoch ms; 0 when never)
 */
public record BreakerState(String name, boolean tripped, String detail, long since) {

    public BreakerState {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (detail == null) {
            detail = "";
        }
    }

    static BreakerState clear(String name, long since) {
        return new BreakerState(name, false, "", since);
    }
}
