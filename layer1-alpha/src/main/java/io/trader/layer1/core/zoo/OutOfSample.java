package io.trader.layer1.core.zoo;

import java.util.Arrays;

/**
 * The out-of-sample record of one alpha: for every bar at which it had a model and its inputs, the
 * score it gave and, once the sample's barrier resolved, the label and the realised return. Only
 * predictions made by a model fitted before the sample's bar are recorded, so every entry is out of
 * sample. Grows as needed (research runs); sessions leave it off.
 */
public final class OutOfSample implements SampleStore.Outcomes {

    private long[] time = new long[1024];
    private double[] score = new double[1024];
    private int[] label = new int[1024];
    private double[] realised = new double[1024];
    private int n;

    @Override
    public void resolved(long startTime, long resolvedTime, double prediction, int lab, double realisedReturn) {
        if (n == time.length) {
            int c = n * 2;
            time = Arrays.copyOf(time, c);
            score = Arrays.copyOf(score, c);
            label = Arrays.copyOf(label, c);
            realised = Arrays.copyOf(realised, c);
        }
        time[n] = startTime;
        score[n] = prediction;
        label[n] = lab;
        realised[n] = realisedReturn;
        n++;
    }

    public int size() {
        return n;
    }

    /** Bar close times of the predictions, increasing. */
    public long[] times() {
        return Arrays.copyOf(time, n);
    }

    /** Scores in [-1, 1]. */
    public double[] scores() {
        return Arrays.copyOf(score, n);
    }

    /** Triple-barrier labels (1 up, 0 down). */
    public int[] labels() {
        return Arrays.copyOf(label, n);
    }

    /** Realised return from the prediction's bar close to the barrier touch. */
    public double[] realised() {
        return Arrays.copyOf(realised, n);
    }
}
