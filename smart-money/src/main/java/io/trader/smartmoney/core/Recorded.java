package io.trader.smartmoney.core;

import io.trader.smartmoney.data.WalletState;

import java.util.List;

/** One recorded smart-money event, in the order the feed saw them: a leaderboard selection or a wallet's state. */
public sealed interface Recorded permits Recorded.Selection, Recorded.State {

    /** When it was seen (epoch ms). */
    long time();

    /** The wallets selected by a leaderboard refresh at {@code time}. */
    record Selection(long time, List<TrackedWallet> wallets) implements Recorded {
        public Selection {
            wallets = List.copyOf(wallets);
        }
    }

    /** A wallet's state read at {@code time} (its own time is the venue's). */
    record State(long time, WalletState state) implements Recorded {
    }
}
