package io.trader.layer4.core.exec;

import java.util.Arrays;

/**
 * 1m bars as parallel arrays (open time in epoch ms, prices in price units, volume in base units), oldest first,
 * on a regular grid of {@code barMillis}. The input of {@link BarEpisodeMarket} and {@link EpisodeDraw}. Pure.
 */
public final class BarTape {

    private final long barMillis;
    private final long[] openMillis;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    public BarTape(long barMillis, long[] openMillis, double[] open, double[] high, double[] low, double[] close,
                   double[] volume) {
        int n = openMillis.length;
        if (barMillis <= 0 || open.length != n || high.length != n || low.length != n || close.length != n
                || volume.length != n) {
            throw new IllegalArgumentException("bar arrays must have one length and barMillis > 0");
        }
        for (int i = 0; i < n; i++) {
            if (!(open[i] > 0 && high[i] >= Math.max(open[i], close[i]) && low[i] <= Math.min(open[i], close[i])
                    && low[i] > 0 && volume[i] >= 0)) {
                throw new IllegalArgumentException("bar " + i + " is not a valid OHLCV bar: o=" + open[i] + " h="
                        + high[i] + " l=" + low[i] + " c=" + close[i] + " v=" + volume[i]);
            }
            if (i > 0 && openMillis[i] <= openMillis[i - 1]) {
                throw new IllegalArgumentException("bar times must increase: bar " + i);
            }
        }
        this.barMillis = barMillis;
        this.openMillis = openMillis.clone();
        this.open = open.clone();
        this.high = high.clone();
        this.low = low.clone();
        this.close = close.clone();
        this.volume = volume.clone();
    }

    public int size() {
        return openMillis.length;
    }

    public long barMillis() {
        return barMillis;
    }

    public long openMillis(int i) {
        return openMillis[i];
    }

    public double open(int i) {
        return open[i];
    }

    public double high(int i) {
        return high[i];
    }

    public double low(int i) {
        return low[i];
    }

    public double close(int i) {
        return close[i];
    }

    public double volume(int i) {
        return volume[i];
    }

    /** Bars {@code [from, to)} as a new tape. */
    public BarTape slice(int from, int to) {
        return new BarTape(barMillis, Arrays.copyOfRange(openMillis, from, to), Arrays.copyOfRange(open, from, to),
                Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to),
                Arrays.copyOfRange(close, from, to), Arrays.copyOfRange(volume, from, to));
    }

    /** A copy whose bars from {@code from} on are replaced by {@code other}'s (same length); for look-ahead tests. */
    public BarTape withFutureFrom(int from, BarTape other) {
        long[] t = openMillis.clone();
        double[] o = open.clone();
        double[] h = high.clone();
        double[] l = low.clone();
        double[] c = close.clone();
        double[] v = volume.clone();
        for (int i = from; i < size(); i++) {
            o[i] = other.open[i];
            h[i] = other.high[i];
            l[i] = other.low[i];
            c[i] = other.close[i];
            v[i] = other.volume[i];
        }
        return new BarTape(barMillis, t, o, h, l, c, v);
    }
}
