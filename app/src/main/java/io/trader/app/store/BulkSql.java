package io.trader.app.store;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;

import static io.trader.app.store.Jdbc.setDecimalOrNull;
import static io.trader.app.store.Jdbc.setTextOrNull;
import static io.trader.app.store.Jdbc.ts;

/**
 * Insert statements of the background writer and their binders. Every statement is idempotent:
 * a replay of the same events leaves the tables unchanged.
 */
final class BulkSql {

    /** An order row to write: the order's state and, for reject/cancel/unknown, the reason. */
    record OrderWrite(OrderState state, String statusReason) {

        /**
         * What the row holds after {@code this} and then {@code next} (the same rule as {@link #ORDER_UPDATE}, for
         * two events of one order in one batch): the filled quantity never shrinks and a terminal status is final.
         */
        OrderWrite then(OrderWrite next) {
            OrderState a = state;
            OrderState b = next.state;
            if (b.filledLots() < a.filledLots() || b.filledLots() == a.filledLots() && a.status().isTerminal()) {
                return this;
            }
            if (a.status().isTerminal() && !b.status().isTerminal()) {
                b = new OrderState(b.request(), a.status(), b.filledLots(), b.filledNotional(),
                        b.venueOrderId() != null ? b.venueOrderId() : a.venueOrderId(),
                        Math.max(a.updatedTime(), b.updatedTime()));
            }
            return new OrderWrite(b, next.statusReason != null ? next.statusReason : statusReason);
        }
    }

    /** A decision with the quantity scale of its instrument, or -1 when no bar or order told it yet. */
    record DecisionWrite(Decision decision, int qtyScale) {
    }

    static final String CANDLE = "INSERT INTO candles (symbol, interval_ms, open_time, open, high, low, close, volume)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private static final String ORDER_INSERT = "INSERT INTO orders (client_id, session, symbol, price_scale, qty_scale,"
            + " side, type, quantity, limit_price, time_in_force, reduce_only, status, filled_quantity, filled_notional,"
            + " avg_fill_price, decision_time, updated_time, reason, status_reason, venue_order_id, parent_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A submission never overwrites what later events wrote. */
    static final String ORDER_SUBMIT = ORDER_INSERT + " ON CONFLICT (client_id) DO NOTHING";

    private static final String TERMINAL = "('FILLED', 'CANCELLED', 'REJECTED')";

    /**
     * An event moves the order forward along its own lifecycle, never by comparing clocks (a venue's fill time and
     * a local acknowledgement time come from different machines): the filled quantity never shrinks, a terminal
     * status is final (a late fill of a cancelled order adds its quantity and keeps the order closed), and an open
     * order takes the status of each later event. Never across sessions.
     */
    static final String ORDER_UPDATE = ORDER_INSERT + " ON CONFLICT (client_id) DO UPDATE SET"
            + " status = CASE WHEN orders.status IN " + TERMINAL + " AND EXCLUDED.status NOT IN " + TERMINAL
            + " THEN orders.status ELSE EXCLUDED.status END,"
            + " filled_quantity = EXCLUDED.filled_quantity,"
            + " filled_notional = EXCLUDED.filled_notional, avg_fill_price = EXCLUDED.avg_fill_price,"
            + " updated_time = GREATEST(orders.updated_time, EXCLUDED.updated_time),"
            + " status_reason = COALESCE(EXCLUDED.status_reason, orders.status_reason),"
            + " venue_order_id = COALESCE(EXCLUDED.venue_order_id, orders.venue_order_id)"
            + " WHERE orders.session = EXCLUDED.session AND (orders.filled_quantity < EXCLUDED.filled_quantity"
            + " OR (orders.filled_quantity = EXCLUDED.filled_quantity AND orders.status NOT IN " + TERMINAL + "))";

    static final String FILL = "INSERT INTO fills (fill_id, client_id, session, symbol, side, price, quantity, fee,"
            + " maker, time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    static final String RISK_EVENT = "INSERT INTO risk_events (session, time, kind, code, symbol, client_id, detail,"
            + " event_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    static final String DECISION = "INSERT INTO decisions (session, time, symbol, client_id, alpha_scores,"
            + " forecast_score, expected_return, forecast_confidence, volatility, kelly_fraction, current_lots,"
            + " target_lots, current_qty, target_qty, equity, note, forecast_probability, expected_return_stdev,"
            + " regime)"
            + " VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    static final String EQUITY = "INSERT INTO equity (session, time, equity, cash, realized_pnl, unrealized_pnl, fees,"
            + " gross_exposure, peak_equity, drawdown) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private BulkSql() {
    }

    static void bindCandle(PreparedStatement ps, String session, Bar b) throws SQLException {
        InstrumentSpec spec = b.instrument();
        ps.setString(1, spec.symbol());
        ps.setLong(2, b.closeTime() - b.openTime());
        ps.setObject(3, ts(b.openTime()));
        ps.setBigDecimal(4, spec.priceDecimal(b.open()));
        ps.setBigDecimal(5, spec.priceDecimal(b.high()));
        ps.setBigDecimal(6, spec.priceDecimal(b.low()));
        ps.setBigDecimal(7, spec.priceDecimal(b.close()));
        ps.setDouble(8, b.volume());
    }

    static void bindOrder(PreparedStatement ps, String session, OrderWrite w) throws SQLException {
        OrderState s = w.state();
        OrderRequest r = s.request();
        InstrumentSpec spec = r.instrument();
        ps.setString(1, r.clientId());
        ps.setString(2, session);
        ps.setString(3, spec.symbol());
        ps.setInt(4, spec.priceScale());
        ps.setInt(5, spec.qtyScale());
        ps.setString(6, r.side().name());
        ps.setString(7, r.type().name());
        ps.setBigDecimal(8, spec.qtyDecimal(r.quantityLots()));
        setDecimalOrNull(ps, 9, r.limitTicks() == 0 ? null : spec.priceDecimal(r.limitTicks()));
        ps.setString(10, r.timeInForce().name());
        ps.setBoolean(11, r.reduceOnly());
        ps.setString(12, s.status().name());
        ps.setBigDecimal(13, spec.qtyDecimal(s.filledLots()));
        ps.setBigDecimal(14, Money.toDecimal(s.filledNotional()));
        setDecimalOrNull(ps, 15, averagePrice(s));
        ps.setObject(16, ts(r.decisionTime()));
        ps.setObject(17, ts(s.updatedTime()));
        ps.setString(18, r.reason());
        setTextOrNull(ps, 19, w.statusReason());
        setTextOrNull(ps, 20, s.venueOrderId());
        ps.setString(21, r.parentId());
    }

    static final String PARENT = "INSERT INTO parent_orders (parent_id, session, symbol, side, quantity, algorithm,"
            + " decisions, reason, created_time, deadline_time, status, end_time, end_reason, filled_quantity,"
            + " arrival_price, avg_fill_price, shortfall_bps, vs_twap_bps, participation, children)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    static void bindParent(PreparedStatement ps, String session, io.trader.core.exec.ParentReport r)
            throws SQLException {
        io.trader.core.exec.ParentOrder p = r.parent();
        InstrumentSpec spec = p.instrument();
        ps.setString(1, p.parentId());
        ps.setString(2, session);
        ps.setString(3, spec.symbol());
        ps.setString(4, p.side().name());
        ps.setBigDecimal(5, spec.qtyDecimal(p.lots()));
        ps.setString(6, p.algorithm());
        ps.setInt(7, p.decisions());
        ps.setString(8, p.reason());
        ps.setObject(9, ts(p.createdMillis()));
        ps.setObject(10, ts(p.deadlineMillis()));
        ps.setString(11, r.status().name());
        ps.setObject(12, ts(r.endMillis()));
        ps.setString(13, r.reason());
        ps.setBigDecimal(14, spec.qtyDecimal(r.filledLots()));
        ps.setBigDecimal(15, spec.priceDecimal(r.arrivalTicks()));
        setDecimalOrNull(ps, 16, Double.isNaN(r.averageTicks()) ? null
                : spec.priceDecimal(1).multiply(BigDecimal.valueOf(r.averageTicks())));
        setDoubleOrNull(ps, 17, r.shortfallBps());
        setDoubleOrNull(ps, 18, r.vsTwapBps());
        setDoubleOrNull(ps, 19, r.participation());
        ps.setInt(20, r.children());
    }

    private static void setDoubleOrNull(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            ps.setNull(i, java.sql.Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    /** Filled notional over filled quantity ({@link Money#averagePrice}); null before any fill. */
    static BigDecimal averagePrice(OrderState s) {
        return s.filledLots() == 0 ? null
                : Money.averagePrice(s.request().instrument(), s.filledNotional(), s.filledLots());
    }

    static void bindFill(PreparedStatement ps, String session, Fill f) throws SQLException {
        InstrumentSpec spec = f.instrument();
        ps.setString(1, f.fillId());
        ps.setString(2, f.clientId());
        ps.setString(3, session);
        ps.setString(4, spec.symbol());
        ps.setString(5, f.side().name());
        ps.setBigDecimal(6, spec.priceDecimal(f.priceTicks()));
        ps.setBigDecimal(7, spec.qtyDecimal(f.qtyLots()));
        ps.setBigDecimal(8, Money.toDecimal(f.feeCash()));
        ps.setBoolean(9, f.maker());
        ps.setObject(10, ts(f.time()));
    }

    static void bindRiskEvent(PreparedStatement ps, String session, RiskEvent e) throws SQLException {
        String code = "";
        String symbol = "";
        String clientId = "";
        if (e instanceof RiskEvent.OrderBlocked b) {
            code = b.code() == null ? "" : b.code().name();
            symbol = nonNull(b.symbol());
            clientId = nonNull(b.clientId());
        } else if (e instanceof RiskEvent.BreakerTripped t) {
            code = nonNull(t.breaker());
        } else if (e instanceof RiskEvent.BreakerCleared c) {
            code = nonNull(c.breaker());
        } else if (e instanceof RiskEvent.ReconciliationDifference d) {
            symbol = nonNull(d.symbol());
        } else if (e instanceof RiskEvent.ModelDrift m) {
            code = nonNull(m.action());
            symbol = nonNull(m.symbol());
        } else if (e instanceof RiskEvent.SizingFallback f) {
            code = nonNull(f.method());
        } else if (e instanceof RiskEvent.FeedDivergenceHalted h) {
            symbol = nonNull(h.asset());
        } else if (e instanceof RiskEvent.FeedDivergenceResumed r) {
            symbol = nonNull(r.asset());
        }
        String detail = nonNull(e.detail());
        ps.setString(1, session);
        ps.setObject(2, ts(e.time()));
        ps.setString(3, e.kind());
        ps.setString(4, code);
        ps.setString(5, symbol);
        ps.setString(6, clientId);
        ps.setString(7, detail);
        ps.setString(8, digest(e.time() + "\u0001" + e.kind() + "\u0001" + code + "\u0001" + symbol + "\u0001"
                + clientId + "\u0001" + detail));
    }

    static void bindDecision(PreparedStatement ps, String session, DecisionWrite w) throws SQLException {
        Decision d = w.decision();
        ps.setString(1, session);
        ps.setObject(2, ts(d.time()));
        ps.setString(3, d.symbol());
        ps.setString(4, nonNull(d.clientId()));
        ps.setString(5, Jdbc.alphasJson(d.alphas()));
        ps.setDouble(6, d.forecastScore());
        ps.setDouble(7, d.expectedReturn());
        ps.setDouble(8, d.forecastConfidence());
        ps.setDouble(9, d.volatility());
        ps.setDouble(10, d.kellyFraction());
        ps.setLong(11, d.currentLots());
        ps.setLong(12, d.targetLots());
        setDecimalOrNull(ps, 13, w.qtyScale() < 0 ? null : BigDecimal.valueOf(d.currentLots(), w.qtyScale()));
        setDecimalOrNull(ps, 14, w.qtyScale() < 0 ? null : BigDecimal.valueOf(d.targetLots(), w.qtyScale()));
        ps.setDouble(15, d.equity());
        if (d.note() == null) {
            ps.setNull(16, Types.VARCHAR);
        } else {
            ps.setString(16, d.note());
        }
        if (Double.isFinite(d.forecastProbability())) {
            ps.setDouble(17, d.forecastProbability());
        } else {
            ps.setNull(17, Types.DOUBLE); // no calibrated probability
        }
        ps.setDouble(18, Double.isFinite(d.expectedReturnStdev()) ? d.expectedReturnStdev() : 0);
        if (d.regime() >= 0) {
            ps.setInt(19, d.regime());
        } else {
            ps.setNull(19, Types.INTEGER); // no regime
        }
    }

    static void bindEquity(PreparedStatement ps, String session, EquityPoint p) throws SQLException {
        ps.setString(1, session);
        ps.setObject(2, ts(p.time()));
        ps.setBigDecimal(3, Money.toDecimal(p.equity()));
        ps.setBigDecimal(4, Money.toDecimal(p.cash()));
        ps.setBigDecimal(5, Money.toDecimal(p.realizedPnl()));
        ps.setBigDecimal(6, Money.toDecimal(p.unrealizedPnl()));
        ps.setBigDecimal(7, Money.toDecimal(p.fees()));
        ps.setBigDecimal(8, Money.toDecimal(p.grossExposure()));
        ps.setBigDecimal(9, Money.toDecimal(p.peakEquity()));
        ps.setDouble(10, p.drawdown());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
