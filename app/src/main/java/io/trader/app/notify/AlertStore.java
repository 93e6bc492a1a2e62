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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The alert history in PostgreSQL (migration {@code V10__alerts.sql}): every alert the manager kept, with its outcome
 * and acknowledgement. Writes are queued (bounded: a full queue drops the write, counted) and one background thread
 * writes them in order, in batches of one transaction (the caller never waits on the database); a failed batch is
 * logged once and counted per row. {@link #recent} reads the newest rows of a session at start-up.
 */
final class AlertStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CAPACITY = 10_000;
    private static final int MAX_BATCH = 500;
    private static final String INSERT = "INSERT INTO alerts (id, session, time, received, source, severity, "
            + "dedup_key, group_key, title, text, fields, outcome, acked_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
            + "ON CONFLICT (id) DO NOTHING";
    private static final String ACK = "UPDATE alerts SET acked_at = ? WHERE id = ? AND acked_at IS NULL";

    /** A queued write: a record to insert, or an acknowledgement ({@code record} null). */
    private record Write(AlertRecord record, String ackId, long ackAt) {
    }

    private final DataSource dataSource;
    private final String session;
    private final LinkedBlockingQueue<Write> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final AtomicLong writeErrors = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    AlertStore(DataSource dataSource, String session) {
        this.dataSource = dataSource;
        this.session = session;
        this.writer = new Thread(this::run, "alert-store");
        writer.setDaemon(true);
        writer.start();
    }

    void record(AlertRecord r) {
        enqueue(new Write(r, null, 0));
    }

    void ack(String id, long at) {
        enqueue(new Write(null, id, at));
    }

    private void enqueue(Write w) {
        if (closed || !queue.offer(w)) {
            writeErrors.incrementAndGet();
            return;
        }
        queued.incrementAndGet();
    }

    private void run() {
        List<Write> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Write first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            write(batch);
            written.addAndGet(batch.size());
            batch.clear();
        }
    }

    private void write(List<Write> batch) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT);
                 PreparedStatement ack = c.prepareStatement(ACK)) {
                for (Write w : batch) {
                    if (w.record() == null) {
                        insert.executeBatch(); // an ack follows its alert's insert
                        ack.setTimestamp(1, new Timestamp(w.ackAt()));
                        ack.setString(2, w.ackId());
                        ack.executeUpdate();
                    } else {
                        bind(insert, w.record());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        } catch (SQLException | java.io.IOException e) {
            writeErrors.addAndGet(batch.size());
            LOG.warn("alert store: {} writes failed: {}", batch.size(), e.getMessage());
        }
    }

    private void bind(PreparedStatement ps, AlertRecord r) throws SQLException, java.io.IOException {
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
                            acked == null ? null : acked.getTime(), 0));
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

    /** Waits (at most {@code ms}) until every write queued before has been written (or failed). */
    void flush(long ms) {
        long target = queued.get();
        long end = System.nanoTime() + ms * 1_000_000;
        while (written.get() + 0 < target && System.nanoTime() < end) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Writes what is queued (at most 5 s), then stops; writes still queued then are dropped and counted. */
    @Override
    public void close() {
        flush(5_000);
        closed = true;
        writer.interrupt();
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = queue.size();
        if (left > 0) {
            queue.clear();
            writeErrors.addAndGet(left);
            LOG.warn("alert store closed with {} writes not made", left);
        }
    }
}
