package io.trader.notify.core;

/** How urgent an alert is; each channel takes alerts at or above its own minimum. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    /** True when this severity is at least {@code min}. */
    public boolean atLeast(Severity min) {
        return compareTo(min) >= 0;
    }
}
