package io.trader.layer1.core.label;

/**
 * Average true range as a fraction of the close, Wilder smoothing: TR_0 = high - low, then
 * TR_i = max(high - low, |high - close_{i-1}|, |low - close_{i-1}|); the first ATR (bar period-1) is the
 * mean of the first {@code period} TRs, then {@code ATR_i = (ATR_{i-1} (period-1) + TR_i) / period}.
 * {@code NaN} before bar {@code period - 1}. Causal.
 */
public final class Atr {

    private Atr() {
    }

    public static double[] fraction(PriceSeries p, int period) {
        if (period < 1) {
            throw new IllegalArgumentException("ATR period must be >= 1, got " + period);
        }
        int n = p.size();
        double[] h = p.high();
        double[] l = p.low();
        double[] c = p.close();
        double[] out = new double[n];
        double atr = 0;
        for (int i = 0; i < n; i++) {
            double tr = h[i] - l[i];
            if (i > 0) {
                tr = Math.max(tr, Math.max(Math.abs(h[i] - c[i - 1]), Math.abs(l[i] - c[i - 1])));
            }
            if (i < period) {
                atr += tr;
                if (i == period - 1) {
                    atr /= period;
                }
            } else {
                atr = (atr * (period - 1) + tr) / period;
            }
            out[i] = i < period - 1 ? Double.NaN : atr / c[i];
        }
        return out;
    }
}
