package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.data.WalletState;

import java.util.List;

/**
 * What the {@link SmartMoneyFeed} tells its user (the recorder, the alert detector, the signal). Calls come on the
 * feed's Vert.x context, one at a time; a listener must not block.
 */
public interface SmartMoneyListener {

    /** Where a state came from. */
    enum Source {
        /** A REST {@code clearinghouseState} read. */
        REST,
        /** A WebSocket {@code clearinghouseState} push. */
        WS
    }

    /** A new set of tracked wallets (after each leaderboard read), Tier 1 first; {@code time} is when it was read. */
    void onWallets(List<TrackedWallet> wallets, long time);

    /** A fresh state of a tracked wallet. */
    void onState(WalletState state, TrackedWallet wallet, Source source);

    /** Reading a wallet failed (after the transport's retries) or its answer was malformed; it is read again later. */
    void onReadFailed(String address, String reason);

    /** A leaderboard read failed; the previous wallets stay tracked. */
    default void onLeaderboardFailed(String reason) {
    }
}
