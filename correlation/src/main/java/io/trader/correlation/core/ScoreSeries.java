package io.trader.correlation.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The component scores of one asset, bar by bar: {@code scores[component.ordinal()][i]} at close time
 * {@code times[i]} ({@code NaN} = not available at that bar), the closes (for forward returns), and for each
 * component with no value at all the reason its source is missing.
 */
public final class ScoreSeries {

    private final String asset;
    private final long[] times;
    private final double[] closes;
    private final double[][] scores;
    private final Map<Component, String> missing;

    public ScoreSeries(String asset, long[] times, double[] closes, double[][] scores) {
        if (scores.length != Component.values().length) {
            throw new IllegalArgumentException("one score row per component");
        }
        for (double[] row : scores) {
            if (row.length != times.length) {
                throw new IllegalArgumentException("one score per bar");
            }
        }
        if (closes.length != times.length) {
            throw new IllegalArgumentException("one close per bar");
        }
        this.asset = asset;
        this.times = times;
        this.closes = closes;
        this.scores = scores;
        EnumMap<Component, String> m = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            if (available(c) == 0) {
                m.put(c, c.missingReason());
            }
        }
        this.missing = Collections.unmodifiableMap(m);
    }

    public String asset() {
        return asset;
    }

    public int size() {
        return times.length;
    }

    public long time(int i) {
        return times[i];
    }

    public double close(int i) {
        return closes[i];
    }

    /** The scores of {@code c} (shared array: do not modify). */
    public double[] scores(Component c) {
        return scores[c.ordinal()];
    }

    /** Bars where {@code c} has a value. */
    public int available(Component c) {
        int n = 0;
        for (double v : scores[c.ordinal()]) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** Components with no value at any bar of this series, with the reason. */
    public Map<Component, String> missing() {
        return missing;
    }

    /** Index of the bar closing at {@code time}, or a negative insertion point (binary search). */
    public int indexOf(long time) {
        return Arrays.binarySearch(times, time);
    }

    /** The bars {@code [from, to)} as a series of their own. */
    public ScoreSeries slice(int from, int to) {
        double[][] s = new double[scores.length][];
        for (int c = 0; c < scores.length; c++) {
            s[c] = Arrays.copyOfRange(scores[c], from, to);
        }
        return new ScoreSeries(asset, Arrays.copyOfRange(times, from, to), Arrays.copyOfRange(closes, from, to), s);
    }

    /**
     * The log return from bar i's close to the close {@code horizon} bars later: only later bars than the score's,
     * {@code NaN} for the last {@code horizon} bars and when the bars between are not evenly spaced (a gap in the
     * data would stretch the horizon).
     */
    public double[] forwardReturns(int horizon) {
        double[] f = new double[times.length];
        Arrays.fill(f, Double.NaN);
        long step = step();
        for (int i = 0; i + horizon < times.length; i++) {
            if (times[i + horizon] - times[i] == step * horizon && closes[i] > 0 && closes[i + horizon] > 0) {
                f[i] = Math.log(closes[i + horizon] / closes[i]);
            }
        }
        return f;
    }

    /** The smallest spacing between consecutive bars (the bar interval), or 0 with fewer than 2 bars. */
    public long step() {
        long s = Long.MAX_VALUE;
        for (int i = 1; i < times.length; i++) {
            s = Math.min(s, times[i] - times[i - 1]);
        }
        return s == Long.MAX_VALUE ? 0 : s;
    }
}
