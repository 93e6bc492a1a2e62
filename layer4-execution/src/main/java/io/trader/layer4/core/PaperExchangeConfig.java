package io.trader.layer4.core;

/**
 * How the paper venue fills orders. Every default is documented on its component and collected in
 * {@link #DEFAULT}.
 *
 * <p>A taker fill of {@code q} base units on a bar with volume {@code V} executes at
 * {@code open x (1 ± (halfSpreadBps + impactCoefficientBps x sqrt(q / V)) / 10_000)}: buys pay up
 * (rounded up to a tick), sells receive less (rounded down). The impact term follows the square-root
 * law of market impact, so doubling the size costs about 1.41x as much per unit, not 2x.
 *
 * @param takerFeeBps          fee of fills that take liquidity, in bps of notional (default 4.5, the
 *                             Hyperliquid base perpetuals tier)
 * @param makerFeeBps          fee of fills that provide liquidity, in bps of notional; negative is a rebate
 *                             (default 1.5, Hyperliquid base perpetuals tier)
 * @param latencyMillis        an order submitted at {@code t} becomes eligible at {@code t + latencyMillis}
 *                             and can fill only on a bar whose open time is at or after that (default 0:
 *                             the next bar)
 * @param halfSpreadBps        fixed cost of crossing the spread for taker fills, in bps (default 0.5)
 * @param impactCoefficientBps coefficient of the square-root impact term, in bps (default 10: a fill of the
 *                             whole bar volume costs 10 bps beyond the half spread)
 * @param maxParticipation     largest fraction of a bar's volume one order may fill on that bar, in (0, 1]
 *                             (default 0.25); the rest carries to later bars (market and resting limit
 *                             orders) or is cancelled (IOC)
 */
public record PaperExchangeConfig(double takerFeeBps, double makerFeeBps, long latencyMillis, double halfSpreadBps,
                                  double impactCoefficientBps, double maxParticipation) {

    /** Hyperliquid base-tier fees, no latency, 0.5 bps half spread, 10 bps impact coefficient, 25% participation. */
    public static final PaperExchangeConfig DEFAULT = new PaperExchangeConfig(4.5, 1.5, 0, 0.5, 10.0, 0.25);

    public PaperExchangeConfig {
        requireRange("takerFeeBps", takerFeeBps, -10_000, 10_000);
        requireRange("makerFeeBps", makerFeeBps, -10_000, 10_000);
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latencyMillis must not be negative: " + latencyMillis);
        }
        requireRange("halfSpreadBps", halfSpreadBps, 0, 10_000);
        requireRange("impactCoefficientBps", impactCoefficientBps, 0, 10_000);
        if (!(maxParticipation > 0 && maxParticipation <= 1)) {
            throw new IllegalArgumentException("maxParticipation must be in (0, 1]: " + maxParticipation);
        }
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
        }
    }

    public PaperExchangeConfig withFees(double takerBps, double makerBps) {
        return new PaperExchangeConfig(takerBps, makerBps, latencyMillis, halfSpreadBps, impactCoefficientBps,
                maxParticipation);
    }

    public PaperExchangeConfig withLatencyMillis(long millis) {
        return new PaperExchangeConfig(takerFeeBps, makerFeeBps, millis, halfSpreadBps, impactCoefficientBps,
                maxParticipation);
    }

    public PaperExchangeConfig withSlippage(double halfSpread, double impactCoefficient) {
        return new PaperExchangeConfig(takerFeeBps, makerFeeBps, latencyMillis, halfSpread, impactCoefficient,
                maxParticipation);
    }

    public PaperExchangeConfig withMaxParticipation(double fraction) {
        return new PaperExchangeConfig(takerFeeBps, makerFeeBps, latencyMillis, halfSpreadBps, impactCoefficientBps,
                fraction);
    }
}
