package io.trader.app.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;

/**
 * The store's PostgreSQL: an external server (when a JDBC URL is configured) or an embedded one whose
 * data directory survives restarts. Opening it applies the Flyway migrations in {@code db/migration}.
 *
 * <p>{@link #dataSource()} opens a new physical connection per {@code getConnection()} (no pool): the
 * store's writer keeps one for its lifetime, queries open one each.
 *
 * <p>Closing stops the embedded server; close the stores that use it first. When the JVM shuts down
 * without {@link #close()}, a shutdown hook closes the dependents registered with {@link #closeFirst},
 * waits up to 15 s for the application to close the other {@link TradingStore}s on this database (its
 * own shutdown hook, running concurrently, may still write a last checkpoint), closes what is left,
 * then stops the server.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** How long the shutdown hook waits for the application to close its stores before stopping the server. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

    private final DataSource dataSource;
    private final String url;
    private final EmbeddedServer embedded;
    private final Deque<AutoCloseable> dependents = new ArrayDeque<>();
    private final Thread shutdownHook;
    private boolean closed;

    private Database(DataSource dataSource, String url, EmbeddedServer embedded) {
        this.dataSource = dataSource;
        this.url = url;
        this.embedded = embedded;
        this.shutdownHook = new Thread(this::onShutdown, "database-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Connects (or starts the embedded server) and migrates the schema.
     *
     * @throws IllegalStateException when the server cannot be reached or started, or a migration fails;
     *                               the message names the URL without its password
     */
    public static Database open(StoreConfig config) {
        Database db = config.embedded() ? openEmbedded(config) : openExternal(config);
        try {
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Like {@link #open}, but when the embedded server of this data directory is already run by another
     * process (a paper or live session), connects to that server instead of refusing: so that a command
     * such as {@code models promote} reaches the store of a running session.
     */
    public static Database openOrAttach(StoreConfig config) {
        if (config.embedded()) {
            OptionalInt port;
            try {
                port = EmbeddedServer.runningPort(config.embeddedDataDir());
            } catch (IOException e) {
                throw new IllegalStateException("cannot check whether the embedded database "
                        + config.embeddedDataDir().toAbsolutePath() + " is in use: " + e.getMessage(), e);
            }
            if (port.isPresent()) {
                LOG.info("the embedded PostgreSQL of {} is run by another process; connecting to it on port {}",
                        config.embeddedDataDir(), port.getAsInt());
                return open(StoreConfig.external("jdbc:postgresql://localhost:" + port.getAsInt() + "/"
                        + EmbeddedServer.DATABASE, "postgres", null));
            }
        }
        return open(config);
    }

    private static Database openEmbedded(StoreConfig config) {
        try {
            EmbeddedServer server = EmbeddedServer.start(config.embeddedDataDir());
            return new Database(server.dataSource(), server.url(), server);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL on "
                    + config.embeddedDataDir().toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Database openExternal(StoreConfig config) {
        String safeUrl = JdbcUrls.redact(config.jdbcUrl());
        PGSimpleDataSource ds = new PGSimpleDataSource();
        try {
            ds.setUrl(config.jdbcUrl());
        } catch (RuntimeException e) {
            // the driver's message repeats the URL, password included: not chained
            throw new IllegalStateException("invalid PostgreSQL JDBC URL " + safeUrl);
        }
        if (config.user() != null && !config.user().isBlank()) {
            ds.setUser(config.user());
        }
        if (config.password() != null) {
            ds.setPassword(config.password());
        }
        ds.setReWriteBatchedInserts(true);
        ds.setApplicationName("trader");
        if (ds.getConnectTimeout() == 0) {
            ds.setConnectTimeout(10);
        }
        try (Connection c = ds.getConnection()) {
            LOG.info("connected to PostgreSQL {} at {}", c.getMetaData().getDatabaseProductVersion(), safeUrl);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL at " + safeUrl + ": " + e.getMessage(), e);
        }
        return new Database(ds, safeUrl, null);
    }

    private void migrate() {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("store schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                        result.migrationsExecuted);
            } else {
                LOG.info("store schema is up to date");
            }
        } catch (FlywayException e) {
            throw new IllegalStateException("migrating the store schema at " + url + " failed: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** JDBC URL of the server, without password (for logs and the status page). */
    public String url() {
        return url;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Closes {@code dependent} (e.g. a {@link TradingStore}) before the server stops; last registered, first closed. */
    public synchronized void closeFirst(AutoCloseable dependent) {
        dependents.push(dependent);
    }

    /** Closes the registered dependents, then stops the embedded server. Idempotent. */
    @Override
    public void close() {
        closeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            LOG.debug("JVM is shutting down; the hook is running");
        }
    }

    private synchronized void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        closeDependents();
        if (embedded != null) {
            try {
                embedded.close();
                LOG.info("embedded PostgreSQL stopped, data kept in {}", embedded.dataDir());
            } catch (IOException | RuntimeException e) {
                LOG.error("stopping the embedded PostgreSQL failed", e);
            }
        }
    }

    private synchronized void closeDependents() {
        while (!dependents.isEmpty()) {
            AutoCloseable d = dependents.pop();
            try {
                d.close();
            } catch (Exception e) {
                LOG.error("closing {} failed", d, e);
            }
        }
    }

    /**
     * JVM shutdown without {@link #close()}: close the dependents, then give the stores still open on this
     * database a grace period to be closed by the application (its own shutdown hook, which runs
     * concurrently, may be writing a last checkpoint), close the rest, and stop the embedded server.
     */
    private void onShutdown() {
        closeDependents();
        try {
            for (TradingStore store : OpenStores.awaitClosed(dataSource, SHUTDOWN_GRACE)) {
                LOG.warn("closing the store of session {}, still open at shutdown", store.session());
                store.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("closing the open stores at shutdown failed", e);
        }
        closeQuietly();
    }
}
