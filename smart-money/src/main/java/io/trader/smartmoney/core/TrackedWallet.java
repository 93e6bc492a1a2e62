package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;

/**
 * A wallet the feed tracks: its leaderboard row, its score and its tier.
 *
 * @param row   the leaderboard row it was selected from
 * @param tier  its tier
 * @param score the score it was ranked and tiered on (higher is better)
 */
public record TrackedWallet(LeaderboardRow row, Tier tier, double score) {

    public TrackedWallet {
        if (row == null || tier == null || !Double.isFinite(score)) {
            throw new IllegalArgumentException("a tracked wallet needs a row, a tier and a finite score");
        }
    }

    public String address() {
        return row.address();
    }
}
