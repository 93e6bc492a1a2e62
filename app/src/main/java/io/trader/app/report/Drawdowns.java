package io.trader.app.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The drawdown periods of an equity curve: from a peak, through the trough, to the first new high. */
public final class Drawdowns {

    private Drawdowns() {
    }

    /**
     * @param start    time of the peak the drawdown starts from (the first point for the initial equity)
     * @param trough   time of the lowest equity
     * @param recovery time equity first reached the peak again, null when it did not by the end
     * @param depth    1 - trough equity / peak equity
     * @param end      recovery, or the last point's time when not recovered
     */
    public record Period(long start, long trough, Long recovery, double depth, long end) {
        public long durationMillis() {
            return end - start;
        }
    }

    /** The {@code k} deepest drawdowns, deepest first (equal depths: earlier first). */
    public static List<Period> worst(double initial, EquityCurve c, int k) {
        List<Period> all = all(initial, c);
        all.sort(Comparator.comparingDouble(Period::depth).reversed().thenComparingLong(Period::start));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }

    /** Every drawdown period in time order. */
    public static List<Period> all(double initial, EquityCurve c) {
        List<Period> out = new ArrayList<>();
        int n = c.size();
        if (n == 0) {
            return out;
        }
        double peak = initial;
        long peakTime = c.times()[0];
        boolean down = false;
        double trough = 0;
        long troughTime = 0;
        for (int i = 0; i < n; i++) {
            double e = c.equity()[i];
            long t = c.times()[i];
            if (e >= peak) {
                if (down) {
                    out.add(new Period(peakTime, troughTime, t, 1 - trough / peak, t));
                    down = false;
                }
                peak = e;
                peakTime = t;
            } else if (!down || e < trough) {
                down = true;
                trough = e;
                troughTime = t;
            }
        }
        if (down) {
            out.add(new Period(peakTime, troughTime, null, 1 - trough / peak, c.times()[n - 1]));
        }
        return out;
    }
}
