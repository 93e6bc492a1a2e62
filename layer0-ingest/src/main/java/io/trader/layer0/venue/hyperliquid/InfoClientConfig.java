package io.trader.layer0.venue.hyperliquid;

import io.trader.layer0.core.hyperliquid.HlBackoff;

import java.time.Duration;

/**
 * Settings of a {@link HyperliquidInfoClient}; {@link #defaults} uses {@link HyperliquidResilience}'s values.
 *
 * @param endpoint        where to send requests
 * @param requestTimeout  per attempt
 * @param maxAttempts     attempts per request including the first (>= 1)
 * @param retryBackoff    delay between attempts
 * @param weightPerMinute REST weight budget per minute
 */
public record InfoClientConfig(HyperliquidEndpoint endpoint, Duration requestTimeout, int maxAttempts,
                               HlBackoff retryBackoff, int weightPerMinute) {

    public InfoClientConfig {
        if (endpoint == null || requestTimeout == null || retryBackoff == null) {
            throw new IllegalArgumentException("endpoint, requestTimeout and retryBackoff are required");
        }
        if (maxAttempts < 1 || weightPerMinute < 1 || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("maxAttempts, weightPerMinute and requestTimeout must be positive");
        }
    }

    public static InfoClientConfig defaults(HyperliquidEndpoint endpoint) {
        return new InfoClientConfig(endpoint, HyperliquidResilience.REQUEST_TIMEOUT, HyperliquidResilience.MAX_ATTEMPTS,
                HyperliquidResilience.RETRY_BACKOFF, HyperliquidResilience.WEIGHT_PER_MINUTE);
    }

    public InfoClientConfig withRetry(int attempts, HlBackoff backoff) {
        return new InfoClientConfig(endpoint, requestTimeout, attempts, backoff, weightPerMinute);
    }

    public InfoClientConfig withRequestTimeout(Duration timeout) {
        return new InfoClientConfig(endpoint, timeout, maxAttempts, retryBackoff, weightPerMinute);
    }

    public InfoClientConfig withWeightPerMinute(int weight) {
        return new InfoClientConfig(endpoint, requestTimeout, maxAttempts, retryBackoff, weight);
    }
}
