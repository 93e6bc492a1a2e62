package io.trader.core.domain;

/**
 * Order lifecycle. {@link #UNKNOWN} is the state of an order whose fate the venue has not told us
 * (timeout, dropped connection): it is neither open nor closed and must be reconciled.
 */
public enum OrderStatus {
    NEW, ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, UNKNOWN;

    public boolean isTerminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED;
    }

    public boolean isOpen() {
        return this == NEW || this == ACCEPTED || this == PARTIALLY_FILLED;
    }
}
