package io.trader.app.smartmoney;

import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WhaleAlert;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The smart-money tables' inserts (each idempotent: a row already there is left as it is) and the conversions between
 * epoch millis and timestamptz. Used by the store's writer thread and its reads.
 */
final class SmartMoneySql {

    /** Things the writer writes: a leaderboard refresh, a changed wallet state with its position changes, an alert. */
    sealed interface Write permits Leaderboard, State, Alert {
    }

    record Leaderboard(long refreshTime, List<TrackedWallet> wallets) implements Write {
    }

    record State(WalletState state, List<PositionChange> changes) implements Write {
    }

    record Alert(WhaleAlert alert) implements Write {
    }

    static final String LEADERBOARD = "INSERT INTO sm_leaderboard (refresh_time, address, tier, score, account_value,"
            + " display_name, day_pnl, day_roi, day_volume, week_pnl, week_roi, week_volume, month_pnl, month_roi,"
            + " month_volume, all_time_pnl, all_time_roi, all_time_volume)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String STATE = "INSERT INTO sm_wallet_states (address, time, account_value, positions)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String POSITION = "INSERT INTO sm_wallet_positions (address, time, coin, szi, entry_px,"
            + " position_value, unrealized_pnl, leverage, isolated, liquidation_px)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String CHANGE = "INSERT INTO sm_position_changes (address, coin, time, old_szi, new_szi, type)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String ALERT = "INSERT INTO sm_whale_alerts (id, time, address, tier, coin, type, priority,"
            + " previous_size, new_size, notional, price, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING";

    /** The window column prefixes, in {@link Window} order. */
    static final String[] WINDOW_COLUMNS = {"day", "week", "month", "all_time"};

    private SmartMoneySql() {
    }

    /** Writes {@code writes} on {@code c} as JDBC batches (one statement per table); the caller commits. */
    static void write(Connection c, List<? extends Write> writes) throws SQLException {
        try (PreparedStatement lb = c.prepareStatement(LEADERBOARD);
             PreparedStatement st = c.prepareStatement(STATE);
             PreparedStatement pos = c.prepareStatement(POSITION);
             PreparedStatement ch = c.prepareStatement(CHANGE);
             PreparedStatement al = c.prepareStatement(ALERT)) {
            int[] counts = new int[5];
            for (Write w : writes) {
                if (w instanceof Leaderboard l) {
                    for (TrackedWallet t : l.wallets()) {
                        bindLeaderboard(lb, l.refreshTime(), t);
                        lb.addBatch();
                        counts[0]++;
                    }
                } else if (w instanceof State s) {
                    bindState(st, s.state());
                    st.addBatch();
                    counts[1]++;
                    for (WalletPosition p : s.state().positions().values()) {
                        bindPosition(pos, s.state(), p);
                        pos.addBatch();
                        counts[2]++;
                    }
                    for (PositionChange pc : s.changes()) {
                        bindChange(ch, pc);
                        ch.addBatch();
                        counts[3]++;
                    }
                } else if (w instanceof Alert a) {
                    bindAlert(al, a.alert());
                    al.addBatch();
                    counts[4]++;
                }
            }
            // states before their positions (the foreign key)
            PreparedStatement[] inOrder = {lb, st, pos, ch, al};
            for (int i = 0; i < inOrder.length; i++) {
                if (counts[i] > 0) {
                    inOrder[i].executeBatch();
                }
            }
        }
    }

    private static void bindLeaderboard(PreparedStatement ps, long refreshTime, TrackedWallet t) throws SQLException {
        ps.setObject(1, ts(refreshTime));
        ps.setString(2, t.address());
        ps.setShort(3, (short) t.tier().number());
        ps.setDouble(4, t.score());
        ps.setBigDecimal(5, t.row().accountValue());
        text(ps, 6, t.row().displayName());
        int i = 7;
        for (Window w : Window.values()) {
            WindowStats s = t.row().window(w);
            decimal(ps, i++, s == null ? null : s.pnl());
            decimal(ps, i++, s == null ? null : s.roi());
            decimal(ps, i++, s == null ? null : s.volume());
        }
    }

    private static void bindState(PreparedStatement ps, WalletState s) throws SQLException {
        ps.setString(1, s.address());
        ps.setObject(2, ts(s.time()));
        ps.setBigDecimal(3, s.accountValue());
        ps.setInt(4, s.positions().size());
    }

    private static void bindPosition(PreparedStatement ps, WalletState s, WalletPosition p) throws SQLException {
        ps.setString(1, s.address());
        ps.setObject(2, ts(s.time()));
        ps.setString(3, p.coin());
        ps.setBigDecimal(4, p.size());
        ps.setBigDecimal(5, p.entryPrice());
        ps.setBigDecimal(6, p.positionValue());
        ps.setBigDecimal(7, p.unrealizedPnl());
        ps.setInt(8, p.leverage());
        ps.setBoolean(9, p.isolated());
        decimal(ps, 10, p.liquidationPrice());
    }

    private static void bindChange(PreparedStatement ps, PositionChange c) throws SQLException {
        ps.setString(1, c.address());
        ps.setString(2, c.coin());
        ps.setObject(3, ts(c.time()));
        ps.setBigDecimal(4, c.oldSize());
        ps.setBigDecimal(5, c.newSize());
        ps.setString(6, c.type().name());
    }

    private static void bindAlert(PreparedStatement ps, WhaleAlert a) throws SQLException {
        ps.setString(1, a.id());
        ps.setObject(2, ts(a.time()));
        ps.setString(3, a.address());
        ps.setShort(4, (short) a.tier().number());
        ps.setString(5, a.coin());
        ps.setString(6, a.type().name());
        ps.setString(7, a.priority().name());
        ps.setBigDecimal(8, a.previousSize());
        ps.setBigDecimal(9, a.newSize());
        ps.setBigDecimal(10, a.notional());
        ps.setBigDecimal(11, a.price());
        ps.setString(12, a.detail());
    }

    static OffsetDateTime ts(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    static long millis(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        if (t == null) {
            throw new SQLException("column " + column + " is null");
        }
        return t.toInstant().toEpochMilli();
    }

    private static void decimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
