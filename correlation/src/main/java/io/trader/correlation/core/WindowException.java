package io.trader.correlation.core;

/**
 * A requested window cannot give a correlation: shorter than the minimum observations, longer than the bars there
 * are, or too few overlapping bars. The message says why with the numbers (the API answers it as a 422).
 */
public final class WindowException extends IllegalArgumentException {

    public WindowException(String message) {
        super(message);
    }
}
