package io.trader.venue.hyperliquid.exec;

import io.trader.core.port.TimeSource;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Nonces for one signer: epoch milliseconds from a time source, strictly increasing and never repeated,
 * {@code next = max(now, last + 1)}. Thread-safe and lock-free. The venue keeps the 100 highest nonces per
 * signer and wants them within (now − 2 days, now + 1 day), so use one instance per signing key (API wallet)
 * and let bursts run ahead of the clock by at most a few milliseconds.
 */
public final class NonceSource {

    private final LongSupplier clock;
    private final AtomicLong last;

    /**
     * @param clock    epoch milliseconds (the shell passes the wall clock; tests a fake)
     * @param floor    the highest nonce already used by this signer (e.g. restored), or 0
     */
    public NonceSource(LongSupplier clock, long floor) {
        if (clock == null) {
            throw new IllegalArgumentException("clock is required");
        }
        this.clock = clock;
        this.last = new AtomicLong(floor);
    }

    /** A nonce source on the platform's time source, starting from nothing used. */
    public static NonceSource of(TimeSource time) {
        return new NonceSource(time::millis, 0);
    }

    /** The next nonce: the current time, or one more than the previous nonce if the clock has not moved on. */
    public long next() {
        long now = clock.getAsLong();
        return last.updateAndGet(prev -> Math.max(now, prev + 1));
    }

    /** The last nonce handed out (or the floor). */
    public long last() {
        return last.get();
    }
}
