package io.trader.app.store;

import io.trader.core.domain.OrderRequest;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;

import javax.sql.DataSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Persists one trading session. Listener methods only queue the event (they block while the queue is
 * full and never drop); a single background thread writes the queue in batches, idempotently, so a
 * replay after a crash adds no duplicate rows. Bulk write failures are logged and counted in
 * {@link #writeErrors()}.
 *
 * <p>The synchronous methods ({@link #checkpoint}, {@link #loadCheckpoint}, {@link #flush}) run on the
 * writer thread after everything queued before them, in one transaction with a synchronous commit: when
 * they return, their rows and every event queued before them are durable. Their failures are thrown to
 * the caller as {@link StoreException}.
 *
 * <p>The kill switch is written apart from the queue, on its own thread and connections
 * ({@link #killSwitch()}), so that neither a backlog nor a stuck write on one side delays the other.
 *
 * <p>Query methods read directly (they do not wait for the queue; call {@link #flush} first to see
 * the latest events).
 */
public final class TradingStore implements TradingListener, AutoCloseable {

    /** Default number of queued events before producers block. */
    public static final int DEFAULT_QUEUE_CAPACITY = 16_384;
    /** Default largest number of events written in one transaction. */
    public static final int DEFAULT_MAX_BATCH = 2_000;

    private final DataSource dataSource;
    private final String session;
    private final StoreWriter writer;
    private final StoreQueries queries;
    private final KillSwitchStore killSwitch;

    /** The store's database (e.g. for the model registry a session follows). */
    public DataSource dataSource() {
        return dataSource;
    }

    public TradingStore(DataSource dataSource, String session) {
        this(dataSource, session, DEFAULT_QUEUE_CAPACITY, DEFAULT_MAX_BATCH);
    }

    public TradingStore(DataSource dataSource, String session, int queueCapacity, int maxBatch) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (session == null || session.isBlank()) {
            throw new IllegalArgumentException("session must not be blank");
        }
        this.dataSource = dataSource;
        this.session = session;
        this.queries = new StoreQueries(dataSource, session);
        this.writer = new StoreWriter(dataSource, session, queueCapacity, maxBatch);
        this.killSwitch = new KillSwitchStore(dataSource, session);
        OpenStores.add(dataSource, this);
    }

    public String session() {
        return session;
    }

    @Override
    public void onBar(Bar bar) {
        writer.enqueue(bar);
    }

    @Override
    public void onDecision(Decision decision) {
        writer.enqueue(decision);
    }

    @Override
    public void onOrderSubmitted(OrderRequest request) {
        writer.enqueue(request);
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        writer.enqueue(event);
    }

    @Override
    public void onParentDone(io.trader.core.exec.ParentReport report) {
        writer.enqueue(report);
    }

    @Override
    public void onRiskEvent(RiskEvent event) {
        writer.enqueue(event);
    }

    @Override
    public void onEquity(EquityPoint point) {
        writer.enqueue(point);
    }

    /**
     * Writes the session row and replaces the session's positions and open orders, in one durable
     * transaction after everything queued before.
     *
     * @throws IllegalArgumentException when the checkpoint belongs to another session
     * @throws StoreException           when the database refused it
     */
    public void checkpoint(Checkpoint checkpoint) {
        if (!session.equals(checkpoint.session())) {
            throw new IllegalArgumentException("checkpoint of session " + checkpoint.session()
                    + " given to the store of session " + session);
        }
        writer.call("checkpoint", c -> {
            SessionSql.saveCheckpoint(c, checkpoint);
            return null;
        });
    }

    /** The last checkpoint of this session, or empty when it has none. */
    public Optional<Checkpoint> loadCheckpoint() {
        return writer.call("load checkpoint", c -> SessionSql.loadCheckpoint(c, session));
    }

    /** The (database-wide) kill-switch row, written on its own thread: callers bound their own wait. */
    public KillSwitchStore killSwitch() {
        return killSwitch;
    }

    /**
     * Writes everything queued before, then the kill switch, durably, and waits: both survive a crash right
     * after this returns. (A session uses {@link #killSwitch()} instead, which never waits for the queue.)
     *
     * @throws StoreException when the database refused it
     */
    public void saveKillSwitch(boolean engaged, String reason, long sinceMillis, boolean flatten) {
        flush();
        try {
            killSwitch.save(engaged, reason, sinceMillis, flatten).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof StoreException se ? se : new StoreException("save kill switch failed", e);
        }
    }

    /**
     * The kill switch, or empty when it was never saved.
     *
     * @throws StoreException when it cannot be read
     */
    public Optional<KillSwitchRow> loadKillSwitch() {
        return killSwitch.load();
    }

    /** Waits until everything queued before this call is written (and durable). */
    public void flush() {
        writer.call("flush", c -> {
            try (var st = c.createStatement()) {
                st.execute("SELECT txid_current()"); // takes a transaction id, so the commit waits for the WAL flush
            }
            return null;
        });
    }

    /** Rows the background writer could not write since the start (logged each). */
    public long writeErrors() {
        return writer.errors();
    }

    /** Rows in one of the store's tables, all sessions (for tests and diagnostics). */
    public long countRows(String table) {
        return queries.countRows(table);
    }

    /**
     * This session's orders, newest first: by last update, then decision time, then client id (byte order), all
     * descending. Reads on a connection of its own (never waits for the write queue).
     *
     * @throws StoreException when the database cannot be read
     */
    public List<OrderRow> recentOrders(int limit) {
        return queries.recentOrders(limit);
    }

    /** This session's risk events, newest first. */
    public List<RiskEventRow> riskEvents(int limit) {
        return queries.riskEvents(limit);
    }

    /** Open time (epoch ms) of the newest stored candle of {@code symbol}, any interval; {@link Long#MIN_VALUE} if none. */
    public long lastCandleTime(String symbol) {
        return queries.lastCandleTime(symbol);
    }

    /** Writes everything queued and stops the writer thread. Listener calls after this throw. */
    @Override
    public void close() {
        writer.close();
        killSwitch.close();
        OpenStores.remove(dataSource, this);
    }
}
