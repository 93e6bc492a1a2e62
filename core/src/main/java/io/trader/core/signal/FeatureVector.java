package io.trader.core.signal;

import io.trader.core.domain.InstrumentSpec;

/**
 * The features of one instrument at one bar: a reusable holder written by layer 0 and read by the
 * layers above it in the same pass. Values are {@code NaN} until warm.
 */
public final class FeatureVector {

    private final InstrumentSpec instrument;
    private final double[] values = new double[Feature.count()];
    private long time;
    private long barCount;

    public FeatureVector(InstrumentSpec instrument) {
        this.instrument = instrument;
        java.util.Arrays.fill(values, Double.NaN);
    }

    public InstrumentSpec instrument() {
        return instrument;
    }

    public double get(Feature f) {
        return values[f.ordinal()];
    }

    public void set(Feature f, double value) {
        values[f.ordinal()] = value;
    }

    /** Close time of the bar these values belong to (epoch ms). */
    public long time() {
        return time;
    }

    /** Number of bars seen, including this one. */
    public long barCount() {
        return barCount;
    }

    public void stamp(long time, long barCount) {
        this.time = time;
        this.barCount = barCount;
    }

    public boolean isReady(Feature f) {
        return !Double.isNaN(values[f.ordinal()]);
    }

    /** Copies the current values, e.g. for tests and the decision log. */
    public double[] snapshot() {
        return values.clone();
    }
}
