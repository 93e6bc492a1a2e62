package io.trader.layer1.core.sweep;

/**
 * One configuration of the long-only SMA crossover over one stretch of bars: a tight loop, no allocation.
 *
 * <p>The rule is ta4j 0.17's {@code CrossedUp/CrossedDownIndicatorRule} on {@code SMAIndicator}s of the close
 * with {@code slow} unstable bars, as the ta4j-peer harness runs it (see its README):
 * <ul>
 *   <li>SMA(n) at bar i is the mean of the closes of bars {@code max(0, i-n+1) .. i} (a partial window at the
 *       start). fast and slow are compared exactly: {@code sumFast * wSlow} against {@code sumSlow * wFast}
 *       in {@code long} ticks, from prefix sums.</li>
 *   <li>No rule is evaluated before bar {@code max(from, slow)}. A cross up at bar i: fast &gt; slow at i,
 *       and fast &lt; slow at the latest earlier bar where they differ (ties are skipped backwards, also
 *       into bars before the stretch: they are known at i). A cross down is the mirror image.</li>
 *   <li>Flat: a cross up enters; long: a cross down exits. One unit, all equity.</li>
 *   <li>{@link Exec#CLOSE}: filled at bar i's close. {@link Exec#NEXT_OPEN}: at bar i+1's open, and a signal on
 *       the stretch's last bar is not filled (nor taken).</li>
 *   <li>Fees as ta4j's LinearTransactionCostModel: an entry pays {@code p(1+fee)}, an exit receives
 *       {@code p(1-fee)}.</li>
 * </ul>
 * The stretch starts flat with equity 1; equity is marked at every close. A position open after the last
 * bar stays marked at the last close (no exit fee) and is not counted in {@code trades}.
 */
public final class SmaCrossEvaluator {

    private SmaCrossEvaluator() {
    }

    /** The whole series, from bar 0. */
    public static SegmentMetrics run(SweepBars bars, SmaCrossConfig c, double fee, Exec exec) {
        return run(bars, c, 0, bars.size(), fee, exec, null);
    }

    /**
     * Bars {@code from .. to-1}.
     *
     * @param log null, or where to record the fill bars
     */
    public static SegmentMetrics run(SweepBars bars, SmaCrossConfig c, int from, int to, double fee, Exec exec,
                                     TradeLog log) {
        if (from < 0 || to > bars.size() || to - from < 2) {
            throw new IllegalArgumentException("stretch " + from + ".." + to + " must hold >= 2 of the "
                    + bars.size() + " bars");
        }
        if (!(fee >= 0 && fee < 1)) {
            throw new IllegalArgumentException("fee must be in [0, 1), got " + fee);
        }
        if (!bars.exactFor(c.fast(), c.slow())) {
            throw new IllegalArgumentException("prices too large for an exact comparison of SMA(" + c.fast()
                    + ") and SMA(" + c.slow() + ")");
        }
        long[] p = bars.prefixArray();
        int start = Math.max(from, c.slow());
        int last = 0;
        for (int j = Math.min(start, bars.size()) - 1; j > 0 && last == 0; j--) {
            last = sign(p, c.fast(), c.slow(), j);
        }
        Acc acc = new Acc();
        if (exec == Exec.CLOSE) {
            atClose(bars, c.fast(), c.slow(), start, to, fee, last, acc, log);
        } else {
            atNextOpen(bars, c.fast(), c.slow(), start, to, fee, last, acc, log);
        }
        int n = to - from;
        double mean = acc.sumR / n;
        double var = n > 1 ? (acc.sumR2 - n * mean * mean) / (n - 1) : 0;
        double sharpe = var > 0 ? mean / Math.sqrt(var) * Math.sqrt(bars.barsPerYear()) : 0;
        return new SegmentMetrics(n, acc.equity - 1, sharpe, acc.maxDd, acc.trades, acc.entries,
                (double) acc.held / n);
    }

    /** Sign of SMA(fast) - SMA(slow) at bar i, partial windows allowed, exact. */
    static int sign(long[] p, int fast, int slow, int i) {
        int wf = Math.min(fast, i + 1);
        int ws = Math.min(slow, i + 1);
        long sf = p[i + 1] - p[i + 1 - wf];
        long ss = p[i + 1] - p[i + 1 - ws];
        return Long.signum(sf * ws - ss * wf);
    }

    /** Running sums of one run (one small object per run, none per bar). */
    private static final class Acc {
        double equity = 1;
        double peak = 1;
        double maxDd;
        double sumR;
        double sumR2;
        int held;
        int trades;
        int entries;

        void step(double ratio) {
            equity *= ratio;
            double r = ratio - 1;
            sumR += r;
            sumR2 += r * r;
            if (equity > peak) {
                peak = equity;
            } else {
                double dd = 1 - equity / peak;
                if (dd > maxDd) {
                    maxDd = dd;
                }
            }
        }
    }

    private static void atClose(SweepBars bars, int fast, int slow, int start, int to, double fee, int last,
                                Acc acc, TradeLog log) {
        long[] p = bars.prefixArray();
        double[] g = bars.growthArray();
        double buy = 1 / (1 + fee);
        double sell = 1 - fee;
        boolean in = false;
        double equity = 1;
        double peak = 1;
        double maxDd = 0;
        double keep = 1; // 1 - maxDd
        double sumR = 0;
        double sumR2 = 0;
        int held = 0;
        int trades = 0;
        int entries = 0;
        for (int i = start; i < to; i++) {
            long d = (p[i + 1] - p[i + 1 - fast]) * slow - (p[i + 1] - p[i + 1 - slow]) * fast;
            double ratio;
            if (in) {
                held++;
                ratio = g[i];
                if (d < 0 && last > 0) {
                    in = false;
                    trades++;
                    ratio *= sell;
                    if (log != null) {
                        log.exit(i);
                    }
                }
            } else if (d > 0 && last < 0) {
                in = true;
                entries++;
                ratio = buy;
                if (log != null) {
                    log.entry(i);
                }
            } else {
                if (d != 0) {
                    last = d > 0 ? 1 : -1;
                }
                continue; // flat and staying flat: return 0, equity unchanged
            }
            if (d != 0) {
                last = d > 0 ? 1 : -1;
            }
            equity *= ratio;
            double r = ratio - 1;
            sumR += r;
            sumR2 += r * r;
            if (equity > peak) {
                peak = equity;
            } else if (equity < peak * keep) { // a deeper drawdown; divides only then
                maxDd = 1 - equity / peak;
                keep = 1 - maxDd;
            }
        }
        acc.equity = equity;
        acc.peak = peak;
        acc.maxDd = maxDd;
        acc.sumR = sumR;
        acc.sumR2 = sumR2;
        acc.held = held;
        acc.trades = trades;
        acc.entries = entries;
    }

    private static void atNextOpen(SweepBars bars, int fast, int slow, int start, int to, double fee, int last,
                                   Acc acc, TradeLog log) {
        long[] p = bars.prefixArray();
        long[] open = bars.openArray();
        long[] close = bars.closeArray();
        double[] g = bars.growthArray();
        boolean signalLong = false;
        boolean held = false;
        int pending = 0;
        for (int i = start; i < to; i++) {
            double ratio = 1;
            if (pending > 0) {
                ratio = (double) close[i] / ((double) open[i] * (1 + fee));
                held = true;
                acc.entries++;
                acc.held++;
                pending = 0;
                if (log != null) {
                    log.entry(i);
                }
            } else if (pending < 0) {
                ratio = (double) open[i] * (1 - fee) / (double) close[i - 1];
                held = false;
                acc.trades++;
                acc.held++;
                pending = 0;
                if (log != null) {
                    log.exit(i);
                }
            } else if (held) {
                ratio = g[i];
                acc.held++;
            }
            long d = (p[i + 1] - p[i + 1 - fast]) * slow - (p[i + 1] - p[i + 1 - slow]) * fast;
            if (i + 1 < to) {
                if (!signalLong) {
                    if (d > 0 && last < 0) {
                        signalLong = true;
                        pending = 1;
                    }
                } else if (d < 0 && last > 0) {
                    signalLong = false;
                    pending = -1;
                }
            }
            if (d != 0) {
                last = d > 0 ? 1 : -1;
            }
            acc.step(ratio);
        }
    }
}
