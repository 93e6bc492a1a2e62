package io.trader.app.smartmoney;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The smart-money store's one writer thread and its connection. Writes are queued (the caller blocks while the
 * queue is full, nothing is dropped) and written in batches, one transaction per batch; when a batch fails each of its
 * writes is retried in a transaction of its own, so one bad write costs only itself (logged and counted).
 */
final class SmartMoneyWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SmartMoneyWriter.class);
    private static final Object STOP = new Object();

    private final DataSource dataSource;
    private final BlockingQueue<Object> queue;
    private final int maxBatch;
    private final Thread thread;
    private final AtomicLong errors = new AtomicLong();
    private volatile boolean closed;
    private Connection connection;

    SmartMoneyWriter(DataSource dataSource, int queueCapacity, int maxBatch) {
        if (queueCapacity < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("queueCapacity and maxBatch must be positive");
        }
        this.dataSource = dataSource;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.maxBatch = maxBatch;
        this.thread = new Thread(this::run, "smart-money-store-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    long errors() {
        return errors.get();
    }

    synchronized void enqueue(SmartMoneySql.Write write) {
        if (closed) {
            throw new IllegalStateException("the smart-money store is closed");
        }
        put(write);
    }

    /** Waits until everything queued before is written (committed). */
    void flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the smart-money store is closed");
            }
            put(done);
        }
        done.join();
    }

    /** Writes what is queued and stops the thread. Idempotent. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            put(STOP);
        }
        io.trader.app.store.Uninterruptibly.join(thread);
    }

    private void put(Object item) {
        io.trader.app.store.Uninterruptibly.put(queue, item);
    }

    @SuppressWarnings("unchecked")
    private void run() {
        List<Object> batch = new ArrayList<>();
        List<SmartMoneySql.Write> pending = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops the writer
            }
            queue.drainTo(batch, maxBatch - 1);
            for (Object item : batch) {
                if (item == STOP) {
                    stop = true;
                } else if (item instanceof CompletableFuture<?> flush) {
                    write(pending);
                    ((CompletableFuture<Void>) flush).complete(null);
                } else {
                    pending.add((SmartMoneySql.Write) item);
                }
            }
            write(pending);
            batch.clear();
        }
        reset();
    }

    private void write(List<SmartMoneySql.Write> pending) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            inTransaction(pending);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("smart-money batch of {} writes failed, retrying one by one: {}", pending.size(), e.toString());
            for (SmartMoneySql.Write w : pending) {
                try {
                    inTransaction(List.of(w));
                } catch (SQLException | RuntimeException one) {
                    long n = errors.incrementAndGet();
                    if (n <= 20 || n % 1000 == 0) {
                        LOG.error("could not write smart-money {} ({} write errors so far): {}",
                                w.getClass().getSimpleName(), n, one.toString());
                    }
                }
            }
        } finally {
            pending.clear();
        }
    }

    private void inTransaction(List<SmartMoneySql.Write> writes) throws SQLException {
        Connection c = connection();
        try {
            SmartMoneySql.write(c, writes);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
                reset();
            }
            String state = e instanceof SQLException se ? se.getSQLState() : null;
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                reset();
            }
            throw e;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            connection = c;
        }
        return connection;
    }

    private void reset() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the smart-money writer's connection failed: {}", e.toString());
            }
            connection = null;
        }
    }
}
