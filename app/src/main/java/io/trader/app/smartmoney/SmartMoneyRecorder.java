package io.trader.app.smartmoney;

import io.trader.app.http.UserText;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.CoinBias;
import io.trader.smartmoney.core.TraderWeight;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WhaleAlert;
import io.trader.smartmoney.data.WalletState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * The one place the feed's wiring hands what it sees to: the board (for the API and the metrics), the store when there
 * is one (for replays), and the log for whale alerts (one line each: WARN for CRITICAL, INFO otherwise). Every method
 * may be called from any thread; the store's writes block only while its queue is full.
 */
public final class SmartMoneyRecorder {

    private static final Logger LOG = LoggerFactory.getLogger("io.trader.smartmoney.alerts");
    private final SmartMoneyBoard board;
    private final SmartMoneyStore store;

    /** @param store the store, or null to keep the board (and the log) only */
    public SmartMoneyRecorder(SmartMoneyBoard board, SmartMoneyStore store) {
        this.board = Objects.requireNonNull(board, "board");
        this.store = store;
    }

    public SmartMoneyBoard board() {
        return board;
    }

    /** The store, or null. */
    public SmartMoneyStore store() {
        return store;
    }

    /** A leaderboard refresh read at {@code time}: the board's wallets, and one stored snapshot. */
    public void onWallets(long time, List<TrackedWallet> wallets) {
        board.onWallets(time, wallets);
        if (store != null) {
            store.recordLeaderboard(time, wallets);
        }
    }

    public void onWeights(List<TraderWeight> weights) {
        board.onWeights(weights);
    }

    /**
     * A wallet state read through {@code source} ({@code ws} or {@code rest}): the board's read time, and the store
     * when it changed.
     *
     * @return true when the store queued it (a change), false when unchanged or there is no store
     */
    public boolean onState(WalletState state, String source) {
        board.onState(state.address(), state.time(), source);
        return store != null && store.recordState(state);
    }

    public void onBias(CoinBias bias) {
        board.onBias(bias);
    }

    /**
     * A whale alert: logged, on the board, stored (the store ignores an id it has already).
     *
     * @return false when the board had it already (then it is neither logged nor stored again)
     */
    public boolean onAlert(WhaleAlert alert) {
        if (!board.onAlert(alert)) {
            return false;
        }
        String line = "whale alert {} {} {} {}: {}";
        Object[] args = {alert.priority(), alert.type(), UserText.forLog(alert.coin()), alert.id(),
                UserText.forLog(alert.detail())};
        if (alert.priority() == AlertPriority.CRITICAL) {
            LOG.warn(line, args);
        } else {
            LOG.info(line, args);
        }
        if (store != null) {
            store.recordAlert(alert);
        }
        return true;
    }
}
