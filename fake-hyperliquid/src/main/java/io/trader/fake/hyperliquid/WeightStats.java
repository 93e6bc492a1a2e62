package io.trader.fake.hyperliquid;

import java.util.Map;

/**
 * The per-IP REST weight budget as the fake counted it (see {@link VenueWeights}), for tests asserting that a client
 * stays within the venue's limit.
 *
 * @param limitPerMinute  weight allowed per IP in any 60 s (0: not enforced, only counted)
 * @param maxWindowWeight the most weight any IP had used within 60 s, over the fake's life
 * @param refused         requests answered 429 because they would have gone over the limit
 * @param windowByIp      weight each IP used in the last 60 s
 */
public record WeightStats(int limitPerMinute, long maxWindowWeight, long refused, Map<String, Long> windowByIp) {

    public WeightStats {
        windowByIp = Map.copyOf(windowByIp);
    }
}
