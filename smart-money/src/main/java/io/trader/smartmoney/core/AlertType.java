package io.trader.smartmoney.core;

/** What a whale did in one coin between two reads of its account. */
public enum AlertType {
    /** Flat before, a position now. */
    ENTRY,
    /** A position before, flat now. */
    EXIT,
    /** Long before and short now, or the reverse. */
    REVERSAL,
    /** Same direction, size changed by more than the threshold. */
    SIZE
}
