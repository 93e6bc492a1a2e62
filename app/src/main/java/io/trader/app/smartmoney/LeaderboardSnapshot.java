package io.trader.app.smartmoney;

import io.trader.smartmoney.core.TrackedWallet;

import java.util.List;

/**
 * The tracked wallets of one stored leaderboard refresh.
 *
 * @param refreshTime when the refresh was read (epoch ms)
 * @param wallets     Tier 1 first, best score first within a tier
 */
public record LeaderboardSnapshot(long refreshTime, List<TrackedWallet> wallets) {

    public LeaderboardSnapshot {
        wallets = List.copyOf(wallets);
    }
}
