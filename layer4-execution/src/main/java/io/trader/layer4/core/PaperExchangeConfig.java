package io.trader.layer4.core;

/**
 * How the paper venue fills orders. Every default is documented on its component and collected in
 * {@link #DEFAULT}.
 *
 * <p>A taker fill of {@code q} base units when the known bar volume is {@code V} executes at
 * {@code open x (1 ± (halfSpreadBps + impactCoefficientBps x sqrt(q / V)) / 10_000)}: buys pay up
 * (rounded up to a tick), sells receive less (rounded down). The impact term follows the square-root
 * law of market impact, so doubling the size costs about 1.41x as much per unit, not 2x. The known bar
 * volume is the mean volume of the instrument's last {@code volumeWindowBars} bars before the fill bar: the
 * fill happens at the bar's open, when its own volume is not known yet.
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
 *                             whole known bar volume costs 10 bps beyond the half spread)
 * @param maxParticipation     largest fraction of volume our orders may fill on one bar, in (0, 1] (default
 *                             0.25): of the known bar volume for taker fills at the open, of the volume estimated
 *                             to trade through the limit for resting limits; the rest carries to later bars
 *                             (market and resting limit orders) or is cancelled (IOC)
 * @param volumeWindowBars     how many of an instrument's latest bars before the fill bar make its known bar
 *                             volume (their mean; fewer while fewer are known, none before its first bar: then no
 *                             taker fill), in [1, 100000] (default {@value #DEFAULT_VOLUME_WINDOW_BARS})
 */
public record PaperExchangeConfig(double takerFeeBps, double makerFeeBps, long latencyMillis, double halfSpreadBps,
                                  double impactCoefficientBps, double maxParticipation, int volumeWindowBars) {

    /** Bars whose mean volume is the known volume, unless configured: 20 (20 minutes of 1m bars, 20 h of 1h). */
    public static final int DEFAULT_VOLUME_WINDOW_BARS = 20;
    public static final int MAX_VOLUME_WINDOW_BARS = 100_000;

    /**
     * Hyperliquid base-tier fees, no latency, 0.5 bps half spread, 10 bps impact coefficient, 25% participation,
     * known volume over the last 20 bars.
     */
    public static final PaperExchangeConfig DEFAULT = new PaperExchangeConfig(4.5, 1.5, 0, 0.5, 10.0, 0.25,
            DEFAULT_VOLUME_WINDOW_BARS);

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
        if (volumeWindowBars < 1 || volumeWindowBars > MAX_VOLUME_WINDOW_BARS) {
            throw new IllegalArgumentException("volumeWindowBars must be in [1, " + MAX_VOLUME_WINDOW_BARS + "]: "
                    + volumeWindowBars);
        }
    }

    /** The default known-volume window ({@value #DEFAULT_VOLUME_WINDOW_BARS} bars). */
    public PaperExchangeConfig(double takerFeeBps, double makerFeeBps, long latencyMillis, double halfSpreadBps,
                               double impactCoefficientBps, double maxParticipation) {
        this(takerFeeBps, makerFeeBps, latencyMillis, halfSpreadBps, impactCoefficientBps, maxParticipation,
                DEFAULT_VOLUME_WINDOW_BARS);
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
        }
    }

    public PaperExchangeConfig withFees(double takerBps, double makerBps) {
        return new PaperExchangeConfig(takerBps, makerBps, latencyMillis, halfSpreadBps, impactCoefficientBps,
                maxParticipation, volumeWindowBars);
    }

    public PaperExchangeConfig withLatencyMillis(long millis) {
        return new PaperExchangeConfig(takerFeeBps, makerFeeBps, millis, halfSpreadBps, impactCoefficientBps,
                maxParticipation, volumeWindowBars);
    }

    public PaperExchangeConfig withSlippage(double halfSpread, double impactCoefficient) {
        return new PaperExchangeConfig(takerFeeBps, makerFeeBps, latencyMillis, halfSpread, impactCoefficient,
                maxParticipation, volumeWindowBars);
    }

    public PaperExchangeConfig withMaxParticipation(double fraction) {
        return new PaperExchangeConfig(takerFeeBps, makerFeeBps, latencyMillis, halfSpreadBps, impactCoefficientBps,
                fraction, volumeWindowBars);
    }

    public PaperExchangeConfig withVolumeWindowBars(int bars) {
        return new PaperExchangeConfig(takerFeeBps, makerFeeBps, latencyMillis, halfSpreadBps, impactCoefficientBps,
                maxParticipation, bars);
    }
}
