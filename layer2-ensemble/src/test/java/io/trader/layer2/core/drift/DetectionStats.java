package io.trader.layer2.core.drift;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Runs a change detector over many seeded synthetic series and measures detection delay and false alarms. */
final class DetectionStats {

    /** A seeded series generator: value at index t of run {@code rnd}, change at {@code changeAt}. */
    interface Series {
        double value(SplittableRandom rnd, int t, boolean changed);
    }

    final int runs;
    final int changeAt;
    final int length;
    int falseAlarmRuns;
    int missed;
    int cleanFalseAlarmRuns;
    final double[] delays;
    int detectedRuns;

    private DetectionStats(int runs, int changeAt, int length) {
        this.runs = runs;
        this.changeAt = changeAt;
        this.length = length;
        this.delays = new double[runs];
    }

    static DetectionStats measure(Supplier<ChangeDetector> factory, Series series, int runs, int changeAt,
                                  int length, long seed) {
        DetectionStats s = new DetectionStats(runs, changeAt, length);
        for (int r = 0; r < runs; r++) {
            SplittableRandom rnd = new SplittableRandom(seed + r);
            ChangeDetector d = factory.get();
            boolean early = false;
            int first = -1;
            for (int t = 0; t < length; t++) {
                boolean hit = d.add(series.value(rnd, t, t >= changeAt));
                if (hit && t < changeAt) {
                    early = true;
                }
                if (hit && t >= changeAt && first < 0) {
                    first = t;
                }
            }
            if (early) {
                s.falseAlarmRuns++;
            }
            if (first < 0) {
                s.missed++;
            } else {
                s.delays[s.detectedRuns++] = first - changeAt + 1;
            }
            SplittableRandom clean = new SplittableRandom(seed + 1_000_000 + r);
            ChangeDetector c = factory.get();
            for (int t = 0; t < length; t++) {
                if (c.add(series.value(clean, t, false))) {
                    s.cleanFalseAlarmRuns++;
                    break;
                }
            }
        }
        return s;
    }

    double meanDelay() {
        return Arrays.stream(delays, 0, detectedRuns).average().orElse(Double.NaN);
    }

    double medianDelay() {
        double[] d = Arrays.copyOf(delays, detectedRuns);
        Arrays.sort(d);
        return d.length == 0 ? Double.NaN : d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
    }

    double falseAlarmRate() {
        return (double) falseAlarmRuns / runs;
    }

    double cleanFalseAlarmRate() {
        return (double) cleanFalseAlarmRuns / runs;
    }

    double missRate() {
        return (double) missed / runs;
    }

    String report(String name) {
        return String.format(Locale.ROOT, "%-44s runs %d, change at %d of %d: delay mean %.1f median %.1f, missed %.1f%%,"
                        + " runs with a detection before the change %.1f%%, change-free runs with a detection %.1f%%",
                name, runs, changeAt, length, meanDelay(), medianDelay(), 100 * missRate(), 100 * falseAlarmRate(),
                100 * cleanFalseAlarmRate());
    }
}
