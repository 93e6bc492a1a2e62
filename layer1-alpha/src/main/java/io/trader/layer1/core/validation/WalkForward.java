package io.trader.layer1.core.validation;

import io.trader.layer1.core.label.Label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walk-forward plan: the bars from {@code firstTest} on are cut into test ranges of {@code step} bars
 * (retrain every {@code step} bars). The model for a range is fitted at {@code fitTime} = the time of its
 * first bar and used for the whole range; it may be trained only on samples (labels) that
 *
 * <ul>
 *   <li>were resolved strictly before {@code fitTime} (purge by resolution time: no label that was
 *   still open at fit time, whatever its start);</li>
 *   <li>started at or after the window start: the bar {@code window} bars before the range (rolling),
 *   or the first bar ({@code window = 0}, expanding);</li>
 *   <li>started before the bar {@code embargo} bars before the range (embargo: the last
 *   {@code embargo} bars before a refit give no training samples; 0 = none).</li>
 * </ul>
 *
 * Samples (e.g. triple-barrier events) are given by start time and resolution time; an unresolved
 * sample has resolution {@link Long#MAX_VALUE} and is never used. A segment may have no training
 * sample (early in the data): the caller's model then abstains.
 */
public final class WalkForward {

    /**
     * @param firstTest first bar index that is predicted out of sample (>= 1)
     * @param step      bars between refits (>= 1)
     * @param window    rolling window in bars; 0 = expanding
     * @param embargo   bars before each refit whose samples are left out (>= 0)
     */
    public record Spec(int firstTest, int step, int window, int embargo) {
        public Spec {
            if (firstTest < 1) {
                throw new IllegalArgumentException("walk-forward first test bar must be >= 1, got " + firstTest);
            }
            if (step < 1) {
                throw new IllegalArgumentException("walk-forward retrain step must be >= 1 bar, got " + step);
            }
            if (window < 0) {
                throw new IllegalArgumentException("walk-forward window must be >= 0 bars (0 = expanding), got " + window);
            }
            if (embargo < 0) {
                throw new IllegalArgumentException("walk-forward embargo must be >= 0 bars, got " + embargo);
            }
        }

        public boolean expanding() {
            return window == 0;
        }
    }

    /** One refit: training sample indices (increasing), test bars {@code [testFrom, testTo)}, fit time. */
    public record Segment(int[] train, int testFrom, int testTo, long fitTime) {
        @Override
        public String toString() {
            return "Segment[train=" + train.length + " samples, test=" + testFrom + ".." + (testTo - 1) + ", fitTime="
                    + fitTime + "]";
        }
    }

    private WalkForward() {
    }

    /**
     * @param barTimes       time each bar becomes known, strictly increasing
     * @param sampleStart    start (event) time per sample, non-decreasing
     * @param sampleResolved resolution time per sample (>= start; {@link Long#MAX_VALUE} = unresolved)
     */
    public static List<Segment> plan(long[] barTimes, long[] sampleStart, long[] sampleResolved, Spec spec) {
        int n = barTimes.length;
        if (sampleResolved.length != sampleStart.length) {
            throw new IllegalArgumentException("sample start and resolution arrays differ in length: "
                    + sampleStart.length + " vs " + sampleResolved.length);
        }
        for (int i = 1; i < n; i++) {
            if (barTimes[i] <= barTimes[i - 1]) {
                throw new IllegalArgumentException("bar times must strictly increase at bar " + i);
            }
        }
        for (int i = 0; i < sampleStart.length; i++) {
            if (sampleResolved[i] < sampleStart[i] || (i > 0 && sampleStart[i] < sampleStart[i - 1])) {
                throw new IllegalArgumentException("samples must be ordered by start with resolution >= start; sample "
                        + i + " breaks it");
            }
        }
        List<Segment> out = new ArrayList<>();
        int[] buf = new int[sampleStart.length];
        for (int b = spec.firstTest(); b < n; b += spec.step()) {
            long fitTime = barTimes[b];
            long from = spec.expanding() ? Long.MIN_VALUE : barTimes[Math.max(0, b - spec.window())];
            long before = spec.embargo() == 0 ? fitTime : barTimes[Math.max(0, b - spec.embargo())];
            int k = 0;
            for (int i = 0; i < sampleStart.length && sampleStart[i] < before; i++) {
                if (sampleStart[i] >= from && sampleResolved[i] < fitTime) {
                    buf[k++] = i;
                }
            }
            out.add(new Segment(Arrays.copyOf(buf, k), b, Math.min(n, b + spec.step()), fitTime));
        }
        return out;
    }

    /** Samples are the bars themselves (sample i starts at bar i): {@code resolved[i]} per bar. */
    public static List<Segment> planPerBar(long[] barTimes, long[] resolved, Spec spec) {
        return plan(barTimes, barTimes, resolved, spec);
    }

    /** Samples are resolved labels (in start order, as the labeller returns them). */
    public static List<Segment> plan(long[] barTimes, List<Label> labels, Spec spec) {
        long[] start = new long[labels.size()];
        long[] resolved = new long[labels.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = labels.get(i).startTime();
            resolved[i] = labels.get(i).resolvedTime();
        }
        return plan(barTimes, start, resolved, spec);
    }
}
