package io.trader.venue.hyperliquid.exec;

import io.trader.venue.hyperliquid.data.HlBackoff;

/**
 * The declared rate-limit and retry rules of the Hyperliquid adapter (venue rules: {@value #VENUE_WEIGHT_PER_MINUTE}
 * REST weight per minute per IP; an exchange action weighs {@code 1 + floor(batch / 40)}; info requests as
 * {@link io.trader.venue.hyperliquid.data.HlInfoWeights}; HTTP 429 and the address limit mean "slow down"). Requests reserve weight from the connection's one
 * {@link io.trader.core.venue.WeightBudget} (shared with market data, handed to the adapter; not a setting here)
 * before they go out; a 429 is retried after an exponential backoff (with jitter) up to {@code maxRetries} times,
 * re-signed with a fresh nonce.
 *
 * @param maxRetries       retries after a 429 (and, for info reads only, after 5xx or a timeout)
 * @param backoffMillis    first backoff
 * @param maxBackoffMillis backoff cap
 * @param jitter           fraction of the backoff taken off at random, in [0, 1]
 */
public record HyperliquidRateLimitPolicy(int maxRetries, long backoffMillis, long maxBackoffMillis, double jitter) {

    /** The venue's REST limit per IP (rate-limits doc), the budget of a standalone adapter. */
    public static final int VENUE_WEIGHT_PER_MINUTE = 1200;

    /** 5 retries from 250 ms doubling to 8 s, half jitter. */
    public static final HyperliquidRateLimitPolicy DEFAULT = new HyperliquidRateLimitPolicy(5, 250, 8_000, 0.5);

    public HyperliquidRateLimitPolicy {
        if (maxRetries < 0 || backoffMillis < 1 || maxBackoffMillis < backoffMillis) {
            throw new IllegalArgumentException("need maxRetries >= 0, 1 <= backoff <= max");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1]");
        }
    }

    /** Weight of an exchange action with {@code batch} orders or cancels: {@code 1 + floor(batch / 40)}. */
    public static int exchangeWeight(int batch) {
        return 1 + Math.max(0, batch) / 40;
    }

    /** Backoff before retry {@code attempt} (0 = first retry), given {@code random01} in [0, 1). */
    public long backoff(int attempt, double random01) {
        return asBackoff().delay(attempt, random01);
    }

    /** The same exponential backoff with jitter as market data's ({@link HlBackoff}). */
    public HlBackoff asBackoff() {
        return new HlBackoff(backoffMillis, maxBackoffMillis, jitter);
    }
}
