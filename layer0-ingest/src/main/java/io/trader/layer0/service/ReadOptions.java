package io.trader.layer0.service;

/**
 * How {@link CandleFileReader} reads one file; every field may be left automatic.
 *
 * @param symbol         symbol to use; {@code null} derives it from the file name
 * @param intervalMillis candle interval; 0 infers it from the rows (then from the file name)
 */
public record ReadOptions(String symbol, long intervalMillis) {

    /** Symbol from the file name, interval from the data. */
    public static final ReadOptions AUTO = new ReadOptions(null, 0);

    public ReadOptions {
        if (symbol != null && symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("intervalMillis must be >= 0");
        }
    }

    public static ReadOptions symbol(String symbol) {
        return new ReadOptions(symbol, 0);
    }
}
