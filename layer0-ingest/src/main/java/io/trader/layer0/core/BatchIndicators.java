package io.trader.layer0.core;

import io.trader.core.signal.Feature;

import static io.trader.layer0.core.BatchFeatures.mean;

/**
 * The fixed-period moving averages, oscillators and volatility features over whole arrays, the obvious
 * way (every window summed again from scratch): the reference for {@link IncrementalFeatureEngine}.
 * Prices are doubles; {@code out[feature.ordinal()][bar]} is pre-filled with {@code NaN}.
 */
final class BatchIndicators {

    private static final int[] PERIODS = {5, 10, 20, 50, 100, 200};
    private static final Feature[] SMA = {Feature.SMA_5, Feature.SMA_10, Feature.SMA_20, Feature.SMA_50,
        Feature.SMA_100, Feature.SMA_200};
    private static final Feature[] WMA = {Feature.WMA_5, Feature.WMA_10, Feature.WMA_20, Feature.WMA_50,
        Feature.WMA_100, Feature.WMA_200};
    private static final Feature[] EMA = {Feature.EMA_5, Feature.EMA_10, Feature.EMA_20, Feature.EMA_50,
        Feature.EMA_100, Feature.EMA_200};

    private BatchIndicators() {
    }

    static void averages(double[] close, double[][] out) {
        for (int k = 0; k < PERIODS.length; k++) {
            BatchFeatures.sma(close, PERIODS[k], out[SMA[k].ordinal()]);
            wma(close, PERIODS[k], out[WMA[k].ordinal()]);
            BatchFeatures.ema(close, PERIODS[k], out[EMA[k].ordinal()]);
        }
        int n = close.length;
        double[] fast = nan(n);
        double[] slow = nan(n);
        BatchFeatures.ema(close, 12, fast);
        BatchFeatures.ema(close, 26, slow);
        double[] line = out[Feature.MACD.ordinal()];
        for (int i = 25; i < n; i++) {
            line[i] = fast[i] - slow[i];
        }
        // signal: EMA(9) of the line, seeded with the mean of its first nine values (bars 26..34)
        double[] signal = out[Feature.MACD_SIGNAL.ordinal()];
        if (n >= 34) {
            double alpha = 2.0 / 10;
            signal[33] = mean(line, 25, 34);
            for (int i = 34; i < n; i++) {
                signal[i] = alpha * line[i] + (1 - alpha) * signal[i - 1];
            }
        }
        for (int i = 33; i < n; i++) {
            out[Feature.MACD_HIST.ordinal()][i] = line[i] - signal[i];
        }
    }

    static void wma(double[] x, int p, double[] out) {
        double total = p * (p + 1) / 2.0;
        for (int i = p - 1; i < x.length; i++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                s += (k + 1) * x[i - p + 1 + k];
            }
            out[i] = s / total;
        }
    }

    /** Highest high and lowest low on ticks, exactly as the streaming window sees them. */
    static void oscillators(double[] close, double[] high, double[] low, long[][] hlcTicks, double[][] out) {
        long[] highT = hlcTicks[0];
        long[] lowT = hlcTicks[1];
        long[] closeT = hlcTicks[2];
        BatchFeatures.rsi(close, 14, out[Feature.RSI_14.ordinal()]);
        BatchFeatures.rsi(close, 21, out[Feature.RSI_21.ordinal()]);
        BatchFeatures.rsi(close, 34, out[Feature.RSI_34.ordinal()]);
        int n = close.length;
        double[] k = out[Feature.STOCH_K.ordinal()];
        for (int i = 13; i < n; i++) {
            long hh = Long.MIN_VALUE;
            long ll = Long.MAX_VALUE;
            for (int j = i - 13; j <= i; j++) {
                hh = Math.max(hh, highT[j]);
                ll = Math.min(ll, lowT[j]);
            }
            double range = hh - ll;
            k[i] = hh == ll ? 50 : 100 * (closeT[i] - ll) / range;
            out[Feature.WILLIAMS_R.ordinal()][i] = hh == ll ? -50 : -100 * (hh - closeT[i]) / range;
        }
        for (int i = 15; i < n; i++) {
            out[Feature.STOCH_D.ordinal()][i] = mean(k, i - 2, i + 1);
        }
        for (int i = 10; i < n; i++) {
            out[Feature.ROC_10.ordinal()][i] = 100 * (close[i] / close[i - 10] - 1);
        }
    }

    /**
     * Bollinger on close ticks (two passes: mean, then population variance), scaled to prices at the end:
     * on doubles a one-tick window of a 1e5 price would lose 1e-9 of its sigma to rounding.
     */
    static void volatility(double[] close, double[] high, double[] low, double[] logRet, long[] closeT, double unit,
                           double[][] out) {
        BatchFeatures.atr(close, high, low, 14, out[Feature.ATR_14.ordinal()]);
        BatchFeatures.atr(close, high, low, 21, out[Feature.ATR_21.ordinal()]);
        int n = close.length;
        for (int i = 24; i < n; i++) {
            double s = 0;
            for (int j = i - 23; j <= i; j++) {
                s += logRet[j] * logRet[j];
            }
            out[Feature.REALIZED_VOL_24.ordinal()][i] = Math.sqrt(s);
        }
        for (int i = 19; i < n; i++) {
            long sum = 0;
            for (int j = i - 19; j <= i; j++) {
                sum += closeT[j];
            }
            double ss = 0;
            for (int j = i - 19; j <= i; j++) {
                double e = 20.0 * closeT[j] - sum; // 20 x the deviation, an exact integer
                ss += e * e;
            }
            double mid = sum / 20.0 / unit;
            double sd = Math.sqrt(ss / (20.0 * 20 * 20)) / unit;
            double upper = mid + 2 * sd;
            double lower = mid - 2 * sd;
            out[Feature.BB_MIDDLE.ordinal()][i] = mid;
            out[Feature.BB_UPPER.ordinal()][i] = upper;
            out[Feature.BB_LOWER.ordinal()][i] = lower;
            out[Feature.BB_WIDTH.ordinal()][i] = (upper - lower) / mid;
            // (close - lower) / (upper - lower), written as 1/2 + (close - mean) / (4 sigma) on exact ticks
            double sdTicks = Math.sqrt(ss / (20.0 * 20 * 20));
            double devTicks = (20.0 * closeT[i] - sum) / 20;
            out[Feature.BB_PERCENT_B.ordinal()][i] = sd == 0 ? 0.5 : 0.5 + devTicks / (4 * sdTicks);
        }
    }

    static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
