package io.trader.app.smartmoney;

import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WhaleAlert;
import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static io.trader.app.smartmoney.SmartMoneySql.millis;
import static io.trader.app.smartmoney.SmartMoneySql.ts;

/** The smart-money store's reads; each opens its own connection (none waits for the write queue). */
final class SmartMoneyReads {

    /** A read for the API that takes longer fails rather than holding the caller. */
    private static final int QUERY_TIMEOUT_SECONDS = 10;
    private static final String STATE_COLUMNS = "s.address, s.time, s.account_value, p.coin, p.szi, p.entry_px,"
            + " p.position_value, p.unrealized_pnl, p.leverage, p.isolated, p.liquidation_px";

    private final DataSource dataSource;

    SmartMoneyReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    AlertPage alerts(AlertQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM sm_whale_alerts WHERE time >= ?");
        List<Object> args = new ArrayList<>();
        args.add(ts(q.since() == Long.MIN_VALUE ? -62_135_596_800_000L : q.since())); // year 1
        if (q.before() != null) {
            sql.append(" AND (time, id) < (?, ?)");
            args.add(ts(q.before().time()));
            args.add(q.before().id());
        }
        if (q.coin() != null) {
            sql.append(" AND coin = ?");
            args.add(q.coin());
        }
        if (q.type() != null) {
            sql.append(" AND type = ?");
            args.add(q.type().name());
        }
        if (q.priority() != null) {
            sql.append(" AND priority = ?");
            args.add(q.priority().name());
        }
        sql.append(" ORDER BY time DESC, id DESC LIMIT ?");
        args.add(q.limit() + 1);
        List<WhaleAlert> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(alert(rs));
                }
            }
        }
        if (out.size() <= q.limit()) {
            return new AlertPage(out, null);
        }
        List<WhaleAlert> page = out.subList(0, q.limit());
        WhaleAlert last = page.get(page.size() - 1);
        return new AlertPage(page, new AlertQuery.Cursor(last.time(), last.id()));
    }

    private static WhaleAlert alert(ResultSet rs) throws SQLException {
        return new WhaleAlert(rs.getString("id"), millis(rs, "time"), rs.getString("address"),
                tier(rs.getShort("tier")), rs.getString("coin"), AlertType.valueOf(rs.getString("type")),
                AlertPriority.valueOf(rs.getString("priority")), rs.getBigDecimal("previous_size"),
                rs.getBigDecimal("new_size"), rs.getBigDecimal("notional"), rs.getBigDecimal("price"),
                rs.getString("detail"));
    }

    /** The newest stored state of every wallet, by address. */
    List<WalletState> latestStates() throws SQLException {
        String sql = "SELECT " + STATE_COLUMNS + " FROM (SELECT DISTINCT ON (address) address, time, account_value"
                + " FROM sm_wallet_states ORDER BY address, time DESC) s LEFT JOIN sm_wallet_positions p"
                + " ON p.address = s.address AND p.time = s.time ORDER BY s.address, p.coin";
        List<WalletState> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                readStates(rs, out::add);
            }
        }
        return out;
    }

    /** The newest stored state of {@code address}. */
    Optional<WalletState> latestState(String address) throws SQLException {
        String sql = "SELECT " + STATE_COLUMNS + " FROM (SELECT * FROM sm_wallet_states WHERE address = ?"
                + " ORDER BY time DESC LIMIT 1) s LEFT JOIN sm_wallet_positions p"
                + " ON p.address = s.address AND p.time = s.time ORDER BY p.coin";
        List<WalletState> out = new ArrayList<>(1);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            ps.setString(1, address);
            try (ResultSet rs = ps.executeQuery()) {
                readStates(rs, out::add);
            }
        }
        return out.stream().findFirst();
    }

    /** Stored states with {@code from <= time < to}, by time then address, streamed through a cursor. */
    void replay(long from, long to, Consumer<WalletState> sink) throws SQLException {
        String sql = "SELECT " + STATE_COLUMNS + " FROM sm_wallet_states s LEFT JOIN sm_wallet_positions p"
                + " ON p.address = s.address AND p.time = s.time WHERE s.time >= ? AND s.time < ?"
                + " ORDER BY s.time, s.address, p.coin";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // the driver streams (fetch size) only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(2_000);
                ps.setObject(1, ts(from));
                ps.setObject(2, ts(to));
                try (ResultSet rs = ps.executeQuery()) {
                    readStates(rs, sink);
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** Groups rows (ordered so that a state's rows are adjacent) into states. */
    private static void readStates(ResultSet rs, Consumer<WalletState> sink) throws SQLException {
        String address = null;
        long time = 0;
        BigDecimal accountValue = null;
        List<WalletPosition> positions = new ArrayList<>();
        while (rs.next()) {
            String a = rs.getString("address");
            long t = millis(rs, "time");
            if (address != null && (t != time || !a.equals(address))) {
                sink.accept(WalletState.of(address, time, accountValue, positions));
                positions = new ArrayList<>();
            }
            address = a;
            time = t;
            accountValue = rs.getBigDecimal("account_value");
            String coin = rs.getString("coin");
            if (coin != null) {
                positions.add(new WalletPosition(coin, rs.getBigDecimal("szi"), rs.getBigDecimal("entry_px"),
                        rs.getBigDecimal("position_value"), rs.getBigDecimal("unrealized_pnl"), rs.getInt("leverage"),
                        rs.getBoolean("isolated"), rs.getBigDecimal("liquidation_px")));
            }
        }
        if (address != null) {
            sink.accept(WalletState.of(address, time, accountValue, positions));
        }
    }

    /** Position changes with {@code from <= time < to}, oldest first, at most {@code limit}. */
    List<PositionChange> positionChanges(long from, long to, int limit) throws SQLException {
        String sql = "SELECT * FROM sm_position_changes WHERE time >= ? AND time < ? ORDER BY time, address, coin"
                + " LIMIT ?";
        List<PositionChange> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, ts(from));
            ps.setObject(2, ts(to));
            ps.setInt(3, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PositionChange(rs.getString("address"), rs.getString("coin"), millis(rs, "time"),
                            rs.getBigDecimal("old_szi"), rs.getBigDecimal("new_szi"),
                            AlertType.valueOf(rs.getString("type"))));
                }
            }
        }
        return out;
    }

    /** The times of the stored leaderboard refreshes with {@code from <= time < to}, oldest first. */
    List<Long> leaderboardTimes(long from, long to) throws SQLException {
        String sql = "SELECT DISTINCT refresh_time FROM sm_leaderboard WHERE refresh_time >= ? AND refresh_time < ?"
                + " ORDER BY refresh_time";
        List<Long> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, ts(from));
            ps.setObject(2, ts(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(millis(rs, "refresh_time"));
                }
            }
        }
        return out;
    }

    /** The newest leaderboard refresh at or before {@code time}. */
    Optional<LeaderboardSnapshot> leaderboardAt(long time) throws SQLException {
        String sql = "SELECT * FROM sm_leaderboard WHERE refresh_time = (SELECT max(refresh_time) FROM sm_leaderboard"
                + " WHERE refresh_time <= ?) ORDER BY tier, score DESC, address";
        List<TrackedWallet> wallets = new ArrayList<>();
        long refresh = Long.MIN_VALUE;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, ts(time));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refresh = millis(rs, "refresh_time");
                    Map<Window, WindowStats> windows = new EnumMap<>(Window.class);
                    for (Window w : Window.values()) {
                        String col = SmartMoneySql.WINDOW_COLUMNS[w.ordinal()];
                        BigDecimal pnl = rs.getBigDecimal(col + "_pnl");
                        if (pnl != null) {
                            windows.put(w, new WindowStats(pnl, rs.getBigDecimal(col + "_roi"),
                                    rs.getBigDecimal(col + "_volume")));
                        }
                    }
                    LeaderboardRow row = new LeaderboardRow(rs.getString("address"), rs.getBigDecimal("account_value"),
                            rs.getString("display_name"), windows);
                    wallets.add(new TrackedWallet(row, tier(rs.getShort("tier")), rs.getDouble("score")));
                }
            }
        }
        return wallets.isEmpty() ? Optional.empty() : Optional.of(new LeaderboardSnapshot(refresh, wallets));
    }

    static Tier tier(int number) {
        if (number < 1 || number > Tier.values().length) {
            throw new IllegalArgumentException("no tier " + number);
        }
        return Tier.values()[number - 1];
    }
}
