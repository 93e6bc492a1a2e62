package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.data.HlBackoff;

import java.time.Duration;

/**
 * Settings of a {@link HyperliquidInfoClient}; {@link #defaults} uses {@link HyperliquidResilience}'s values.
 *
 * @param endpoint        where to send requests
 * @param requestTimeout  per attempt
 * @param maxAttempts     attempts per request including the first (>= 1)
 * @param retryBackoff    delay between attempts
 *
 * <p>The weight budget is no setting of this record: it is the connection's one {@code WeightBudget}, handed to
 * {@link HyperliquidInfoRaw} (shared with order entry).
 */
public record InfoClientConfig(HyperliquidEndpoint endpoint, Duration requestTimeout, int maxAttempts,
                               HlBackoff retryBackoff) {

    public InfoClientConfig {
        if (endpoint == null || requestTimeout == null || retryBackoff == null) {
            throw new IllegalArgumentException("endpoint, requestTimeout and retryBackoff are required");
        }
        if (maxAttempts < 1 || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("maxAttempts and requestTimeout must be positive");
        }
    }

    public static InfoClientConfig defaults(HyperliquidEndpoint endpoint) {
        return new InfoClientConfig(endpoint, HyperliquidResilience.REQUEST_TIMEOUT, HyperliquidResilience.MAX_ATTEMPTS,
                HyperliquidResilience.RETRY_BACKOFF);
    }

    public InfoClientConfig withRetry(int attempts, HlBackoff backoff) {
        return new InfoClientConfig(endpoint, requestTimeout, attempts, backoff);
    }

    public InfoClientConfig withRequestTimeout(Duration timeout) {
        return new InfoClientConfig(endpoint, timeout, maxAttempts, retryBackoff);
    }
}
