package io.trader.layer3.core;

import io.trader.core.domain.Money;

import java.util.List;

/**
 * Parameters of {@link KellySizer} for one instrument.
 *
 * @param kellyFraction       multiplier on the full Kelly leverage, in (0, 1] (default 0.25)
 * @param maxLeverage         maximum |position notional| / equity, positive (default 1.0)
 * @param maxPositionNotional maximum |position notional| in cash units of {@link Money}, positive
 *                            (default 50,000 USDT)
 * @param minVolatility       floor of the per-bar volatility used in mu / sigma^2, positive
 *                            (default 0.0001 = 1 bp per bar)
 * @param rebalanceBand       minimum |target - current| notional, as a fraction of equity, worth trading,
 *                            in [0, 1) (default 0.05)
 * @param roundTripCostBps    cost of entering and leaving, in bps of notional; the expected return over
 *                            the horizon must exceed it (default 11 = 2 x 4.5 bps taker fee + 2 x 1 bp
 *                            slippage)
 * @param horizonBars         forecast horizon in bars, the same as the ensemble's (default 1)
 * @param maxOrderNotional    the most one order may add to the exposure, in cash units of {@link Money}, valued
 *                            at the close; the risk layer's {@code maxOrderNotional}, positive (default
 *                            {@link #DEFAULT_MAX_ORDER_NOTIONAL}). Reducing is never capped.
 * @param minProbabilityEdge  the least {@code |p - 0.5|} of a calibrated forecast probability {@code p} that may
 *                            open or add exposure, in [0, 0.5] (default 0: no gate); ignored when the forecast
 *                            carries no probability
 * @param regimeScale         multiplier on the applied fraction per regime (index = regime, 0 = calmest), each
 *                            finite and &gt;= 0; regimes beyond the list use its last value; not applied when the
 *                            forecast has no regime (default {@code [1]})
 */
public record SizingConfig(double kellyFraction, double maxLeverage, long maxPositionNotional,
                           double minVolatility, double rebalanceBand, double roundTripCostBps,
                           int horizonBars, long maxOrderNotional, double minProbabilityEdge,
                           List<Double> regimeScale) {

    /** No regime scaling: every regime sizes as without one. */
    public static final List<Double> NO_REGIME_SCALE = List.of(1.0);

    /** 100,000 USDT, the risk layer's default largest order. */
    public static final long DEFAULT_MAX_ORDER_NOTIONAL = 100_000 * Money.ONE;

    public static final SizingConfig DEFAULT =
            new SizingConfig(0.25, 1.0, 50_000 * Money.ONE, 1e-4, 0.05, 11.0, 1, DEFAULT_MAX_ORDER_NOTIONAL);

    public SizingConfig {
        if (!(kellyFraction > 0 && kellyFraction <= 1)) {
            throw new IllegalArgumentException("kellyFraction must be in (0, 1], was " + kellyFraction);
        }
        if (!(maxLeverage > 0) || !Double.isFinite(maxLeverage)) {
            throw new IllegalArgumentException("maxLeverage must be positive, was " + maxLeverage);
        }
        if (maxPositionNotional <= 0) {
            throw new IllegalArgumentException("maxPositionNotional must be positive, was " + maxPositionNotional);
        }
        if (!(minVolatility > 0) || !Double.isFinite(minVolatility)) {
            throw new IllegalArgumentException("minVolatility must be positive, was " + minVolatility);
        }
        if (!(rebalanceBand >= 0 && rebalanceBand < 1)) {
            throw new IllegalArgumentException("rebalanceBand must be in [0, 1), was " + rebalanceBand);
        }
        if (!(roundTripCostBps >= 0) || !Double.isFinite(roundTripCostBps)) {
            throw new IllegalArgumentException("roundTripCostBps must be >= 0, was " + roundTripCostBps);
        }
        if (horizonBars < 1) {
            throw new IllegalArgumentException("horizonBars must be >= 1, was " + horizonBars);
        }
        if (maxOrderNotional <= 0) {
            throw new IllegalArgumentException("maxOrderNotional must be positive, was " + maxOrderNotional);
        }
        if (!(minProbabilityEdge >= 0 && minProbabilityEdge <= 0.5)) {
            throw new IllegalArgumentException("minProbabilityEdge must be in [0, 0.5], was " + minProbabilityEdge);
        }
        regimeScale = List.copyOf(regimeScale);
        if (regimeScale.isEmpty()) {
            throw new IllegalArgumentException("regimeScale needs at least one multiplier");
        }
        for (Double m : regimeScale) {
            if (!(m >= 0) || !Double.isFinite(m)) {
                throw new IllegalArgumentException("regimeScale multipliers must be finite and >= 0, was "
                        + regimeScale);
            }
        }
    }

    /** Without the forecast gates: no probability edge required, no regime scaling. */
    public SizingConfig(double kellyFraction, double maxLeverage, long maxPositionNotional, double minVolatility,
                        double rebalanceBand, double roundTripCostBps, int horizonBars, long maxOrderNotional) {
        this(kellyFraction, maxLeverage, maxPositionNotional, minVolatility, rebalanceBand, roundTripCostBps,
                horizonBars, maxOrderNotional, 0.0, NO_REGIME_SCALE);
    }

    /** The same with the default order cap ({@link #DEFAULT_MAX_ORDER_NOTIONAL}). */
    public SizingConfig(double kellyFraction, double maxLeverage, long maxPositionNotional, double minVolatility,
                        double rebalanceBand, double roundTripCostBps, int horizonBars) {
        this(kellyFraction, maxLeverage, maxPositionNotional, minVolatility, rebalanceBand, roundTripCostBps,
                horizonBars, DEFAULT_MAX_ORDER_NOTIONAL);
    }

    public SizingConfig withMaxLeverage(double leverage) {
        return new SizingConfig(kellyFraction, leverage, maxPositionNotional, minVolatility, rebalanceBand,
                roundTripCostBps, horizonBars, maxOrderNotional, minProbabilityEdge, regimeScale);
    }

    /** The same with the probability gate and the regime multipliers. */
    public SizingConfig withForecastGates(double minProbabilityEdge, List<Double> regimeScale) {
        return new SizingConfig(kellyFraction, maxLeverage, maxPositionNotional, minVolatility, rebalanceBand,
                roundTripCostBps, horizonBars, maxOrderNotional, minProbabilityEdge, regimeScale);
    }

    /** The multiplier of {@code regime} (>= 0): its entry, or the last one for regimes beyond the list. */
    public double regimeMultiplier(int regime) {
        return regimeScale.get(Math.min(regime, regimeScale.size() - 1));
    }
}
