package io.trader.layer1.core.zoo;

import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.label.BarrierUnit;

import java.util.Arrays;

/**
 * The training samples of one zoo alpha, labelled online by a triple barrier ({@link LabelSpec}): a ring
 * of the last {@code capacity} samples. No allocation per bar. A sample is pending until a later bar
 * resolves it; its resolution time decides when a model may train on it. The rule is the batch
 * labeller's ({@link io.trader.layer1.core.label.TripleBarrier}): on closes, the stop-loss is tested
 * before the profit-take, both strictly ({@code r < -sl}, {@code r > pt}), and the vertical barrier is the
 * first bar closing at or after the horizon; the class label is 1 when the realised return is positive
 * (binary and ternary variants alike: an alpha predicts direction), the regression target is the return.
 */
final class SampleStore {

    private final LabelSpec spec;
    private final int capacity;
    private final int width;
    private final double[][] rows;
    private final long[] start;
    private final long[] startBar;
    private final double[] entry;
    private final double[] upper;
    private final double[] lower;
    private final long[] resolvedAt;
    private final byte[] label;
    private final double[] ret;
    private final double[] prediction;
    private final boolean[] predicted;
    private long added;
    private long firstPending;

    SampleStore(LabelSpec spec, int capacity, int width) {
        this.spec = spec;
        this.capacity = capacity;
        this.width = width;
        this.rows = new double[capacity][width];
        this.start = new long[capacity];
        this.startBar = new long[capacity];
        this.entry = new double[capacity];
        this.upper = new double[capacity];
        this.lower = new double[capacity];
        this.resolvedAt = new long[capacity];
        this.label = new byte[capacity];
        this.ret = new double[capacity];
        this.prediction = new double[capacity];
        this.predicted = new boolean[capacity];
    }

    /** Receives the outcome of each resolved sample that carried an out-of-sample prediction. */
    interface Outcomes {
        void resolved(long startTime, long resolvedTime, double prediction, int label, double realisedReturn);
    }

    /**
     * Resolves pending samples against this bar's close ({@code time} is its close time). Samples that
     * would fall out of the ring unresolved are dropped (they never become training data).
     */
    void resolve(long time, long bar, double close, Outcomes outcomes) {
        for (long s = firstPending; s < added; s++) {
            int i = slot(s);
            if (resolvedAt[i] != 0) {
                continue;
            }
            double r = close / entry[i] - 1;
            int lab;
            boolean vertical = spec.horizonBars() > 0 ? bar >= startBar[i] + spec.horizonBars()
                    : time >= start[i] + spec.horizonMs();
            if (r < -lower[i] || r > upper[i] || vertical) {
                lab = r > 0 ? 1 : 0;
            } else {
                continue;
            }
            resolvedAt[i] = time;
            label[i] = (byte) lab;
            ret[i] = r;
            if (predicted[i] && outcomes != null) {
                outcomes.resolved(start[i], time, prediction[i], lab, r);
            }
        }
        while (firstPending < added && resolvedAt[slot(firstPending)] != 0) {
            firstPending++;
        }
    }

    /**
     * Adds this bar's sample.
     *
     * @param target volatility target as a fraction of price (ignored with fixed barriers)
     */
    void add(double[] row, long time, long bar, double close, double target) {
        if (added - firstPending >= capacity) {
            firstPending++; // the oldest pending sample is pushed out of the ring unresolved
        }
        int i = slot(added);
        System.arraycopy(row, 0, rows[i], 0, width);
        start[i] = time;
        startBar[i] = bar;
        entry[i] = close;
        double t = spec.unit() == BarrierUnit.FIXED ? 1 : target;
        upper[i] = spec.profitTake() > 0 ? spec.profitTake() * t : Double.POSITIVE_INFINITY;
        lower[i] = spec.stopLoss() > 0 ? spec.stopLoss() * t : Double.POSITIVE_INFINITY;
        resolvedAt[i] = 0;
        predicted[i] = false;
        added++;
    }

    /** Marks the newest sample with the prediction made for it (out of sample: its label is unknown). */
    void predictNewest(double value) {
        int i = slot(added - 1);
        prediction[i] = value;
        predicted[i] = true;
    }

    /** Samples resolved strictly before {@code time}, oldest first. */
    int resolvedBefore(long time) {
        int n = 0;
        for (long s = Math.max(0, added - capacity); s < added; s++) {
            long r = resolvedAt[slot(s)];
            if (r != 0 && r < time) {
                n++;
            }
        }
        return n;
    }

    /**
     * Copies the samples resolved strictly before {@code time} into new arrays (training happens rarely;
     * this is the only allocation). {@code regression} selects the realised return as target.
     */
    Training training(long time, boolean regression) {
        int n = resolvedBefore(time);
        double[][] x = new double[n][];
        double[] y = new double[n];
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        int k = 0;
        for (long s = Math.max(0, added - capacity); s < added; s++) {
            int i = slot(s);
            long r = resolvedAt[i];
            if (r != 0 && r < time) {
                x[k] = Arrays.copyOf(rows[i], width);
                y[k] = regression ? ret[i] : label[i];
                from = Math.min(from, start[i]);
                to = Math.max(to, r);
                k++;
            }
        }
        return new Training(x, y, from, to);
    }

    long added() {
        return added;
    }

    private int slot(long s) {
        return (int) (s % capacity);
    }

    /** A training set: rows, targets, first sample time and last resolution time. */
    record Training(double[][] x, double[] y, long from, long to) {
    }
}
