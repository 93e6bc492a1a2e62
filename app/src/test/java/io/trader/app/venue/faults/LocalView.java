package io.trader.app.venue.faults;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the trader believes, as the audit compares it with the venue.
 *
 * @param orders       every order of the session (API view: live states merged with the store's history)
 * @param fills        the session's fills in the store, by fill id ({@code hl-<tid>})
 * @param storeStatus  the order status the store holds, by client id
 * @param position     the session's BTC position (coins)
 * @param equity       the session's equity (USD), marked at {@code markPrice}
 * @param markPrice    the last price the session marked its position at
 * @param storeDetail  per client id, what the store says about the order (status, status reason, its risk events):
 *                     the evidence printed for an order the audit flags
 */
record LocalView(List<Order> orders, Map<String, Fill> fills, Map<String, String> storeStatus, BigDecimal position,
                 BigDecimal equity, BigDecimal markPrice, Map<String, String> storeDetail) {

    record Order(String clientId, String status, String reason) {
    }

    record Fill(String id, BigDecimal price, BigDecimal size) {
    }

    /** The fills and stored order statuses of {@code session}, read straight from the tables. */
    static Map<String, Fill> storedFills(DataSource ds, String session) {
        Map<String, Fill> out = new HashMap<>();
        query(ds, "SELECT fill_id, price, quantity FROM fills WHERE session = ?", session,
                rs -> out.put(rs.getString(1), new Fill(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3))));
        return out;
    }

    static Map<String, String> storedStatuses(DataSource ds, String session) {
        Map<String, String> out = new HashMap<>();
        query(ds, "SELECT client_id, status FROM orders WHERE session = ?", session,
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    static Map<String, String> storedDetail(DataSource ds, String session) {
        Map<String, String> out = new HashMap<>();
        query(ds, "SELECT o.client_id, o.status || ' [' || coalesce(o.status_reason, '') || '] reason=' || o.reason"
                        + " || coalesce(' risk: ' || string_agg(r.kind || ' ' || r.detail, '; '), '')"
                        + " FROM orders o LEFT JOIN risk_events r ON r.session = o.session AND r.client_id = o.client_id"
                        + " WHERE o.session = ? GROUP BY o.client_id, o.status, o.status_reason, o.reason", session,
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    static List<Order> storedOrders(DataSource ds, String session) {
        List<Order> out = new ArrayList<>();
        query(ds, "SELECT client_id, status, coalesce(status_reason, reason, '') FROM orders WHERE session = ?",
                session, rs -> out.add(new Order(rs.getString(1), rs.getString(2), rs.getString(3))));
        return out;
    }

    private interface Row {
        void take(ResultSet rs) throws SQLException;
    }

    private static void query(DataSource ds, String sql, String session, Row row) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.take(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store: " + e.getMessage(), e);
        }
    }
}
