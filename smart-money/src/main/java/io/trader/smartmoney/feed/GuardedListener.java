package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.data.WalletState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The user's listener behind a guard: an exception thrown by it is logged and counted, never allowed to stop the
 * poller, the streams or the leaderboard refresh that called it.
 */
final class GuardedListener implements SmartMoneyListener {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final SmartMoneyListener inner;
    private final AtomicLong errors;

    GuardedListener(SmartMoneyListener inner, AtomicLong errors) {
        this.inner = inner;
        this.errors = errors;
    }

    @Override
    public void onWallets(List<TrackedWallet> wallets, long time) {
        guard(() -> inner.onWallets(wallets, time), "onWallets");
    }

    @Override
    public void onState(WalletState state, TrackedWallet wallet, Source source) {
        guard(() -> inner.onState(state, wallet, source), "onState");
    }

    @Override
    public void onReadFailed(String address, String reason) {
        guard(() -> inner.onReadFailed(address, reason), "onReadFailed");
    }

    @Override
    public void onLeaderboardFailed(String reason) {
        guard(() -> inner.onLeaderboardFailed(reason), "onLeaderboardFailed");
    }

    private void guard(Runnable call, String what) {
        try {
            call.run();
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            LOG.warn("smart-money listener {} threw; the feed goes on", what, e);
        }
    }
}
