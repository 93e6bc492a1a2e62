package io.trader.layer0.core.indicators;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * ATR 14/21, Bollinger bands (20, 2 population sigmas) and realised volatility over 24 returns. First bar
 * (counted from 1): {@code ATR_n}: n + 1 (true range from bar 2; mean of the first n, then Wilder);
 * {@code BB_*}: 20; {@code REALIZED_VOL_24}: 25. The bands come from close ticks with exact integer sums
 * ({@link TickWindow}); {@code BB_WIDTH = (upper - lower) / middle}, {@code BB_PERCENT_B = (close - lower)
 * / (upper - lower)}, and 0.5 when the 20 closes are all equal (the bands collapse onto the close).
 * Realised volatility is {@code sqrt(sum of the last 24 squared log returns)} ({@link RollingSum}).
 */
public final class VolatilityBands {

    public static final int BB = 20;
    public static final double BB_SIGMAS = 2;
    public static final int RV = 24;

    private final WilderAverage atr14 = new WilderAverage(14);
    private final WilderAverage atr21 = new WilderAverage(21);
    private final TickWindow bands = new TickWindow(BB);
    private final RollingSum squaredReturns = new RollingSum(RV);

    /** First bar (from 1) of the features written here. */
    public static int firstBar(Feature f) {
        return switch (f) {
            case ATR_14 -> 15;
            case ATR_21 -> 22;
            case BB_MIDDLE, BB_UPPER, BB_LOWER, BB_WIDTH, BB_PERCENT_B -> BB;
            case REALIZED_VOL_24 -> RV + 1;
            default -> throw new IllegalArgumentException("not a volatility feature: " + f);
        };
    }

    /**
     * @param trueRange true range as a price, {@code NaN} on the first bar
     * @param logReturn log return, {@code NaN} on the first bar
     */
    /** @param perTick price units per tick (1 / ticks per unit) */
    public void onBar(long closeTicks, double perTick, double trueRange, double logReturn, FeatureVector out) {
        if (!Double.isNaN(trueRange)) {
            atr14.add(trueRange);
            atr21.add(trueRange);
            squaredReturns.add(logReturn * logReturn);
        }
        out.set(Feature.ATR_14, atr14.value());
        out.set(Feature.ATR_21, atr21.value());
        out.set(Feature.REALIZED_VOL_24, squaredReturns.full() ? Math.sqrt(squaredReturns.sum()) : Double.NaN);
        bands.add(closeTicks);
        if (!bands.full()) {
            out.set(Feature.BB_MIDDLE, Double.NaN);
            out.set(Feature.BB_UPPER, Double.NaN);
            out.set(Feature.BB_LOWER, Double.NaN);
            out.set(Feature.BB_WIDTH, Double.NaN);
            out.set(Feature.BB_PERCENT_B, Double.NaN);
            return;
        }
        double sigmaTicks = Math.sqrt(bands.populationVariance());
        double mid = bands.mean() * perTick;
        double band = BB_SIGMAS * sigmaTicks * perTick;
        double upper = mid + band;
        double lower = mid - band;
        out.set(Feature.BB_MIDDLE, mid);
        out.set(Feature.BB_UPPER, upper);
        out.set(Feature.BB_LOWER, lower);
        out.set(Feature.BB_WIDTH, (upper - lower) / mid);
        // (close - lower) / (upper - lower) = 1/2 + (close - mean) / (2 k sigma), with close - mean from the
        // exact tick numerator: no cancellation when the close sits on a band
        out.set(Feature.BB_PERCENT_B, sigmaTicks == 0 ? 0.5
                : 0.5 + bands.deviation(closeTicks) / (2 * BB_SIGMAS * sigmaTicks));
    }

    public void reset() {
        atr14.reset();
        atr21.reset();
        bands.reset();
        squaredReturns.reset();
    }
}
