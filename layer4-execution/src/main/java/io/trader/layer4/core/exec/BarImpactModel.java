package io.trader.layer4.core.exec;

/**
 * The fill model of {@link BarEpisodeMarket}; every estimate uses bars closed before the decision.
 *
 * <ul>
 *   <li>Half spread: {@code max(minHalfSpreadBps, Roll)} where Roll = sqrt(-cov(dP_t, dP_t-1)) of the trailing
 *       1m close changes (in bps of the price; 0 when the autocovariance is not negative); or a fixed value when
 *       {@code fixedHalfSpreadBps >= 0}.</li>
 *   <li>Temporary impact of a market order of q base units (square-root law, Toth et al. 2011):
 *       {@code impactY * sigma1m * sqrt(q / v1m)} bps, sigma1m = stdev of the trailing 1m log returns (bps),
 *       v1m = mean 1m volume of the trailing window (base units). The law is invariant to the time scale, so 1m
 *       quantities are used directly.</li>
 *   <li>Permanent impact: {@code permanentShare} x the temporary impact moves every later price (fills and
 *       observations) against the parent.</li>
 *   <li>Resting limits (JOIN at our touch, INSIDE one tick better, never past the mid): a bar fills a buy limit L
 *       only when its low trades strictly through L, and then only {@code throughShare} of the volume estimated
 *       below L: {@code volume x (L - low) / (high - low)} (a share of the bar's range, spread evenly).</li>
 *   <li>Fees in bps of notional: taker for market fills, maker for limit fills (negative = rebate).</li>
 * </ul>
 *
 * @param windowBars trailing bars for volatility, volume and the spread estimate (and the episode warm-up)
 */
public record BarImpactModel(double minHalfSpreadBps, double fixedHalfSpreadBps, double impactY,
                             double permanentShare, double throughShare, double tickSize, double takerFeeBps,
                             double makerFeeBps, int windowBars) {

    public BarImpactModel {
        if (!(minHalfSpreadBps >= 0) || !(impactY >= 0) || !(permanentShare >= 0 && permanentShare <= 1)
                || !(throughShare >= 0 && throughShare <= 1) || !(tickSize > 0) || windowBars < 3
                || Double.isNaN(fixedHalfSpreadBps) || Double.isNaN(takerFeeBps) || Double.isNaN(makerFeeBps)) {
            throw new IllegalArgumentException("bar impact model: minHalfSpreadBps >= 0, impactY >= 0, permanentShare "
                    + "and throughShare in [0, 1], tickSize > 0, windowBars >= 3");
        }
    }

    /**
     * Defaults for BTC/USDT spot 1m bars: spread from the Roll estimator (floored at 0.05 bps), Y = 1,
     * a quarter of the impact permanent, a quarter of the through-volume to a resting limit, 0.01 tick, no fees
     * (so the table measures execution, not the fee tier), 60-bar window.
     */
    public static BarImpactModel defaults() {
        return new BarImpactModel(0.05, -1, 1.0, 0.25, 0.25, 0.01, 0, 0, 60);
    }

    public BarImpactModel withFixedHalfSpread(double bps) {
        return new BarImpactModel(minHalfSpreadBps, bps, impactY, permanentShare, throughShare, tickSize,
                takerFeeBps, makerFeeBps, windowBars);
    }

    public BarImpactModel withImpact(double y, double permanent) {
        return new BarImpactModel(minHalfSpreadBps, fixedHalfSpreadBps, y, permanent, throughShare, tickSize,
                takerFeeBps, makerFeeBps, windowBars);
    }

    public BarImpactModel withThroughShare(double share) {
        return new BarImpactModel(minHalfSpreadBps, fixedHalfSpreadBps, impactY, permanentShare, share, tickSize,
                takerFeeBps, makerFeeBps, windowBars);
    }

    public BarImpactModel withWindow(int bars) {
        return new BarImpactModel(minHalfSpreadBps, fixedHalfSpreadBps, impactY, permanentShare, throughShare,
                tickSize, takerFeeBps, makerFeeBps, bars);
    }
}
