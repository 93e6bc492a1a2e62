package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;

import java.util.Arrays;
import java.util.List;

/**
 * The layer-0 features over a whole bar list, written the obvious way: every window is summed again
 * from scratch, every recursion is a plain loop over arrays. Slow (O(bars x window)) and meant as the
 * reference that {@link IncrementalFeatureEngine} is tested against; same definitions and warm-ups.
 */
public final class BatchFeatures {

    private BatchFeatures() {
    }

    /**
     * {@code result[feature.ordinal()][barIndex]}, {@code NaN} before a feature is warm; the auxiliary
     * features (derivatives, book, trades, daily) stay {@code NaN}.
     */
    public static double[][] compute(List<Bar> bars, FeatureConfig cfg) {
        int n = bars.size();
        double[][] out = new double[Feature.count()][n];
        for (double[] row : out) {
            Arrays.fill(row, Double.NaN);
        }
        double[] close = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            close[i] = b.closePrice();
            high[i] = b.highPrice();
            low[i] = b.lowPrice();
            out[Feature.CLOSE.ordinal()][i] = close[i];
            out[Feature.VOLUME.ordinal()][i] = b.volume();
        }
        for (int i = 1; i < n; i++) {
            out[Feature.RETURN.ordinal()][i] = close[i] / close[i - 1] - 1;
            out[Feature.LOG_RETURN.ordinal()][i] = Math.log(close[i] / close[i - 1]);
        }
        sma(close, cfg.smaFast(), out[Feature.SMA_FAST.ordinal()]);
        sma(close, cfg.smaSlow(), out[Feature.SMA_SLOW.ordinal()]);
        ema(close, cfg.emaFast(), out[Feature.EMA_FAST.ordinal()]);
        ema(close, cfg.emaSlow(), out[Feature.EMA_SLOW.ordinal()]);
        volatility(out[Feature.LOG_RETURN.ordinal()], cfg.volWindow(), out[Feature.VOLATILITY.ordinal()]);
        rsi(close, cfg.rsiPeriod(), out[Feature.RSI.ordinal()]);
        atr(close, high, low, cfg.atrPeriod(), out[Feature.ATR.ordinal()]);
        zscore(bars, cfg.zWindow(), out[Feature.ZSCORE.ordinal()]);
        BatchIndicators.averages(close, out);
        long[][] hlcTicks = new long[3][n];
        for (int i = 0; i < n; i++) {
            hlcTicks[0][i] = bars.get(i).high();
            hlcTicks[1][i] = bars.get(i).low();
            hlcTicks[2][i] = bars.get(i).close();
        }
        BatchIndicators.oscillators(close, high, low, hlcTicks, out);
        double unit = n == 0 ? 1 : bars.get(0).instrument().ticksPerUnit();
        BatchIndicators.volatility(close, high, low, out[Feature.LOG_RETURN.ordinal()], hlcTicks[2], unit, out);
        BatchVolumeCalendar.volume(bars, out);
        BatchVolumeCalendar.calendar(bars, out);
        return out;
    }

    static void sma(double[] x, int p, double[] out) {
        for (int i = p - 1; i < x.length; i++) {
            out[i] = mean(x, i - p + 1, i + 1);
        }
    }

    static void ema(double[] x, int p, double[] out) {
        if (x.length < p) {
            return;
        }
        double alpha = 2.0 / (p + 1);
        out[p - 1] = mean(x, 0, p);
        for (int i = p; i < x.length; i++) {
            out[i] = alpha * x[i] + (1 - alpha) * out[i - 1];
        }
    }

    /** Log returns start at index 1; the window of w returns ending at i needs i >= w. */
    static void volatility(double[] logRet, int w, double[] out) {
        for (int i = w; i < logRet.length; i++) {
            out[i] = Math.sqrt(sampleVariance(logRet, i - w + 1, i + 1));
        }
    }

    static void rsi(double[] close, int p, double[] out) {
        int n = close.length;
        if (n <= p) {
            return;
        }
        double[] gain = new double[n];
        double[] loss = new double[n];
        for (int i = 1; i < n; i++) {
            double ch = close[i] - close[i - 1];
            gain[i] = Math.max(ch, 0);
            loss[i] = Math.max(-ch, 0);
        }
        double g = mean(gain, 1, p + 1);
        double l = mean(loss, 1, p + 1);
        out[p] = rsiOf(g, l);
        for (int i = p + 1; i < n; i++) {
            g = (g * (p - 1) + gain[i]) / p;
            l = (l * (p - 1) + loss[i]) / p;
            out[i] = rsiOf(g, l);
        }
    }

    private static double rsiOf(double avgGain, double avgLoss) {
        if (avgLoss == 0) {
            return 100;
        }
        double rs = avgGain / avgLoss;
        return 100 - 100 / (1 + rs);
    }

    static void atr(double[] close, double[] high, double[] low, int p, double[] out) {
        int n = close.length;
        if (n <= p) {
            return;
        }
        double[] tr = new double[n];
        for (int i = 1; i < n; i++) {
            double pc = close[i - 1];
            tr[i] = Math.max(high[i] - low[i], Math.max(Math.abs(high[i] - pc), Math.abs(low[i] - pc)));
        }
        double a = mean(tr, 1, p + 1);
        out[p] = a;
        for (int i = p + 1; i < n; i++) {
            a = (a * (p - 1) + tr[i]) / p;
            out[i] = a;
        }
    }

    /**
     * Two passes over close ticks: S = sum x, then e_i = n*x_i - S (exact integers, n times the
     * deviation from the mean), so z = e_last / sqrt(sum e^2 / (n-1)). Flat windows (all e = 0) give 0.
     */
    static void zscore(List<Bar> bars, int w, double[] out) {
        for (int i = w - 1; i < bars.size(); i++) {
            long sum = 0;
            for (int j = i - w + 1; j <= i; j++) {
                sum += bars.get(j).close();
            }
            double sumSq = 0;
            for (int j = i - w + 1; j <= i; j++) {
                double e = (double) w * bars.get(j).close() - sum;
                sumSq += e * e;
            }
            double last = (double) w * bars.get(i).close() - sum;
            out[i] = sumSq == 0 ? 0 : last / Math.sqrt(sumSq / (w - 1));
        }
    }

    static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    /** Two-pass sample variance of {@code x[from, to)}. */
    static double sampleVariance(double[] x, int from, int to) {
        double m = mean(x, from, to);
        double s = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - m;
            s += d * d;
        }
        return s / (to - from - 1);
    }
}
