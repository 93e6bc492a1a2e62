package io.trader.venue.xchange;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket: {@code burst} tokens at most, refilled at {@code perSecond}. {@link #reserve} takes a token and
 * says how long the caller must wait before using it (0 when one was there), so callers queue in order; a venue's
 * "too many requests" answer empties the bucket for a back-off ({@link #penalize}). Time comes from the given
 * nanosecond source (tests drive it by hand). Thread-safe.
 */
public final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanos;
    private double tokens;
    private long last;
    private long blockedUntil;

    public TokenBucket(double perSecond, int burst, LongSupplier nanos) {
        if (!(perSecond > 0) || burst < 1 || nanos == null) {
            throw new IllegalArgumentException("perSecond > 0, burst >= 1 and a time source are required");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
        this.tokens = burst;
        this.last = nanos.getAsLong();
        this.blockedUntil = last;
    }

    /** Takes one token; returns the nanoseconds to wait before the call it pays for may go out. */
    public synchronized long reserve() {
        long now = nanos.getAsLong();
        refill(now);
        tokens -= 1;
        long wait = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perSecond * TimeUnit.SECONDS.toNanos(1));
        return Math.max(wait, blockedUntil - now);
    }

    /** The venue said "too many": no token for {@code backoffNanos}, and the bucket restarts empty. */
    public synchronized void penalize(long backoffNanos) {
        long now = nanos.getAsLong();
        refill(now);
        tokens = Math.min(tokens, 0);
        blockedUntil = Math.max(blockedUntil, now + backoffNanos);
    }

    /** Tokens available now (may be negative while callers wait). */
    public synchronized double available() {
        refill(nanos.getAsLong());
        return tokens;
    }

    private void refill(long now) {
        if (now > last) {
            tokens = Math.min(burst, tokens + (now - last) * perSecond / TimeUnit.SECONDS.toNanos(1));
            last = now;
        }
    }
}
