package io.trader.app.smartmoney;

import io.trader.app.store.StoreException;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WhaleAlert;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What the smart-money feed saw, in PostgreSQL (migration {@code V8__smart_money.sql}), so that the signal can be
 * replayed and backtested later: leaderboard refreshes, wallet states, the position changes between them, whale
 * alerts.
 *
 * <p><b>Writes</b> ({@code record...}) only queue (they block while the queue is full and never drop); one background
 * thread writes the queue in batches. Every insert is idempotent: an alert whose id is stored already, a refresh or a
 * state at a time stored already, is left as it is. {@link #flush()} waits until everything queued before is
 * committed. Failed writes are logged and counted ({@link #writeErrors()}).
 *
 * <p><b>Only changes of wallet state are stored.</b> {@link #recordState} compares the state with the wallet's previous
 * one (the last one recorded, or after a restart the newest stored one, loaded when the store opens): when the account
 * value and every position figure (size, entry price, position value, unrealised P&amp;L, leverage, margin mode,
 * liquidation price) are numerically equal, the state is not written again (counted in {@link #statesUnchanged()}).
 * A changed state is written whole with its positions, plus one {@link PositionChange} per coin whose size differs
 * from the previous state. A replay therefore sees each wallet at the times its account changed; between two stored
 * states the wallet was as the first one says. (A wallet with an open position changes with the mark, so its states
 * are stored at every read; idle and flat wallets cost nothing.)
 *
 * <p><b>Reads</b> open a connection each and never wait for the queue (call {@link #flush()} first to see the latest
 * writes); they throw {@link StoreException} when the database cannot be read.
 */
public final class SmartMoneyStore implements AutoCloseable {

    /** Default number of queued writes before {@code record...} blocks. */
    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    /** Default largest number of queued writes in one transaction. */
    public static final int DEFAULT_MAX_BATCH = 500;

    private final SmartMoneyWriter writer;
    private final SmartMoneyReads reads;
    /** The last state recorded of each wallet (the change check's "previous"). */
    private final Map<String, WalletState> previous = new HashMap<>();
    private final AtomicLong statesWritten = new AtomicLong();
    private final AtomicLong statesUnchanged = new AtomicLong();

    /** A store on {@code dataSource} (migrated by {@code io.trader.app.store.Database}); loads the newest states. */
    public SmartMoneyStore(DataSource dataSource) {
        this(dataSource, DEFAULT_QUEUE_CAPACITY, DEFAULT_MAX_BATCH);
    }

    /** @throws StoreException when the newest stored states cannot be read */
    public SmartMoneyStore(DataSource dataSource, int queueCapacity, int maxBatch) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.reads = new SmartMoneyReads(dataSource);
        for (WalletState s : latestStates()) {
            previous.put(s.address(), s);
        }
        this.writer = new SmartMoneyWriter(dataSource, queueCapacity, maxBatch);
    }

    /** Queues one leaderboard refresh: the tracked wallets with their tier, score and window figures. */
    public void recordLeaderboard(long refreshTime, List<TrackedWallet> wallets) {
        writer.enqueue(new SmartMoneySql.Leaderboard(refreshTime, List.copyOf(wallets)));
    }

    /**
     * Queues {@code state} when it differs from the wallet's previous state (see the class comment), with its position
     * changes; a state older than the previous one is refused (the time order of a replay).
     *
     * @return true when the state was queued, false when it equals the previous one or is older than it
     */
    public boolean recordState(WalletState state) {
        List<PositionChange> changes;
        synchronized (previous) {
            WalletState before = previous.get(state.address());
            if (before != null && (state.time() <= before.time() || sameFigures(before, state))) {
                statesUnchanged.incrementAndGet();
                return false;
            }
            changes = before == null ? List.of() : PositionChange.between(before, state);
            writer.enqueue(new SmartMoneySql.State(state, changes));
            previous.put(state.address(), state);
        }
        statesWritten.incrementAndGet();
        return true;
    }

    /** Queues a whale alert; an alert whose id is stored already is not written again. */
    public void recordAlert(WhaleAlert alert) {
        writer.enqueue(new SmartMoneySql.Alert(Objects.requireNonNull(alert, "alert")));
    }

    /** Waits until everything queued before this call is committed. */
    public void flush() {
        writer.flush();
    }

    /** Writes that failed since the store opened (each logged). */
    public long writeErrors() {
        return writer.errors();
    }

    /** States queued as changes since the store opened. */
    public long statesWritten() {
        return statesWritten.get();
    }

    /** States not written because they equal the wallet's previous one (or are older than it). */
    public long statesUnchanged() {
        return statesUnchanged.get();
    }

    /** A page of the stored alert history, newest first. */
    public AlertPage alerts(AlertQuery query) {
        try {
            return reads.alerts(query);
        } catch (SQLException e) {
            throw failed("alert history", e);
        }
    }

    /** The newest stored state of every wallet, by address. */
    public List<WalletState> latestStates() {
        try {
            return reads.latestStates();
        } catch (SQLException e) {
            throw failed("latest wallet states", e);
        }
    }

    /** The newest stored state of one wallet. */
    public Optional<WalletState> latestState(String address) {
        try {
            return reads.latestState(address);
        } catch (SQLException e) {
            throw failed("latest state of " + address, e);
        }
    }

    /**
     * Streams the stored states with {@code from <= time < to} to {@code sink} in time order (then by address), in
     * bounded memory: the input of a replay or backtest of the signal.
     */
    public void replay(long from, long to, Consumer<WalletState> sink) {
        try {
            reads.replay(from, to, sink);
        } catch (SQLException e) {
            throw failed("replay", e);
        }
    }

    /** The stored states with {@code from <= time < to} in time order (then by address), as a list. */
    public List<WalletState> replay(long from, long to) {
        List<WalletState> out = new ArrayList<>();
        replay(from, to, out::add);
        return out;
    }

    /** Stored position changes with {@code from <= time < to}, oldest first, at most {@code limit}. */
    public List<PositionChange> positionChanges(long from, long to, int limit) {
        try {
            return reads.positionChanges(from, to, limit);
        } catch (SQLException e) {
            throw failed("position changes", e);
        }
    }

    /** The newest stored leaderboard refresh at or before {@code time} (the tiers a replay at that time used). */
    public Optional<LeaderboardSnapshot> leaderboardAt(long time) {
        try {
            return reads.leaderboardAt(time);
        } catch (SQLException e) {
            throw failed("leaderboard", e);
        }
    }

    /** The times of the stored leaderboard refreshes with {@code from <= time < to}, oldest first. */
    public List<Long> leaderboardTimes(long from, long to) {
        try {
            return reads.leaderboardTimes(from, to);
        } catch (SQLException e) {
            throw failed("leaderboard times", e);
        }
    }

    /** Writes what is queued and stops the writer; {@code record...} after this throws. Reads still work. */
    @Override
    public void close() {
        writer.close();
    }

    private static StoreException failed(String what, SQLException cause) {
        return new StoreException("smart-money " + what + " failed: " + cause.getMessage(), cause);
    }

    /** Equal account value and positions, numerically (scale aside), whatever their times. */
    static boolean sameFigures(WalletState a, WalletState b) {
        if (a.accountValue().compareTo(b.accountValue()) != 0 || !a.positions().keySet().equals(b.positions().keySet())) {
            return false;
        }
        for (WalletPosition p : a.positions().values()) {
            WalletPosition q = b.position(p.coin());
            if (p.size().compareTo(q.size()) != 0 || p.entryPrice().compareTo(q.entryPrice()) != 0
                    || p.positionValue().compareTo(q.positionValue()) != 0
                    || p.unrealizedPnl().compareTo(q.unrealizedPnl()) != 0 || p.leverage() != q.leverage()
                    || p.isolated() != q.isolated() || !sameOrBothNull(p.liquidationPrice(), q.liquidationPrice())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameOrBothNull(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
