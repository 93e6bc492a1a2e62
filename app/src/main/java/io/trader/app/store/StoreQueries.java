package io.trader.app.store;

import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.trader.app.store.Jdbc.millis;

/** Read-only queries for the HTTP API, reports and tests; each opens its own connection. */
final class StoreQueries {

    static final Set<String> TABLES = Set.of("candles", "orders", "fills", "positions", "equity", "risk_events",
            "decisions", "sessions", "session_open_orders", "kill_switch", "parent_orders");

    /** A query for the API that takes longer fails rather than holding the caller. */
    private static final int QUERY_TIMEOUT_SECONDS = 10;

    private final DataSource dataSource;
    private final String session;

    StoreQueries(DataSource dataSource, String session) {
        this.dataSource = dataSource;
        this.session = session;
    }

    long countRows(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a store table: " + table);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("count of " + table + " failed", e);
        }
    }

    List<OrderRow> recentOrders(int limit) {
        String sql = "SELECT * FROM orders WHERE session = ?"
                + " ORDER BY updated_time DESC, decision_time DESC, client_id COLLATE \"C\" DESC LIMIT ?";
        List<OrderRow> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            ps.setString(1, session);
            ps.setInt(2, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OrderRow(rs.getString("client_id"), rs.getString("session"), rs.getString("symbol"),
                            Side.valueOf(rs.getString("side")), OrderType.valueOf(rs.getString("type")),
                            rs.getBigDecimal("quantity"), rs.getBigDecimal("limit_price"),
                            TimeInForce.valueOf(rs.getString("time_in_force")), rs.getBoolean("reduce_only"),
                            OrderStatus.valueOf(rs.getString("status")), rs.getBigDecimal("filled_quantity"),
                            rs.getBigDecimal("avg_fill_price"), millis(rs, "decision_time"),
                            millis(rs, "updated_time"), rs.getString("reason"), rs.getString("status_reason"),
                            rs.getString("venue_order_id")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("recent orders query failed", e);
        }
    }

    List<RiskEventRow> riskEvents(int limit) {
        String sql = "SELECT * FROM risk_events WHERE session = ? ORDER BY time DESC, id DESC LIMIT ?";
        List<RiskEventRow> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, session);
            ps.setInt(2, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RiskEventRow(rs.getLong("id"), rs.getString("session"), millis(rs, "time"),
                            rs.getString("kind"), rs.getString("code"), rs.getString("symbol"),
                            rs.getString("client_id"), rs.getString("detail")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("risk events query failed", e);
        }
    }

    long lastCandleTime(String symbol) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT max(open_time) FROM candles WHERE symbol = ?")) {
            ps.setString(1, symbol);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                return t == null ? Long.MIN_VALUE : t.toInstant().toEpochMilli();
            }
        } catch (SQLException e) {
            throw new StoreException("last candle query failed", e);
        }
    }
}
