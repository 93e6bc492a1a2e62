package io.trader.layer5.core;

/**
 * Everything the breakers remember, to save before and restore after a restart.
 *
 * @param utcDay         UTC day number (epoch ms / 86 400 000) of the latest equity point, or
 *                       {@link Long#MIN_VALUE} before the first
 * @param dayStartEquity equity of the first point of that day, cash units
 * @param peakEquity     peak equity the drawdown breaker measures from, cash units (0 before the first point)
 * @param dailyLoss      state of the daily loss breaker
 * @param drawdown       state of the max drawdown breaker
 */
public record BreakerMemory(long utcDay, long dayStartEquity, long peakEquity, BreakerState dailyLoss,
                            BreakerState drawdown) {

    public BreakerMemory {
        if (dailyLoss == null || drawdown == null) {
            throw new IllegalArgumentException("both breaker states are required");
        }
        if (!dailyLoss.name().equals(Breakers.DAILY_LOSS) || !drawdown.name().equals(Breakers.MAX_DRAWDOWN)) {
            throw new IllegalArgumentException("breaker states out of place: " + dailyLoss + ", " + drawdown);
        }
    }
}
