package io.trader.app.store;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.trader.app.store.Jdbc.millis;
import static io.trader.app.store.Jdbc.setDecimalOrNull;
import static io.trader.app.store.Jdbc.setTextOrNull;
import static io.trader.app.store.Jdbc.ts;
import static io.trader.app.store.Jdbc.unscaled;

/** Checkpoint and kill-switch statements; each method runs inside the caller's transaction. */
final class SessionSql {

    private static final String UPSERT_SESSION = "INSERT INTO sessions (session, last_step_time, cash, realized_pnl,"
            + " fees, peak_equity, source, risk_state, engine_state, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), now())"
            + " ON CONFLICT (session) DO UPDATE SET last_step_time = EXCLUDED.last_step_time, cash = EXCLUDED.cash,"
            + " realized_pnl = EXCLUDED.realized_pnl, fees = EXCLUDED.fees, peak_equity = EXCLUDED.peak_equity,"
            + " source = EXCLUDED.source, risk_state = EXCLUDED.risk_state, engine_state = EXCLUDED.engine_state,"
            + " updated_at = now()";
    private static final String INSERT_POSITION = "INSERT INTO positions (session, symbol, ordinal, price_scale,"
            + " qty_scale, quantity, entry_cost, avg_entry_price, last_price, realized_pnl)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OPEN_ORDER = "INSERT INTO session_open_orders (session, client_id, ordinal,"
            + " symbol, price_scale, qty_scale, side, type, quantity, limit_price, time_in_force, reduce_only,"
            + " decision_time, reason, status, filled_quantity, filled_notional, venue_order_id, updated_time,"
            + " parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPSERT_KILL_SWITCH = "INSERT INTO kill_switch (id, engaged, reason, since, flatten,"
            + " updated_at) VALUES (1, ?, ?, ?, ?, now()) ON CONFLICT (id) DO UPDATE SET engaged = EXCLUDED.engaged,"
            + " reason = EXCLUDED.reason, since = EXCLUDED.since, flatten = EXCLUDED.flatten, updated_at = now()";

    private SessionSql() {
    }

    static void saveCheckpoint(Connection c, Checkpoint cp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_SESSION)) {
            ps.setString(1, cp.session());
            ps.setObject(2, ts(cp.stepTime()));
            ps.setBigDecimal(3, Money.toDecimal(cp.cash()));
            ps.setBigDecimal(4, Money.toDecimal(cp.realizedPnl()));
            ps.setBigDecimal(5, Money.toDecimal(cp.fees()));
            ps.setBigDecimal(6, Money.toDecimal(cp.peakEquity()));
            setTextOrNull(ps, 7, cp.source());
            setTextOrNull(ps, 8, cp.riskState());
            setTextOrNull(ps, 9, cp.engineState());
            ps.executeUpdate();
        }
        deleteSessionRows(c, "positions", cp.session());
        deleteSessionRows(c, "session_open_orders", cp.session());
        try (PreparedStatement ps = c.prepareStatement(INSERT_POSITION)) {
            int ordinal = 0;
            for (PositionRow p : cp.positions()) {
                ps.setString(1, cp.session());
                ps.setString(2, p.symbol());
                ps.setInt(3, ordinal++);
                ps.setInt(4, p.priceScale());
                ps.setInt(5, p.qtyScale());
                InstrumentSpec spec = new InstrumentSpec(p.symbol(), p.priceScale(), p.qtyScale());
                ps.setBigDecimal(6, spec.qtyDecimal(p.lots()));
                ps.setBigDecimal(7, Money.toDecimal(p.entryCost()));
                setDecimalOrNull(ps, 8, p.lots() == 0 ? null : Money.averagePrice(spec, p.entryCost(), p.lots()));
                setDecimalOrNull(ps, 9, p.lastPriceTicks() == 0 ? null : spec.priceDecimal(p.lastPriceTicks()));
                ps.setBigDecimal(10, Money.toDecimal(p.realizedPnl()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_OPEN_ORDER)) {
            int ordinal = 0;
            for (OrderState s : cp.openOrders()) {
                bindOpenOrder(ps, cp.session(), ordinal++, s);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindOpenOrder(PreparedStatement ps, String session, int ordinal, OrderState s)
            throws SQLException {
        OrderRequest r = s.request();
        InstrumentSpec spec = r.instrument();
        ps.setString(1, session);
        ps.setString(2, r.clientId());
        ps.setInt(3, ordinal);
        ps.setString(4, spec.symbol());
        ps.setInt(5, spec.priceScale());
        ps.setInt(6, spec.qtyScale());
        ps.setString(7, r.side().name());
        ps.setString(8, r.type().name());
        ps.setBigDecimal(9, spec.qtyDecimal(r.quantityLots()));
        setDecimalOrNull(ps, 10, r.limitTicks() == 0 ? null : spec.priceDecimal(r.limitTicks()));
        ps.setString(11, r.timeInForce().name());
        ps.setBoolean(12, r.reduceOnly());
        ps.setObject(13, ts(r.decisionTime()));
        ps.setString(14, r.reason());
        ps.setString(15, s.status().name());
        ps.setBigDecimal(16, spec.qtyDecimal(s.filledLots()));
        ps.setBigDecimal(17, Money.toDecimal(s.filledNotional()));
        setTextOrNull(ps, 18, s.venueOrderId());
        ps.setObject(19, ts(s.updatedTime()));
        ps.setString(20, r.parentId());
    }

    private static void deleteSessionRows(Connection c, String table, String session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE session = ?")) {
            ps.setString(1, session);
            ps.executeUpdate();
        }
    }

    static Optional<Checkpoint> loadCheckpoint(Connection c, String session) throws SQLException {
        long stepTime;
        long cash;
        long realized;
        long fees;
        long peak;
        String source;
        String riskState;
        String engineState;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sessions WHERE session = ?")) {
            ps.setString(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                stepTime = millis(rs, "last_step_time");
                cash = cash(rs, "cash");
                realized = cash(rs, "realized_pnl");
                fees = cash(rs, "fees");
                peak = cash(rs, "peak_equity");
                source = rs.getString("source");
                riskState = rs.getString("risk_state");
                engineState = rs.getString("engine_state");
            }
        }
        return Optional.of(new Checkpoint(session, stepTime, cash, realized, fees, peak, source,
                loadPositions(c, session), loadOpenOrders(c, session), riskState, engineState));
    }

    private static List<PositionRow> loadPositions(Connection c, String session) throws SQLException {
        List<PositionRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM positions WHERE session = ? ORDER BY ordinal")) {
            ps.setString(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int priceScale = rs.getInt("price_scale");
                    int qtyScale = rs.getInt("qty_scale");
                    BigDecimal last = rs.getBigDecimal("last_price");
                    out.add(new PositionRow(rs.getString("symbol"), priceScale, qtyScale,
                            unscaled(rs.getBigDecimal("quantity"), qtyScale), cash(rs, "entry_cost"),
                            cash(rs, "realized_pnl"), last == null ? 0 : unscaled(last, priceScale)));
                }
            }
        }
        return out;
    }

    private static List<OrderState> loadOpenOrders(Connection c, String session) throws SQLException {
        List<OrderState> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM session_open_orders WHERE session = ? ORDER BY ordinal")) {
            ps.setString(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(openOrder(rs));
                }
            }
        }
        return out;
    }

    private static OrderState openOrder(ResultSet rs) throws SQLException {
        InstrumentSpec spec = new InstrumentSpec(rs.getString("symbol"), rs.getInt("price_scale"),
                rs.getInt("qty_scale"));
        BigDecimal limit = rs.getBigDecimal("limit_price");
        OrderRequest request = new OrderRequest(rs.getString("client_id"), spec, Side.valueOf(rs.getString("side")),
                OrderType.valueOf(rs.getString("type")), unscaled(rs.getBigDecimal("quantity"), spec.qtyScale()),
                limit == null ? 0 : spec.ticks(limit), TimeInForce.valueOf(rs.getString("time_in_force")),
                rs.getBoolean("reduce_only"), millis(rs, "decision_time"), rs.getString("reason"),
                rs.getString("parent_id"));
        return new OrderState(request, OrderStatus.valueOf(rs.getString("status")),
                unscaled(rs.getBigDecimal("filled_quantity"), spec.qtyScale()), cash(rs, "filled_notional"),
                rs.getString("venue_order_id"), millis(rs, "updated_time"));
    }

    static void saveKillSwitch(Connection c, boolean engaged, String reason, long sinceMillis, boolean flatten)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_KILL_SWITCH)) {
            ps.setBoolean(1, engaged);
            ps.setString(2, reason == null ? "" : reason.replace("\0", "\\u0000")); // text cannot hold NUL
            ps.setObject(3, ts(sinceMillis));
            ps.setBoolean(4, flatten);
            ps.executeUpdate();
        }
    }

    static Optional<KillSwitchRow> loadKillSwitch(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM kill_switch WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new KillSwitchRow(rs.getBoolean("engaged"), rs.getString("reason"),
                    millis(rs, "since"), rs.getBoolean("flatten"), millis(rs, "updated_at")));
        }
    }

    private static long cash(ResultSet rs, String column) throws SQLException {
        return unscaled(rs.getBigDecimal(column), Money.CASH_SCALE);
    }
}
