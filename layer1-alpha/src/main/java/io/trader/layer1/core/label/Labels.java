package io.trader.layer1.core.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Helpers over labels: the mlfinlab bin rule, class balancing ({@code drop_labels}), resolution filter. */
public final class Labels {

    private Labels() {
    }

    /**
     * mlfinlab {@code get_bins} at the reference commit: with {@code r = ln(close_t1 / close_t0) x side},
     * bin 1 if {@code r > trgt}, -1 if {@code r < -trgt}, else 0 (note: against 1 x trgt whatever the
     * barrier multiples); with {@code meta} (a side was given) the bin is 0 wherever {@code r <= 0}.
     */
    public static int mlfinlabBin(double close0, double close1, double side, double trgt, boolean meta) {
        double r = (Math.log(close1) - Math.log(close0)) * side;
        int bin = r > 0 && r > trgt ? 1 : r < 0 && r < -trgt ? -1 : 0;
        return meta && r <= 0 ? 0 : bin;
    }

    /** The mlfinlab bin of a label, from its start and resolution closes. */
    public static int mlfinlabBin(PriceSeries p, Label l, boolean meta) {
        return mlfinlabBin(p.close()[l.startIndex()], p.close()[l.resolvedIndex()], l.side(), l.target(), meta);
    }

    /**
     * mlfinlab {@code drop_labels}: while the rarest class has a share {@code <= minPct} and at least 3
     * classes remain, drop it. Ties between rarest classes drop the smallest class value first.
     * Returns the indices of the kept labels.
     */
    public static int[] dropRare(double[] values, double minPct) {
        if (!(minPct >= 0 && minPct < 1)) {
            throw new IllegalArgumentException("min share must be in [0, 1), got " + minPct);
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("label classes must not be NaN: index " + i);
            }
        }
        boolean[] dropped = new boolean[values.length];
        while (true) {
            Map<Double, Integer> counts = new TreeMap<>();
            int total = 0;
            for (int i = 0; i < values.length; i++) {
                if (!dropped[i]) {
                    counts.merge(values[i], 1, Integer::sum);
                    total++;
                }
            }
            if (counts.size() < 3) {
                break;
            }
            Map.Entry<Double, Integer> rarest = null;
            for (Map.Entry<Double, Integer> e : counts.entrySet()) {
                if (rarest == null || e.getValue() < rarest.getValue()) {
                    rarest = e;
                }
            }
            if ((double) rarest.getValue() / total > minPct) {
                break;
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] == rarest.getKey()) {
                    dropped[i] = true;
                }
            }
        }
        int kept = 0;
        for (boolean d : dropped) {
            kept += d ? 0 : 1;
        }
        int[] out = new int[kept];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (!dropped[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** {@link #dropRare(double[], double)} on the labels' values. */
    public static List<Label> dropRare(List<Label> labels, double minPct) {
        double[] v = new double[labels.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = labels.get(i).value();
        }
        List<Label> out = new ArrayList<>();
        for (int i : dropRare(v, minPct)) {
            out.add(labels.get(i));
        }
        return out;
    }

    /** The labels a model fitted at {@code t} may use: resolved strictly before t. */
    public static List<Label> resolvedBefore(List<Label> labels, long t) {
        List<Label> out = new ArrayList<>();
        for (Label l : labels) {
            if (l.knownBefore(t)) {
                out.add(l);
            }
        }
        return out;
    }
}
