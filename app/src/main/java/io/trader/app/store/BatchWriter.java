package io.trader.app.store;

import io.trader.app.store.BulkSql.DecisionWrite;
import io.trader.app.store.BulkSql.OrderWrite;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run of listener events in one transaction, one JDBC batch per table. If the transaction
 * fails, each row is retried on its own so that one bad row costs only itself; rows that still fail
 * are logged and counted. Used only by the writer thread.
 */
final class BatchWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    /** Source of the writer's connection (auto-commit off); {@code reset} drops a broken one. */
    interface Connections {
        Connection get() throws SQLException;

        void reset();
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, String session, T row) throws SQLException;
    }

    private record Group<T>(String table, String sql, Binder<T> binder, List<T> rows) {
    }

    private final String session;
    private final Connections connections;
    /** Quantity scale per symbol, learnt from bars and orders, for the decision quantities. */
    private final Map<String, Integer> qtyScales = new HashMap<>();
    private long errors;

    BatchWriter(String session, Connections connections) {
        this.session = session;
        this.connections = connections;
    }

    /** Rows that could not be written since the start. */
    long errors() {
        return errors;
    }

    /** Writes {@code items} (listener events, in engine order). */
    void write(List<Object> items) {
        List<Group<?>> groups = group(items);
        try {
            Connection c = connections.get();
            try {
                for (Group<?> g : groups) {
                    executeBatch(c, g);
                }
                c.commit();
                return;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                LOG.warn("batch of {} events failed, retrying row by row: {}", items.size(), e.toString());
            }
        } catch (SQLException e) {
            LOG.warn("no database connection for a batch of {} events, retrying row by row: {}", items.size(),
                    e.toString());
            connections.reset();
        }
        boolean reachable = true;
        for (Group<?> g : groups) {
            reachable = writeOneByOne(g, reachable);
        }
    }

    private List<Group<?>> group(List<Object> items) {
        List<Bar> bars = new ArrayList<>();
        Map<String, OrderWrite> submits = new LinkedHashMap<>();
        Map<String, OrderWrite> updates = new LinkedHashMap<>();
        List<io.trader.core.domain.Fill> fills = new ArrayList<>();
        List<RiskEvent> risks = new ArrayList<>();
        List<DecisionWrite> decisions = new ArrayList<>();
        List<EquityPoint> equities = new ArrayList<>();
        List<io.trader.core.exec.ParentReport> parents = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof Bar b) {
                bars.add(b);
                qtyScales.put(b.instrument().symbol(), b.instrument().qtyScale());
            } else if (o instanceof OrderRequest r) {
                submits.putIfAbsent(r.clientId(), new OrderWrite(OrderState.created(r), null));
                qtyScales.put(r.instrument().symbol(), r.instrument().qtyScale());
            } else if (o instanceof OrderEvent e) {
                // one row per order and statement: ON CONFLICT DO UPDATE must not touch a row twice
                OrderWrite write = new OrderWrite(e.state(), statusReason(e));
                OrderWrite before = updates.remove(e.clientId());
                updates.put(e.clientId(), before == null ? write : before.then(write));
                if (e instanceof OrderEvent.Filled f) {
                    fills.add(f.fill());
                }
            } else if (o instanceof RiskEvent r) {
                risks.add(r);
            } else if (o instanceof Decision d) {
                decisions.add(new DecisionWrite(d, qtyScales.getOrDefault(d.symbol(), -1)));
            } else if (o instanceof EquityPoint p) {
                equities.add(p);
            } else if (o instanceof io.trader.core.exec.ParentReport r) {
                parents.add(r);
            } else {
                throw new IllegalArgumentException("not a store event: " + o.getClass().getName());
            }
        }
        List<Group<?>> groups = new ArrayList<>(8);
        add(groups, "candles", BulkSql.CANDLE, BulkSql::bindCandle, bars);
        add(groups, "orders", BulkSql.ORDER_SUBMIT, BulkSql::bindOrder, new ArrayList<>(submits.values()));
        add(groups, "orders", BulkSql.ORDER_UPDATE, BulkSql::bindOrder, new ArrayList<>(updates.values()));
        add(groups, "fills", BulkSql.FILL, BulkSql::bindFill, fills);
        add(groups, "risk_events", BulkSql.RISK_EVENT, BulkSql::bindRiskEvent, risks);
        add(groups, "decisions", BulkSql.DECISION, BulkSql::bindDecision, decisions);
        add(groups, "equity", BulkSql.EQUITY, BulkSql::bindEquity, equities);
        add(groups, "parent_orders", BulkSql.PARENT, BulkSql::bindParent, parents);
        return groups;
    }

    private static <T> void add(List<Group<?>> groups, String table, String sql, Binder<T> binder, List<T> rows) {
        if (!rows.isEmpty()) {
            groups.add(new Group<>(table, sql, binder, rows));
        }
    }

    private static String statusReason(OrderEvent e) {
        if (e instanceof OrderEvent.Rejected r) {
            return r.reason();
        }
        if (e instanceof OrderEvent.Cancelled c) {
            return c.reason();
        }
        if (e instanceof OrderEvent.Unknown u) {
            return u.reason();
        }
        return null;
    }

    private <T> void executeBatch(Connection c, Group<T> g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(g.sql())) {
            for (T row : g.rows()) {
                g.binder().bind(ps, session, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Returns false when the database cannot be reached; the rest of the group is then counted as failed. */
    private <T> boolean writeOneByOne(Group<T> g, boolean reachable) {
        for (T row : g.rows()) {
            if (!reachable) {
                countError(g, row, null);
                continue;
            }
            Connection c;
            try {
                c = connections.get();
            } catch (SQLException e) {
                connections.reset();
                LOG.error("database unreachable, {} rows are not written: {}", g.table(), e.toString());
                reachable = false;
                countError(g, row, null);
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement(g.sql())) {
                g.binder().bind(ps, session, row);
                ps.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                countError(g, row, e);
            }
        }
        return reachable;
    }

    private void countError(Group<?> g, Object row, Exception e) {
        errors++;
        if (e != null && (errors <= 20 || errors % 1000 == 0)) {
            LOG.error("could not write a row to {} ({} write errors so far): {}", g.table(), errors, row, e);
        }
    }

    private void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed, dropping the connection: {}", e.toString());
            connections.reset();
        }
    }
}
