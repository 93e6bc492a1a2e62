package io.trader.app.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The single background thread that owns the store's connection. Listener events are queued and
 * written in batches; tasks (checkpoint, kill switch, loads) run in queue order, each in its own
 * transaction with a synchronous commit, and their caller waits for the result.
 */
final class StoreWriter implements BatchWriter.Connections {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    private static final Object STOP = new Object();

    /** Work on the writer's connection inside a transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private record Task<T>(String name, SqlWork<T> work, CompletableFuture<T> result) {
    }

    private final DataSource dataSource;
    private final BlockingQueue<Object> queue;
    private final int maxBatch;
    private final BatchWriter batchWriter;
    private final Thread thread;
    private final ReadWriteLock closeLock = new ReentrantReadWriteLock();
    private volatile boolean closed;
    private volatile long errors;
    private Connection connection;

    StoreWriter(DataSource dataSource, String session, int queueCapacity, int maxBatch) {
        if (queueCapacity < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("queueCapacity and maxBatch must be positive");
        }
        this.dataSource = dataSource;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.maxBatch = maxBatch;
        this.batchWriter = new BatchWriter(session, this);
        this.thread = new Thread(this::run, "store-writer-" + session);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    long errors() {
        return errors;
    }

    /** Queues a listener event; blocks while the queue is full, never drops. */
    void enqueue(Object event) {
        closeLock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("store is closed");
            }
            putUninterruptibly(event);
        } finally {
            closeLock.readLock().unlock();
        }
    }

    /** Runs {@code work} after everything queued before it and returns its result. */
    <T> T call(String name, SqlWork<T> work) {
        Task<T> task = new Task<>(name, work, new CompletableFuture<>());
        enqueue(task);
        try {
            return task.result().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new StoreException(name + " failed: " + cause.getMessage(), cause);
        }
    }

    /** Writes what is queued, stops the thread and closes the connection. Idempotent. */
    void close() {
        closeLock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            putUninterruptibly(STOP);
        } finally {
            closeLock.writeLock().unlock();
        }
        io.trader.app.store.Uninterruptibly.join(thread);
    }

    private void putUninterruptibly(Object item) {
        io.trader.app.store.Uninterruptibly.put(queue, item);
    }

    private void run() {
        List<Object> batch = new ArrayList<>(maxBatch);
        List<Object> pending = new ArrayList<>(maxBatch);
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops the writer, through STOP
            }
            queue.drainTo(batch, maxBatch - 1);
            for (Object item : batch) {
                if (item == STOP) {
                    stop = true;
                } else if (item instanceof Task<?> task) {
                    writePending(pending);
                    runTask(task);
                } else {
                    pending.add(item);
                }
            }
            writePending(pending);
            batch.clear();
        }
        reset();
        LOG.debug("store writer stopped ({} write errors)", errors);
    }

    private void writePending(List<Object> pending) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            batchWriter.write(pending);
        } catch (RuntimeException e) {
            LOG.error("unexpected failure writing {} events", pending.size(), e);
        } finally {
            errors = batchWriter.errors();
            pending.clear();
        }
    }

    private <T> void runTask(Task<T> task) {
        try {
            task.result().complete(inTransaction(task.work()));
        } catch (SQLException e) {
            if (isConnectionError(e)) {
                reset();
                try {
                    LOG.warn("{}: connection lost, retrying once on a new connection", task.name());
                    task.result().complete(inTransaction(task.work()));
                    return;
                } catch (SQLException | RuntimeException retry) {
                    e.addSuppressed(retry);
                }
            }
            task.result().completeExceptionally(new StoreException(task.name() + " failed: " + e.getMessage(), e));
        } catch (RuntimeException | Error e) {
            task.result().completeExceptionally(e);
        }
    }

    /** One transaction whose commit waits for the WAL flush: the result is durable when this returns. */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        Connection c = get();
        try {
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL synchronous_commit = on");
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
                reset();
            }
            throw e;
        }
    }

    private static boolean isConnectionError(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** The writer's connection; bulk commits are asynchronous (a crash may lose the last few, a replay restores them). */
    @Override
    public Connection get() throws SQLException {
        if (connection != null && !connection.isClosed()) {
            return connection;
        }
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET synchronous_commit = off");
            }
            c.commit();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
        return c;
    }

    @Override
    public void reset() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing a broken connection failed: {}", e.toString());
            }
            connection = null;
        }
    }
}
