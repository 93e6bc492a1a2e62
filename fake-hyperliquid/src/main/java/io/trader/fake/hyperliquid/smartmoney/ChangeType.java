package io.trader.fake.hyperliquid.smartmoney;

/** What a position change is, as the ground-truth log names it. */
public enum ChangeType {
    /** From flat (or no row) to a position. */
    ENTRY,
    /** From a position to flat; the row stays in {@code assetPositions} with size 0 until {@link #CLEAR}. */
    EXIT,
    /** Long to short or short to long in one step. */
    REVERSAL,
    /** Same side, a real size change (more than 1%). */
    RESIZE,
    /** Noise: same side, a tiny size change (under 1%). */
    JITTER,
    /** Noise: only the coin's mark price moved (size unchanged; old and new size are equal). */
    MARK,
    /** A flat (size 0) row leaves {@code assetPositions}. */
    CLEAR
}
