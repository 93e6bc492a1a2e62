package io.trader.correlation.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The three correlation views over the last {@code window} bars: the components of one asset against each other,
 * one component across assets (aligned on close time), and each component against the forward return (its
 * predictive correlation: the score at bar i against ln(C_{i+h}/C_i), so the return is made only of later bars).
 */
public final class Matrices {

    private Matrices() {
    }

    /** Component x component of {@code s} over its last {@code window} bars. */
    public static CorrelationMatrix components(ScoreSeries s, int window, Method method, int minN) {
        check(window, minN, s.size(), s.asset() + " has");
        ScoreSeries w = s.slice(s.size() - window, s.size());
        List<String> labels = new ArrayList<>();
        List<double[]> series = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (Component c : Component.values()) {
            labels.add(c.name());
            series.add(w.scores(c));
            if (w.available(c) == 0) {
                missing.put(c.name(), c.missingReason());
            }
        }
        return CorrelationMatrix.of(s.asset() + " components", labels, series, method, minN, w.time(0),
                w.time(window - 1), window, missing);
    }

    /**
     * Component {@code c} across {@code assets}, on the last {@code window} close times of the union of their bars
     * up to the latest time every asset has reached (an asset without a bar at a time is missing there).
     */
    public static CorrelationMatrix assets(Map<String, ScoreSeries> assets, Component c, int window, Method method,
                                           int minN) {
        long end = Long.MAX_VALUE;
        for (ScoreSeries s : assets.values()) {
            end = Math.min(end, s.size() == 0 ? Long.MIN_VALUE : s.time(s.size() - 1));
        }
        TreeSet<Long> grid = new TreeSet<>();
        for (ScoreSeries s : assets.values()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.time(i) <= end) {
                    grid.add(s.time(i));
                }
            }
        }
        check(window, minN, grid.size(), "the assets' common history has");
        long[] times = grid.descendingSet().stream().limit(window).mapToLong(Long::longValue).sorted().toArray();
        List<String> labels = new ArrayList<>(assets.keySet());
        List<double[]> series = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String a : labels) {
            ScoreSeries s = assets.get(a);
            double[] v = new double[times.length];
            int have = 0;
            for (int i = 0; i < times.length; i++) {
                int k = s.indexOf(times[i]);
                v[i] = k >= 0 ? s.scores(c)[k] : Double.NaN;
                have += Double.isNaN(v[i]) ? 0 : 1;
            }
            if (have == 0) {
                missing.put(a, s.missing().getOrDefault(c, "no " + c.name() + " score in the window"));
            }
            series.add(v);
        }
        return CorrelationMatrix.of(c.name() + " across assets", labels, series, method, minN, times[0],
                times[times.length - 1], times.length, missing);
    }

    /**
     * Each component of {@code s} against the {@code horizon}-bar forward log return, over the last {@code window}
     * bars that have a forward return (the newest {@code horizon} bars have none yet).
     */
    public static Map<Component, Cell> predictive(ScoreSeries s, int window, int horizon, Method method, int minN) {
        if (horizon < 1) {
            throw new WindowException("horizon must be at least 1 bar, was " + horizon);
        }
        int usable = Math.max(0, s.size() - horizon);
        check(window, minN, usable, s.asset() + " has (with a " + horizon + "-bar forward return)");
        double[] fwd = s.forwardReturns(horizon);
        int from = usable - window;
        double[] f = java.util.Arrays.copyOfRange(fwd, from, usable);
        Map<Component, Cell> out = new LinkedHashMap<>();
        for (Component c : Component.values()) {
            double[] v = java.util.Arrays.copyOfRange(s.scores(c), from, usable);
            boolean any = false;
            for (double x : v) {
                any |= !Double.isNaN(x);
            }
            out.put(c, any ? Correlations.correlate(v, f, method, minN)
                    : Cell.undefined(0, c.name() + " is missing: " + c.missingReason()));
        }
        return out;
    }

    static void check(int window, int minN, int available, String who) {
        if (window < minN) {
            throw new WindowException(String.format(Locale.ROOT,
                    "window %d is shorter than the minimum observations %d", window, minN));
        }
        if (available < window) {
            throw new WindowException(String.format(Locale.ROOT, "%s %d bars, fewer than the window %d", who,
                    available, window));
        }
    }
}
