package io.trader.layer0.core.indicators;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

import static io.trader.core.signal.Feature.EMA_10;
import static io.trader.core.signal.Feature.EMA_100;
import static io.trader.core.signal.Feature.EMA_20;
import static io.trader.core.signal.Feature.EMA_200;
import static io.trader.core.signal.Feature.EMA_5;
import static io.trader.core.signal.Feature.EMA_50;
import static io.trader.core.signal.Feature.SMA_10;
import static io.trader.core.signal.Feature.SMA_100;
import static io.trader.core.signal.Feature.SMA_20;
import static io.trader.core.signal.Feature.SMA_200;
import static io.trader.core.signal.Feature.SMA_5;
import static io.trader.core.signal.Feature.SMA_50;
import static io.trader.core.signal.Feature.WMA_10;
import static io.trader.core.signal.Feature.WMA_100;
import static io.trader.core.signal.Feature.WMA_20;
import static io.trader.core.signal.Feature.WMA_200;
import static io.trader.core.signal.Feature.WMA_5;
import static io.trader.core.signal.Feature.WMA_50;

/**
 * Fixed-period moving averages of close and MACD. First bar (counted from 1):
 * {@code SMA_n}, {@code WMA_n}, {@code EMA_n}: bar n; {@code MACD}: bar 26;
 * {@code MACD_SIGNAL}, {@code MACD_HIST}: bar 34 (the signal EMA(9) is seeded with the mean of the first
 * nine MACD values, bars 26..34). SMA and WMA are exact on close ticks ({@link LinearWindow}); the EMAs
 * read close as a double and are seeded with the SMA of their first n inputs ({@link ExponentialAverage}).
 */
public final class MovingAverages {

    /** The periods of the fixed moving averages. */
    public static final int[] PERIODS = {5, 10, 20, 50, 100, 200};
    public static final int MACD_FAST = 12;
    public static final int MACD_SLOW = 26;
    public static final int MACD_SIGNAL = 9;
    private static final Feature[] SMA = {SMA_5, SMA_10, SMA_20, SMA_50, SMA_100, SMA_200};
    private static final Feature[] WMA = {WMA_5, WMA_10, WMA_20, WMA_50, WMA_100, WMA_200};
    private static final Feature[] EMA = {EMA_5, EMA_10, EMA_20, EMA_50, EMA_100, EMA_200};

    private final LinearWindow[] windows = new LinearWindow[PERIODS.length];
    private final ExponentialAverage[] emas = new ExponentialAverage[PERIODS.length];
    private final ExponentialAverage macdFast = new ExponentialAverage(MACD_FAST);
    private final ExponentialAverage macdSlow = new ExponentialAverage(MACD_SLOW);
    private final ExponentialAverage signal = new ExponentialAverage(MACD_SIGNAL);

    public MovingAverages() {
        for (int i = 0; i < PERIODS.length; i++) {
            windows[i] = new LinearWindow(PERIODS[i]);
            emas[i] = new ExponentialAverage(PERIODS[i]);
        }
    }

    /** First bar (from 1) of the features written here. */
    public static int firstBar(Feature f) {
        return switch (f) {
            case SMA_5, WMA_5, EMA_5 -> 5;
            case SMA_10, WMA_10, EMA_10 -> 10;
            case SMA_20, WMA_20, EMA_20 -> 20;
            case SMA_50, WMA_50, EMA_50 -> 50;
            case SMA_100, WMA_100, EMA_100 -> 100;
            case SMA_200, WMA_200, EMA_200 -> 200;
            case MACD -> MACD_SLOW;
            case MACD_SIGNAL, MACD_HIST -> MACD_SLOW + MACD_SIGNAL - 1;
            default -> throw new IllegalArgumentException("not a moving-average feature: " + f);
        };
    }

    /**
     * @param closeTicks close in ticks
     * @param close      close as a price
     * @param perTick    price units per tick (1 / ticks per unit)
     */
    public void onBar(long closeTicks, double close, double perTick, FeatureVector out) {
        for (int i = 0; i < PERIODS.length; i++) {
            LinearWindow w = windows[i];
            w.add(closeTicks);
            emas[i].add(close);
            boolean full = w.full();
            out.set(SMA[i], full ? w.mean() * perTick : Double.NaN);
            out.set(WMA[i], full ? w.weightedMean() * perTick : Double.NaN);
            out.set(EMA[i], emas[i].value());
        }
        macdFast.add(close);
        macdSlow.add(close);
        double line = macdFast.value() - macdSlow.value();
        double sig = Double.NaN;
        if (!Double.isNaN(line)) {
            signal.add(line);
            sig = signal.value();
        }
        out.set(Feature.MACD, line);
        out.set(Feature.MACD_SIGNAL, sig);
        out.set(Feature.MACD_HIST, line - sig);
    }

    public void reset() {
        for (int i = 0; i < PERIODS.length; i++) {
            windows[i].reset();
            emas[i].reset();
        }
        macdFast.reset();
        macdSlow.reset();
        signal.reset();
    }
}
