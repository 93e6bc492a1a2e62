package io.trader.app.smartmoney;

import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TraderWeight;
import io.trader.smartmoney.core.TrackedWallet;

/**
 * One tracked wallet as the board shows it.
 *
 * @param wallet          the wallet as the last leaderboard refresh tracked it (tier, score, account value, windows)
 * @param weight          its latest weight, or null before the first {@code onWeights} that names it
 * @param lastRefresh     the time of its latest state (epoch ms), or -1 before the first
 * @param source          how that state was read (e.g. {@code ws}, {@code rest}), or null before the first
 */
public record BoardWallet(TrackedWallet wallet, TraderWeight weight, long lastRefresh, String source) {

    public String address() {
        return wallet.address();
    }

    public Tier tier() {
        return wallet.tier();
    }
}
