package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;

import java.util.List;

/**
 * Picks the wallets to track from one leaderboard read, row by row, in bounded memory (the leaderboard has tens of
 * thousands of rows; a selection keeps only its best candidates). One selection per read: {@link #offer} every row,
 * then {@link #finish} once.
 */
public interface WalletSelection {

    /** Considers one row (vaults and excluded addresses are the selection's to skip). */
    void offer(LeaderboardRow row);

    /** The tracked wallets, Tier 1 first, best score first within a tier. */
    List<TrackedWallet> finish();
}
