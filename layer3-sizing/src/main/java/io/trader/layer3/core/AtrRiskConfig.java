package io.trader.layer3.core;

import io.trader.core.domain.Money;

import java.util.List;

/**
 * Parameters of {@link AtrRiskSizer} (risk per trade with ATR stops). Every field is validated; the message names
 * the field and its allowed range.
 *
 * @param riskFraction        cash lost if the stop is hit, as a fraction of equity, in (0, 0.05] (default 0.005 =
 *                            0.5 % of equity per trade)
 * @param stopAtr             stop distance in ATRs: stop = entry - stopAtr x ATR for a long, + for a short; in
 *                            (0, 20] (default 1.5)
 * @param baseLeverage        leverage allowed when the market is as volatile as {@code referenceVolatility}, in
 *                            [1, maxLeverage] (default 5)
 * @param maxLeverage         ceiling of the leverage, in [1, 20] (default {@link #RECOMMENDED_MAX_LEVERAGE} = 10).
 *                            <b>Values above 10 are allowed but not recommended</b>: at 20x a 5 % adverse move
 *                            wipes out the margin before most stops can fill.
 * @param referenceVolatility ATR / close (per bar) at which the leverage equals {@code baseLeverage}; the vol
 *                            factor is {@code referenceVolatility / (ATR / close)}; in (0, 1) (default 0.01 = an
 *                            ATR of 1 % of the price, typical of an hourly crypto major)
 * @param takeProfitR         take-profit levels in multiples R of the stop distance, each in (0, 100], strictly
 *                            increasing, 1 to 10 of them (default [1, 2, 3])
 * @param maxPositionNotional maximum |position notional| in cash units of {@link Money}, positive (default 50,000
 *                            USDT)
 * @param maxOrderNotional    the most one order may add to the exposure, in cash units, valued at the close, the
 *                            risk layer's {@code maxOrderNotional}, positive (default
 *                            {@link SizingConfig#DEFAULT_MAX_ORDER_NOTIONAL}); reducing is never capped
 * @param rebalanceBand       minimum |target - current| notional, as a fraction of equity, worth trading, in
 *                            [0, 1) (default 0: every entry trades)
 * @param longOnly            whether a negative forecast goes flat instead of short (default false)
 */
public record AtrRiskConfig(double riskFraction, double stopAtr, double baseLeverage, double maxLeverage,
                            double referenceVolatility, List<Double> takeProfitR, long maxPositionNotional,
                            long maxOrderNotional, double rebalanceBand, boolean longOnly) {

    /** The highest leverage the design recommends; {@link #maxLeverage()} may go up to 20. */
    public static final double RECOMMENDED_MAX_LEVERAGE = 10;

    /** The highest leverage accepted at all. */
    public static final double LEVERAGE_LIMIT = 20;

    public static final List<Double> DEFAULT_TAKE_PROFIT_R = List.of(1.0, 2.0, 3.0);

    public static final AtrRiskConfig DEFAULT = new AtrRiskConfig(0.005, 1.5, 5, RECOMMENDED_MAX_LEVERAGE, 0.01,
            DEFAULT_TAKE_PROFIT_R, 50_000 * Money.ONE, SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL, 0.0, false);

    public AtrRiskConfig {
        if (!(riskFraction > 0 && riskFraction <= 0.05)) {
            throw new IllegalArgumentException("riskFraction must be in (0, 0.05], was " + riskFraction);
        }
        if (!(stopAtr > 0 && stopAtr <= 20)) {
            throw new IllegalArgumentException("stopAtr must be in (0, 20], was " + stopAtr);
        }
        if (!(maxLeverage >= 1 && maxLeverage <= LEVERAGE_LIMIT)) {
            throw new IllegalArgumentException("maxLeverage must be in [1, 20] (10 recommended), was " + maxLeverage);
        }
        if (!(baseLeverage >= 1 && baseLeverage <= maxLeverage)) {
            throw new IllegalArgumentException("baseLeverage must be in [1, maxLeverage = " + maxLeverage
                    + "], was " + baseLeverage);
        }
        if (!(referenceVolatility > 0 && referenceVolatility < 1)) {
            throw new IllegalArgumentException("referenceVolatility must be in (0, 1) (ATR / close), was "
                    + referenceVolatility);
        }
        if (takeProfitR == null || takeProfitR.isEmpty() || takeProfitR.size() > 10) {
            throw new IllegalArgumentException("takeProfitR must be a list of 1 to 10 multiples, was " + takeProfitR);
        }
        takeProfitR = List.copyOf(takeProfitR);
        double previous = 0;
        for (Double r : takeProfitR) {
            if (!(r > previous && r <= 100)) {
                throw new IllegalArgumentException(
                        "takeProfitR must be strictly increasing multiples in (0, 100], was " + takeProfitR);
            }
            previous = r;
        }
        if (maxPositionNotional <= 0) {
            throw new IllegalArgumentException("maxPositionNotional must be positive, was " + maxPositionNotional);
        }
        if (maxOrderNotional <= 0) {
            throw new IllegalArgumentException("maxOrderNotional must be positive, was " + maxOrderNotional);
        }
        if (!(rebalanceBand >= 0 && rebalanceBand < 1)) {
            throw new IllegalArgumentException("rebalanceBand must be in [0, 1), was " + rebalanceBand);
        }
    }

    /** Whether the leverage ceiling is above the recommended 10 (allowed, worth a warning where it is set). */
    public boolean aboveRecommendedLeverage() {
        return maxLeverage > RECOMMENDED_MAX_LEVERAGE;
    }

    /** The same with other leverage settings. */
    public AtrRiskConfig withLeverage(double base, double max) {
        return new AtrRiskConfig(riskFraction, stopAtr, base, max, referenceVolatility, takeProfitR,
                maxPositionNotional, maxOrderNotional, rebalanceBand, longOnly);
    }
}
