package io.trader.layer0.core;

/**
 * A candle source that cannot be read as candles at all (no usable header, no rows, not the data its
 * name says). The message says what is wrong in words a user can act on. Row-level problems are never
 * thrown: they are counted in the {@link ValidationReport}.
 */
public final class CandleInputException extends IllegalArgumentException {

    public CandleInputException(String message) {
        super(message);
    }
}
