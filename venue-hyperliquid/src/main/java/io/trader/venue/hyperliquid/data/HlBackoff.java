package io.trader.venue.hyperliquid.data;

/**
 * Exponential backoff with jitter: attempt {@code k} (0-based) waits {@code min(max, base * 2^k)} scaled down by up
 * to {@code jitter} (a fraction in [0, 1]) using a random number the caller supplies, so the policy stays pure and
 * tests can fix the randomness.
 *
 * @param baseMillis first delay
 * @param maxMillis  cap on the delay before jitter
 * @param jitter     largest fraction taken off ({@code 0.5}: a delay in [d/2, d])
 */
public record HlBackoff(long baseMillis, long maxMillis, double jitter) {

    public HlBackoff {
        if (baseMillis <= 0 || maxMillis < baseMillis) {
            throw new IllegalArgumentException("need 0 < baseMillis <= maxMillis");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1]");
        }
    }

    /** Delay before retry {@code attempt} (0 = first retry), given {@code random01} in [0, 1). */
    public long delay(int attempt, double random01) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be >= 0");
        }
        long d = baseMillis;
        for (int i = 0; i < attempt && d < maxMillis; i++) {
            d = d > maxMillis / 2 ? maxMillis : d * 2;
        }
        double r = Math.min(Math.max(random01, 0), 1);
        return Math.max(1, Math.round(d * (1 - jitter * r)));
    }
}
