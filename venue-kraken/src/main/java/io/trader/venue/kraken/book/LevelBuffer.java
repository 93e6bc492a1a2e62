package io.trader.venue.kraken.book;

import java.util.Arrays;

/** Growable scratch arrays a parser fills with one side's levels before copying them into a {@link LevelChanges}. */
final class LevelBuffer {

    private long[] ticks = new long[64];
    private long[] lots = new long[64];
    private long[] priceDigits = new long[64];
    private long[] qtyDigits = new long[64];
    private int n;

    void clear() {
        n = 0;
    }

    void add(long tick, long lot, long pDigits, long qDigits) {
        if (n == ticks.length) {
            ticks = Arrays.copyOf(ticks, n * 2);
            lots = Arrays.copyOf(lots, n * 2);
            priceDigits = Arrays.copyOf(priceDigits, n * 2);
            qtyDigits = Arrays.copyOf(qtyDigits, n * 2);
        }
        ticks[n] = tick;
        lots[n] = lot;
        priceDigits[n] = pDigits;
        qtyDigits[n++] = qDigits;
    }

    LevelChanges toChanges() {
        return n == 0 ? LevelChanges.NONE : new LevelChanges(Arrays.copyOf(ticks, n), Arrays.copyOf(lots, n),
                Arrays.copyOf(priceDigits, n), Arrays.copyOf(qtyDigits, n));
    }
}
