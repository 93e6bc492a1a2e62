package io.trader.venue.kraken.book;

/**
 * Price levels of one side of a Kraken book message, in message order (later entries for the same price win).
 * Each level carries the price and quantity twice: in ticks and lots at the instrument's scales (for ordering and
 * for the platform), and as the digits Kraken wrote, decimal point removed (for the CRC32 checksum, which is
 * computed over Kraken's decimal strings: "0.00100000" has digits 100000, "45285.2" has 452852). Quantity 0 removes
 * the level. Arrays are owned by this value and must not be modified.
 */
public record LevelChanges(long[] ticks, long[] lots, long[] priceDigits, long[] qtyDigits) {

    /** No levels. */
    public static final LevelChanges NONE = new LevelChanges(new long[0], new long[0], new long[0], new long[0]);

    public LevelChanges {
        int n = ticks.length;
        if (lots.length != n || priceDigits.length != n || qtyDigits.length != n) {
            throw new IllegalArgumentException("level arrays differ in length");
        }
    }

    public int size() {
        return ticks.length;
    }
}
