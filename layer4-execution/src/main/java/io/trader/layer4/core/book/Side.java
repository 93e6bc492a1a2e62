package io.trader.layer4.core.book;

/** The side of an order in the simulator: a BUY takes asks / rests on bids, a SELL the reverse. */
public enum Side {
    BUY, SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
