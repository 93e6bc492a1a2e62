package io.trader.app.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The database-wide kill-switch row, on its own thread and its own connections: a backlog or a stuck
 * write of the event queue never delays it, and a stuck kill-switch write never blocks the event queue
 * (so never the engine). Writes run one at a time in the order they were asked for, each in its own
 * transaction with a synchronous commit: when a write's future completes normally the row is durable.
 * The caller decides how long to wait for it; a write the caller gave up on still runs in its turn.
 */
public final class KillSwitchStore implements AutoCloseable {

    /** How long the database may spend on one kill-switch statement before it is cancelled. */
    private static final int STATEMENT_TIMEOUT_MS = 30_000;
    private final DataSource dataSource;
    private final ExecutorService writer;

    KillSwitchStore(DataSource dataSource, String session) {
        this.dataSource = dataSource;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kill-switch-store-" + session);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Writes the row after the writes asked for before; completes when it is durable, or exceptionally
     * with a {@link StoreException} (the cause is the database error).
     */
    public CompletableFuture<Void> save(boolean engaged, String reason, long sinceMillis, boolean flatten) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            writer.execute(() -> {
                try {
                    write(engaged, reason, sinceMillis, flatten);
                    done.complete(null);
                } catch (SQLException | RuntimeException e) {
                    done.completeExceptionally(new StoreException("save kill switch failed: " + e.getMessage(), e));
                }
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new StoreException("save kill switch failed: the store is closed", e));
        }
        return done;
    }

    /**
     * The row, or empty when it was never written.
     *
     * @throws StoreException when it cannot be read
     */
    public Optional<KillSwitchRow> load() {
        try (Connection c = dataSource.getConnection()) {
            return SessionSql.loadKillSwitch(c);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("load kill switch failed: " + e.getMessage(), e);
        }
    }

    private void write(boolean engaged, String reason, long sinceMillis, boolean flatten) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL synchronous_commit = on");
                st.execute("SET LOCAL statement_timeout = " + STATEMENT_TIMEOUT_MS);
            }
            SessionSql.saveKillSwitch(c, engaged, reason, sinceMillis, flatten);
            c.commit();
        }
    }

    /** Lets the writes already asked for finish (at most 5 s), then stops the thread. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
