package io.trader.layer5.core;

import io.trader.core.domain.Money;

/**
 * Pre-trade limits and breaker thresholds. Money in cash units ({@link Money}); defaults in {@link #DEFAULT}.
 *
 * @param maxOrderNotional     largest notional one order may add to the exposure: all of an order that opens or
 *                             grows a position, the new side of a flip; orders that only reduce are never
 *                             limited (default 100 000 quote units, e.g. USDT)
 * @param maxGrossLeverage     largest gross exposure / equity an order may lead to (default 3.0)
 * @param maxPositionNotional  largest |position + open orders| notional per instrument (default 100 000)
 * @param priceBandBps         largest distance of a limit price from the last price, in bps (default 500 = 5%)
 * @param maxDailyLossFraction daily loss breaker: trips when equity falls this fraction below the equity at the
 *                             start of the UTC day (default 0.05)
 * @param maxDrawdownFraction  drawdown breaker: trips when equity falls this fraction below its peak, and
 *                             stays tripped until reset (default 0.20)
 */
public record RiskLimits(long maxOrderNotional, double maxGrossLeverage, long maxPositionNotional,
                         double priceBandBps, double maxDailyLossFraction, double maxDrawdownFraction) {

    public static final RiskLimits DEFAULT = new RiskLimits(100_000 * Money.ONE, 3.0, 100_000 * Money.ONE, 500,
            0.05, 0.20);

    public RiskLimits {
        if (maxOrderNotional <= 0 || maxPositionNotional <= 0) {
            throw new IllegalArgumentException("notional limits must be positive");
        }
        if (!(maxGrossLeverage > 0) || Double.isInfinite(maxGrossLeverage)) {
            throw new IllegalArgumentException("maxGrossLeverage must be positive and finite: " + maxGrossLeverage);
        }
        if (!(priceBandBps > 0) || Double.isInfinite(priceBandBps)) {
            throw new IllegalArgumentException("priceBandBps must be positive and finite: " + priceBandBps);
        }
        if (!(maxDailyLossFraction > 0 && maxDailyLossFraction <= 1)) {
            throw new IllegalArgumentException("maxDailyLossFraction must be in (0, 1]: " + maxDailyLossFraction);
        }
        if (!(maxDrawdownFraction > 0 && maxDrawdownFraction <= 1)) {
            throw new IllegalArgumentException("maxDrawdownFraction must be in (0, 1]: " + maxDrawdownFraction);
        }
    }
}
