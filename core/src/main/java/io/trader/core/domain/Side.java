package io.trader.core.domain;

/** Order side; {@link #sign()} is +1 for buys and -1 for sells. */
public enum Side {
    BUY(1), SELL(-1);

    private final int sign;

    Side(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** The side that moves a position by a signed quantity delta (must be non-zero). */
    public static Side of(long signedDelta) {
        if (signedDelta == 0) {
            throw new IllegalArgumentException("zero delta has no side");
        }
        return signedDelta > 0 ? BUY : SELL;
    }
}
