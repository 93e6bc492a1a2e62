package io.trader.correlation.core;

/**
 * One correlation: the coefficient over {@code n} pairwise-complete observations, or null with the reason it is
 * undefined (too few observations, a constant series).
 *
 * @param value  the coefficient in [-1, 1], or null
 * @param n      observations where both series have a value
 * @param reason why {@code value} is null, else null
 */
public record Cell(Double value, int n, String reason) {

    public Cell {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a cell has either a value or a reason");
        }
    }

    public static Cell of(double value, int n) {
        return new Cell(value, n, null);
    }

    public static Cell undefined(int n, String reason) {
        return new Cell(null, n, reason);
    }

    public boolean defined() {
        return value != null;
    }
}
