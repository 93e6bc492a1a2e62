package io.trader.notify.core;

/**
 * The retry schedule of a failed delivery, pure: after the n-th failed attempt wait {@code base * 2^(n-1)} capped
 * at {@code max}, or what the server asked for (HTTP {@code Retry-After}) capped at {@code maxRetryAfter}; give up
 * after {@code retries} retries.
 *
 * @param baseMs         the first wait
 * @param maxMs          the longest computed wait
 * @param retries        retries after the first attempt (0: one attempt only)
 * @param maxRetryAfterMs the longest wait a server's Retry-After may ask for
 */
public record Backoff(long baseMs, long maxMs, int retries, long maxRetryAfterMs) {

    /** Returned by {@link #delayAfter} when no retry is left. */
    public static final long GIVE_UP = -1;

    public Backoff {
        if (baseMs < 0 || maxMs < baseMs || retries < 0 || maxRetryAfterMs < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= base <= max, retries >= 0, max Retry-After >= 0");
        }
    }

    /**
     * How long to wait before the next attempt, or {@link #GIVE_UP}.
     *
     * @param failedAttempts attempts made so far, all failed (at least 1)
     * @param retryAfterMs   the wait the server asked for, or a negative number when it asked none
     */
    public long delayAfter(int failedAttempts, long retryAfterMs) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt failed before a retry: " + failedAttempts);
        }
        if (failedAttempts > retries) {
            return GIVE_UP;
        }
        if (retryAfterMs >= 0) {
            return Math.min(retryAfterMs, maxRetryAfterMs);
        }
        long d = baseMs;
        for (int i = 1; i < failedAttempts && d < maxMs; i++) {
            d *= 2;
        }
        return Math.min(d, maxMs);
    }
}
