package io.trader.app.notify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.notify.core.Alert;
import io.trader.notify.core.AlertRecord;
import io.trader.notify.core.Outcome;
import io.trader.notify.core.Severity;
import io.trader.notify.core.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The alert history in PostgreSQL (migration {@code V10__alerts.sql}): every alert the manager took, with its outcome
 * and acknowledgement. Writes go to one background thread in order (the caller never waits on the database); a
 * failed write is logged and counted. {@link #recent} reads the newest rows of a session at start-up.
 */
final class AlertStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DataSource dataSource;
    private final String session;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alert-store");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong writeErrors = new AtomicLong();

    AlertStore(DataSource dataSource, String session) {
        this.dataSource = dataSource;
        this.session = session;
    }

    void record(AlertRecord r) {
        writer.execute(() -> write("INSERT INTO alerts (id, session, time, received, source, severity, dedup_key, "
                + "group_key, title, text, fields, outcome, acked_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (id) DO NOTHING", ps -> {
            Alert a = r.alert();
            ps.setString(1, a.id());
            ps.setString(2, session);
            ps.setTimestamp(3, new Timestamp(a.time()));
            ps.setTimestamp(4, new Timestamp(r.received()));
            ps.setString(5, a.source().name());
            ps.setString(6, a.severity().name());
            ps.setString(7, a.dedupKey());
            ps.setString(8, a.group());
            ps.setString(9, a.title());
            ps.setString(10, a.text());
            ps.setString(11, JSON.writeValueAsString(a.fields()));
            ps.setString(12, r.outcome().name());
            ps.setTimestamp(13, r.ackedAt() == null ? null : new Timestamp(r.ackedAt()));
        }));
    }

    void ack(String id, long at) {
        writer.execute(() -> write("UPDATE alerts SET acked_at = ? WHERE id = ? AND acked_at IS NULL", ps -> {
            ps.setTimestamp(1, new Timestamp(at));
            ps.setString(2, id);
        }));
    }

    /** The session's newest {@code limit} stored alerts, oldest first; empty (logged) when they cannot be read. */
    List<AlertRecord> recent(int limit) {
        List<AlertRecord> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, time, received, source, severity, dedup_key, group_key, title, text, fields, outcome, "
                        + "acked_at FROM alerts WHERE session = ? ORDER BY received DESC, time DESC LIMIT ?")) {
            ps.setString(1, session);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> fields = JSON.readValue(rs.getString(10), new TypeReference<>() { });
                    Alert a = new Alert(rs.getString(1), rs.getTimestamp(2).getTime(),
                            Source.valueOf(rs.getString(4)), Severity.valueOf(rs.getString(5)), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), fields);
                    Timestamp acked = rs.getTimestamp(12);
                    out.add(new AlertRecord(a, Outcome.Kind.valueOf(rs.getString(11)), rs.getTimestamp(3).getTime(),
                            acked == null ? null : acked.getTime()));
                }
            }
        } catch (SQLException | java.io.IOException | IllegalArgumentException e) {
            LOG.warn("cannot read the stored alert history: {}", e.getMessage());
            return List.of();
        }
        Collections.reverse(out);
        return out;
    }

    long writeErrors() {
        return writeErrors.get();
    }

    /** Waits (at most {@code ms}) until every write queued before has run. */
    void flush(long ms) {
        try {
            writer.submit(() -> { }).get(ms, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("alert store did not flush in {} ms", ms);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws Exception;
    }

    private void write(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (Exception e) {
            writeErrors.incrementAndGet();
            LOG.warn("alert store write failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        flush(5_000);
        writer.shutdown();
    }
}
