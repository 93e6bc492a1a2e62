package io.trader.layer3.core;

import io.trader.core.domain.Money;

/**
 * Parameters of {@link VolTargetSizer}. Every field is validated; the message names the field and its allowed
 * range.
 *
 * @param targetVolatility    annualised volatility the position should carry, in (0, 5] (default 0.20 = 20 %/year)
 * @param barsPerYear         bars in a year, used to annualise the per-bar {@code VOLATILITY} feature: realised
 *                            annual volatility = per-bar volatility x sqrt(barsPerYear); in [1, 600,000]
 *                            (default 8760 = hourly bars of a 24/7 market; 365 for daily crypto, 252 for daily
 *                            equities, 105,120 for 5-minute crypto bars)
 * @param minVolatility       floor of the per-bar volatility (so a dead market does not ask for infinite
 *                            leverage), in (0, 1) (default 0.0001 = 1 bp per bar)
 * @param maxLeverage         maximum |position notional| / equity, in (0, 20] (default 1.0)
 * @param maxPositionNotional maximum |position notional| in cash units of {@link Money}, positive (default 50,000
 *                            USDT)
 * @param maxOrderNotional    the most one order may add to the exposure, in cash units, valued at the close: the
 *                            risk layer's {@code maxOrderNotional}, positive (default
 *                            {@link SizingConfig#DEFAULT_MAX_ORDER_NOTIONAL}). Reducing is never capped.
 * @param rebalanceBand       minimum |target - current| notional, as a fraction of equity, worth trading, in
 *                            [0, 1) (default 0.05)
 * @param longOnly            whether a negative forecast goes flat instead of short (default false)
 * @param scaleByProbability  whether the target is multiplied by the forecast's conviction
 *                            {@code |2 p - 1|} when it carries a calibrated probability {@code p} (default true;
 *                            a forecast without probability is never scaled)
 */
public record VolTargetConfig(double targetVolatility, double barsPerYear, double minVolatility, double maxLeverage,
                              long maxPositionNotional, long maxOrderNotional, double rebalanceBand,
                              boolean longOnly, boolean scaleByProbability) {

    /** Hourly bars of a market open 24 hours a day, 365 days a year. */
    public static final double HOURLY_24_7 = 24 * 365;

    public static final VolTargetConfig DEFAULT = new VolTargetConfig(0.20, HOURLY_24_7, 1e-4, 1.0,
            50_000 * Money.ONE, SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL, 0.05, false, true);

    public VolTargetConfig {
        if (!(targetVolatility > 0 && targetVolatility <= 5)) {
            throw new IllegalArgumentException("targetVolatility must be in (0, 5] (annualised), was "
                    + targetVolatility);
        }
        if (!(barsPerYear >= 1 && barsPerYear <= 600_000)) {
            throw new IllegalArgumentException("barsPerYear must be in [1, 600000], was " + barsPerYear);
        }
        if (!(minVolatility > 0 && minVolatility < 1)) {
            throw new IllegalArgumentException("minVolatility must be in (0, 1) (per bar), was " + minVolatility);
        }
        if (!(maxLeverage > 0 && maxLeverage <= 20)) {
            throw new IllegalArgumentException("maxLeverage must be in (0, 20], was " + maxLeverage);
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

    /** The same with another target (annualised). */
    public VolTargetConfig withTargetVolatility(double target) {
        return new VolTargetConfig(target, barsPerYear, minVolatility, maxLeverage, maxPositionNotional,
                maxOrderNotional, rebalanceBand, longOnly, scaleByProbability);
    }
}
