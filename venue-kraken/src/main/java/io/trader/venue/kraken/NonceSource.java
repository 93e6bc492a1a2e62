package io.trader.venue.kraken;

import java.util.function.LongSupplier;

/**
 * Strictly increasing Kraken nonces: wall-clock milliseconds x 1000 plus a counter, so up to 1000 nonces per
 * millisecond stay above every earlier one and a restart (a later wall clock) starts above the last session's
 * nonces without persisting anything. A clock that steps back is ignored (the sequence keeps increasing).
 * Thread-safe.
 */
public final class NonceSource {

    private final LongSupplier wallMillis;
    private long last;

    /** @param wallMillis the wall clock in epoch ms (the shell's clock; tests pass a fixed one) */
    public NonceSource(LongSupplier wallMillis) {
        this.wallMillis = wallMillis;
    }

    /** The next nonce, above every nonce this source gave before. */
    public synchronized long next() {
        long candidate = Math.multiplyExact(wallMillis.getAsLong(), 1000L);
        last = Math.max(last + 1, candidate);
        return last;
    }
}
