package io.trader.app.report;

import java.util.List;

/**
 * Equal-weight buy and hold over the instruments of a run: each instrument gets initial / N, bought at its
 * first close the run saw and held to the end (no fees, no rebalancing); an instrument whose data starts
 * later holds its share as cash until then.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** The benchmark's value at each of {@code times} (increasing), using the closes at or before each time. */
    public static double[] equalWeight(double initial, long[] times, List<PriceHistory.Series> series) {
        double[] out = new double[times.length];
        int n = series.size();
        if (n == 0) {
            java.util.Arrays.fill(out, initial);
            return out;
        }
        double share = initial / n;
        int[] idx = new int[n];
        java.util.Arrays.fill(idx, -1);
        for (int k = 0; k < times.length; k++) {
            long t = times[k];
            double v = 0;
            for (int i = 0; i < n; i++) {
                PriceHistory.Series s = series.get(i);
                while (idx[i] + 1 < s.size() && s.time(idx[i] + 1) <= t) {
                    idx[i]++;
                }
                v += idx[i] < 0 || s.closeTicks(0) <= 0 ? share
                        : share * s.closeTicks(idx[i]) / (double) s.closeTicks(0);
            }
            out[k] = v;
        }
        return out;
    }
}
