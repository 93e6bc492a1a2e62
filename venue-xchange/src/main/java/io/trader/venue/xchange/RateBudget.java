package io.trader.venue.xchange;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The request budget of one venue instance: every XChange call of the adapter goes through {@link #acquire} on
 * the adapter's own I/O thread (never the engine's), which waits for a token of the venue's declared limit
 * ({@link VenueProfile#privatePerSecond()}, {@link VenueProfile#privateBurst()}).
 */
public final class RateBudget {

    private final TokenBucket bucket;
    private long waits;

    public RateBudget(TokenBucket bucket) {
        this.bucket = bucket;
    }

    public static RateBudget of(VenueProfile profile) {
        return new RateBudget(new TokenBucket(profile.privatePerSecond(), profile.privateBurst(), System::nanoTime));
    }

    /** Blocks the calling (I/O) thread until the next call may go out. */
    public void acquire() {
        long wait = bucket.reserve();
        if (wait > 0) {
            waits++;
            long deadline = System.nanoTime() + wait;
            for (long left = wait; left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    }

    /** Blocks until {@code calls} requests may go out (one module call that makes several HTTP requests). */
    public void acquire(int calls) {
        for (int i = 0; i < calls; i++) {
            acquire();
        }
    }

    /** A 429 / rate-limit answer: back off {@code millis} before anything else goes out. */
    public void backOff(long millis) {
        bucket.penalize(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** Calls that had to wait for a token so far. */
    public long waits() {
        return waits;
    }
}
