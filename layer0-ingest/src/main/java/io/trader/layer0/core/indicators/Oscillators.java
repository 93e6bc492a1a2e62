package io.trader.layer0.core.indicators;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * RSI 14/21/34, stochastic %K(14)/%D(3), Williams %R(14) and ROC(10). First bar (counted from 1):
 * {@code RSI_n}: n + 1 (changes start at bar 2; first average = mean of the first n, then Wilder);
 * {@code STOCH_K}, {@code WILLIAMS_R}: 14; {@code STOCH_D}: 16 (mean of the last three %K);
 * {@code ROC_10}: 11. Highest high and lowest low are exact on ticks ({@link ExtremeWindow}). When the
 * 14-bar range is zero (every high and low equal) %K is 50 and %R is -50: the close sits at both ends.
 * RSI is 100 when the average loss is 0 (as the configurable {@code RSI}).
 */
public final class Oscillators {

    public static final int STOCH = 14;
    public static final int STOCH_SMOOTH = 3;
    public static final int ROC = 10;
    private static final int[] RSI_PERIODS = {14, 21, 34};
    private static final Feature[] RSI = {Feature.RSI_14, Feature.RSI_21, Feature.RSI_34};

    private final WilderAverage[] gains = new WilderAverage[RSI_PERIODS.length];
    private final WilderAverage[] losses = new WilderAverage[RSI_PERIODS.length];
    private final ExtremeWindow highest = ExtremeWindow.highest(STOCH);
    private final ExtremeWindow lowest = ExtremeWindow.lowest(STOCH);
    private final double[] lastK = new double[STOCH_SMOOTH];
    private final double[] closes = new double[ROC];
    private long count;
    private int rocSlot;
    private int kSlot;

    public Oscillators() {
        for (int i = 0; i < RSI_PERIODS.length; i++) {
            gains[i] = new WilderAverage(RSI_PERIODS[i]);
            losses[i] = new WilderAverage(RSI_PERIODS[i]);
        }
    }

    /** First bar (from 1) of the features written here. */
    public static int firstBar(Feature f) {
        return switch (f) {
            case RSI_14 -> 15;
            case RSI_21 -> 22;
            case RSI_34 -> 35;
            case STOCH_K, WILLIAMS_R -> STOCH;
            case STOCH_D -> STOCH + STOCH_SMOOTH - 1;
            case ROC_10 -> ROC + 1;
            default -> throw new IllegalArgumentException("not an oscillator feature: " + f);
        };
    }

    /** RSI from Wilder averages; NaN while they are, 100 when the average loss is 0. */
    public static double rsi(double gain, double loss) {
        if (Double.isNaN(gain) || Double.isNaN(loss)) {
            return Double.NaN;
        }
        return loss == 0 ? 100 : 100 - 100 / (1 + gain / loss);
    }

    /**
     * @param high       high in ticks
     * @param low        low in ticks
     * @param close      close in ticks
     * @param closePrice close as a price
     * @param change     close - previous close as prices, ignored on the first bar
     */
    public void onBar(long high, long low, long close, double closePrice, double change, FeatureVector out) {
        double closeAgo = closes[rocSlot];
        closes[rocSlot] = closePrice;
        rocSlot = rocSlot + 1 == ROC ? 0 : rocSlot + 1;
        boolean hasPrev = count > 0;
        count++;
        for (int i = 0; i < RSI_PERIODS.length; i++) {
            if (hasPrev) {
                gains[i].add(change > 0 ? change : 0);
                losses[i].add(change < 0 ? -change : 0);
            }
            out.set(RSI[i], rsi(gains[i].value(), losses[i].value()));
        }
        highest.add(high);
        lowest.add(low);
        double k = Double.NaN;
        double williams = Double.NaN;
        if (highest.full()) {
            long hh = highest.value();
            long ll = lowest.value();
            k = hh == ll ? 50 : 100.0 * (close - ll) / (hh - ll);
            williams = hh == ll ? -50 : -100.0 * (hh - close) / (hh - ll);
        }
        lastK[kSlot] = k;
        kSlot = kSlot + 1 == STOCH_SMOOTH ? 0 : kSlot + 1;
        out.set(Feature.STOCH_K, k);
        out.set(Feature.WILLIAMS_R, williams);
        out.set(Feature.STOCH_D, count >= STOCH + STOCH_SMOOTH - 1 ? (lastK[0] + lastK[1] + lastK[2]) / 3 : Double.NaN);
        out.set(Feature.ROC_10, count > ROC ? 100 * (closePrice / closeAgo - 1) : Double.NaN);
    }

    public void reset() {
        for (int i = 0; i < RSI_PERIODS.length; i++) {
            gains[i].reset();
            losses[i].reset();
        }
        highest.reset();
        lowest.reset();
        count = 0;
        rocSlot = 0;
        kSlot = 0;
    }
}
