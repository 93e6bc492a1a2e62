package io.trader.app.signals;

import io.trader.signals.core.Resolution;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signals of one session in the store (table {@code signals}, migration V9): each signed document as delivered,
 * its outcome once resolved; history pages filtered by pair, side and time, and the latest signal per pair. Writes
 * come from the signals' delivery thread, reads from the API's blocking threads, each on its own connection.
 */
public final class SignalStore {

    private static final int QUERY_TIMEOUT_SECONDS = 10;

    private final DataSource dataSource;
    private final String session;

    /** One stored signal: the signed JSON text and, once resolved, its outcome (else nulls). */
    public record Row(String payload, Instant resolvedAt, Double rMultiple, Double pnlPctEquity, String exits) {
    }

    /** A history query; null filters match everything. */
    public record Query(String pair, String side, Long fromMs, Long toMs, int limit, int offset) {
    }

    public SignalStore(DataSource dataSource, String session) {
        this.dataSource = dataSource;
        this.session = session;
    }

    public void insert(SignedSignal s) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO signals (session, signal_id, time, pair, side, confidence, entry, key_id, payload)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, session);
            ps.setString(2, s.signal().signalId());
            ps.setObject(3, ts(s.signal().timeMs()));
            ps.setString(4, s.signal().pair());
            ps.setString(5, s.signal().side().wire());
            ps.setDouble(6, s.signal().confidence());
            ps.setBigDecimal(7, s.signal().entry());
            ps.setString(8, s.keyId());
            ps.setString(9, s.json());
            ps.executeUpdate();
        }
    }

    public void resolve(Resolution r) throws SQLException {
        List<Object> exits = new ArrayList<>();
        for (Resolution.Exit e : r.exits()) {
            exits.add(Map.of("reason", e.reason().name().toLowerCase(java.util.Locale.ROOT), "share",
                    e.share(), "price", e.price(), "time", Instant.ofEpochMilli(e.timeMs()).toString()));
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE signals SET resolved_at = ?, r_multiple = ?, pnl_pct_equity = ?, exits = ?"
                        + " WHERE session = ? AND signal_id = ?")) {
            ps.setObject(1, ts(r.resolvedAtMs()));
            ps.setDouble(2, r.rMultiple());
            ps.setDouble(3, r.pnlPctEquity());
            ps.setString(4, JsonTrees.write(exits));
            ps.setString(5, session);
            ps.setString(6, r.signalId());
            ps.executeUpdate();
        }
    }

    /** A page of the history, newest first. */
    public List<Row> history(Query q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT payload, resolved_at, r_multiple, pnl_pct_equity, exits"
                + " FROM signals WHERE session = ?");
        List<Object> args = new ArrayList<>(List.of(session));
        if (q.pair() != null) {
            sql.append(" AND pair = ?");
            args.add(q.pair());
        }
        if (q.side() != null) {
            sql.append(" AND side = ?");
            args.add(q.side());
        }
        if (q.fromMs() != null) {
            sql.append(" AND time >= ?");
            args.add(ts(q.fromMs()));
        }
        if (q.toMs() != null) {
            sql.append(" AND time < ?");
            args.add(ts(q.toMs()));
        }
        sql.append(" ORDER BY time DESC, signal_id DESC LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        return rows(sql.toString(), args);
    }

    /** The signed texts of the signals not yet resolved, oldest first. */
    public List<String> open() throws SQLException {
        return rows("SELECT payload, resolved_at, r_multiple, pnl_pct_equity, exits FROM signals"
                + " WHERE session = ? AND resolved_at IS NULL ORDER BY time, signal_id", List.of(session))
                .stream().map(Row::payload).toList();
    }

    /** The newest signal of each pair, by pair. */
    public Map<String, Row> latest() throws SQLException {
        List<Row> rows = rows("SELECT DISTINCT ON (pair) payload, resolved_at, r_multiple, pnl_pct_equity, exits, pair"
                + " FROM signals WHERE session = ? ORDER BY pair, time DESC", List.of(session));
        Map<String, Row> out = new LinkedHashMap<>();
        for (Row r : rows) {
            Object doc = JsonTrees.parse(r.payload());
            out.put((String) ((Map<?, ?>) doc).get("pair"), r);
        }
        return out;
    }

    private List<Row> rows(String sql, List<Object> args) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                    out.add(new Row(rs.getString(1), at == null ? null : at.toInstant(),
                            (Double) rs.getObject(3), (Double) rs.getObject(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static OffsetDateTime ts(long ms) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC);
    }
}
