package io.trader.layer2.core.drift;

/**
 * A sequential change detector over a stream of values (e.g. an alpha's out-of-sample loss): each value is
 * seen once, in time order, and the detector only ever looks backwards. Allocation-free per value.
 */
public interface ChangeDetector {

    /** {@code page-hinkley}, {@code adwin}. */
    String kind();

    /** Adds the next value; true when a change (a rise in the mean for loss streams) is detected now. */
    boolean add(double value);

    /** Forgets everything (after a detection the owner usually resets). */
    void reset();

    /** Values seen since the last reset. */
    long samples();
}
