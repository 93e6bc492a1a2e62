package io.trader.app.paper;

import io.trader.app.http.UserText;
import io.trader.app.store.KillSwitchRow;
import io.trader.app.store.KillSwitchStore;
import io.trader.layer5.core.KillSwitch;
import io.trader.layer5.core.KillSwitchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The kill switch made fail-safe. The risk layer's in-memory {@link KillSwitch} is the authority and the
 * store follows it:
 * <ul>
 *   <li>engage: memory first (no new order from that moment), then the cancel and flatten go to the
 *       engine, then the row is written; the caller waits at most {@code bound} for either;</li>
 *   <li>reset: the row is written first; memory is released only once the store confirmed it;</li>
 *   <li>a write that fails or is not confirmed in time leaves a {@link KillSwitchJournal} entry and is
 *       retried in the background (the in-memory state is written again) until the store confirms it;</li>
 *   <li>restore: engaged when the row says so, when the row cannot be read, or when the journal says the
 *       last change was never confirmed.</li>
 * </ul>
 * The last write asked of the store is always the in-memory state (writes run in order), except while a
 * reset waits for its confirmation.
 */
final class DurableKillSwitch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DurableKillSwitch.class);
    private static final long RETRY_MS = 2_000;

    /** The state after an engage or reset, and why the store did not confirm it (null when it did). */
    record Outcome(KillSwitchState state, String notDurable) {
    }

    private final KillSwitch memory;
    private final KillSwitchStore store;
    private final KillSwitchJournal journal;
    private final Clock clock;
    private final Duration bound;
    private final Consumer<Boolean> published;
    private final ScheduledExecutorService retries;
    private long submitted;
    private CompletableFuture<Void> lastSaved = CompletableFuture.completedFuture(null);
    private boolean retryPending;
    private boolean failing;

    DurableKillSwitch(KillSwitch memory, KillSwitchStore store, KillSwitchJournal journal, Clock clock,
                      Duration bound, Consumer<Boolean> published) {
        this.memory = memory;
        this.store = store;
        this.journal = journal;
        this.clock = clock;
        this.bound = bound;
        this.published = published;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "kill-switch-retry");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.retries = executor;
    }

    /** Restores the switch at start-up (fail-safe) and logs it when engaged. */
    synchronized void restore() {
        long now = clock.millis();
        Optional<KillSwitchState> unconfirmed = journal.read(now);
        Optional<KillSwitchRow> row = Optional.empty();
        String unreadable = null;
        try {
            row = store.load();
        } catch (RuntimeException e) {
            unreadable = describe(e);
            LOG.error("the kill switch could not be read from the store: {}", UserText.forLog(e));
        }
        if (unconfirmed.isPresent()) {
            KillSwitchState j = unconfirmed.get();
            memory.restore(true, j.reason(), j.since(), j.flatten());
            LOG.warn("kill switch is ENGAGED (restored from {}: its last change was never confirmed by the store): "
                    + "reason='{}'", journal.file(), UserText.forLog(j.reason()));
            submit(memory.state());
        } else if (unreadable != null) {
            memory.restore(true, "the kill-switch state could not be read from the store at start-up ("
                    + unreadable + "); halted until an authenticated reset", now, false);
            LOG.warn("kill switch is ENGAGED: its state could not be read from the store, so nothing proves it "
                    + "was released; no orders until an authenticated reset");
        } else if (row.isPresent() && row.get().engaged()) {
            KillSwitchRow k = row.get();
            memory.restore(true, UserText.clean(k.reason()), k.sinceMillis(), k.flatten());
            LOG.warn("kill switch is ENGAGED (restored): reason='{}' since {}; no orders until an authenticated "
                    + "reset", UserText.forLog(k.reason()), java.time.Instant.ofEpochMilli(k.sinceMillis()));
        }
        published.accept(memory.engaged());
    }

    /**
     * Engages: memory first, then {@code cancelAndFlatten} (when this call engaged it or asked to flatten),
     * then the durable write. Waits at most the bound for the write and the flatten together.
     */
    Outcome engage(String reason, boolean flatten, Supplier<CompletableFuture<?>> cancelAndFlatten) {
        CompletableFuture<?> flattening;
        CompletableFuture<Void> saved;
        synchronized (this) {
            boolean changed = memory.engage(UserText.clean(reason), flatten, clock.millis());
            published.accept(true);
            flattening = changed || flatten ? start(cancelAndFlatten) : CompletableFuture.completedFuture(null);
            saved = submit(memory.state());
        }
        long deadline = System.nanoTime() + bound.toNanos();
        String failure = await(saved, deadline);
        try {
            flattening.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.warn("the cancel/flatten of the kill switch is still running after {} s", bound.toSeconds());
        } catch (ExecutionException e) {
            LOG.error("the cancel/flatten of the kill switch failed: {}", UserText.forLog(e.getCause()));
        } catch (RuntimeException e) {
            LOG.error("the cancel/flatten of the kill switch failed: {}", UserText.forLog(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return failure == null ? new Outcome(memory.state(), null) : new Outcome(memory.state(),
                "the kill switch is ENGAGED and trading is halted, but the store " + failure + "; it stays engaged,"
                        + " also after a restart, until an authenticated reset is saved");
    }

    /** Starts the cancel/flatten; a failure to even start it is reported like a failure of it. */
    private static CompletableFuture<?> start(Supplier<CompletableFuture<?>> cancelAndFlatten) {
        try {
            return cancelAndFlatten.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Engages without waiting (a failure of the engine itself, a reconciliation that cannot be explained): the
     * journal records it first, so a crash before the store confirms still restarts halted; the write is
     * retried like any other.
     */
    synchronized void engageNow(String reason) {
        memory.engage(UserText.clean(reason), false, clock.millis());
        published.accept(true);
        journal.write(memory.state());
        submit(memory.state());
    }

    /** Releases the switch once the store confirmed the release; otherwise it stays engaged. */
    Outcome reset(String reason) {
        String clean = UserText.clean(reason);
        long now;
        long seq;
        CompletableFuture<Void> saved;
        synchronized (this) {
            if (!memory.engaged()) {
                return new Outcome(memory.state(), null);
            }
            now = clock.millis();
            saved = submit(new KillSwitchState(false, clean, now, false));
            seq = submitted;
        }
        String failure = await(saved, System.nanoTime() + bound.toNanos());
        synchronized (this) {
            if (failure == null && seq == submitted) {
                memory.reset(clean, now);
                published.accept(false);
                return new Outcome(memory.state(), null);
            }
            submit(memory.state()); // the store may still apply the reset late: the engaged state follows it
            return new Outcome(memory.state(), "the reset was not saved: " + (failure != null ? "the store " + failure
                    : "a kill-switch engage arrived meanwhile") + "; the kill switch stays ENGAGED");
        }
    }

    /** Asks the store to write {@code state} after the writes asked before; tracks the outcome. */
    private CompletableFuture<Void> submit(KillSwitchState state) {
        long seq = ++submitted;
        CompletableFuture<Void> saved = store.save(state.engaged(), state.reason(), state.since(), state.flatten());
        lastSaved = saved;
        saved.whenComplete((ok, e) -> written(seq, e));
        return saved;
    }

    private synchronized void written(long seq, Throwable error) {
        if (error == null) {
            if (seq == submitted) {
                if (failing) {
                    LOG.info("the store confirmed the kill switch again (engaged={})", memory.engaged());
                }
                failing = false;
                journal.clear();
            }
            return;
        }
        if (!failing) {
            LOG.error("the kill switch could not be saved (engaged in memory: {}); retrying every {} s: {}",
                    memory.engaged(), RETRY_MS / 1000, UserText.forLog(error));
        }
        failing = true;
        if (memory.engaged()) {
            journal.write(memory.state());
        }
        if (seq == submitted && !retryPending) {
            retryPending = true;
            try {
                retries.schedule(this::retry, RETRY_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                retryPending = false;
            }
        }
    }

    private synchronized void retry() {
        retryPending = false;
        if (failing) {
            submit(memory.state());
        }
    }

    /**
     * Null when {@code saved} completed normally before {@code deadline}; otherwise what went wrong, after
     * recording the engaged switch in the journal (before the caller answers).
     */
    private String await(CompletableFuture<Void> saved, long deadline) {
        String failure;
        try {
            saved.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            LOG.error("the store did not confirm the kill switch within {} s", bound.toSeconds());
            failure = "did not confirm it within " + bound.toSeconds() + " s";
        } catch (ExecutionException e) {
            failure = "refused to save it (" + describe(e.getCause()) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "was not waited for (interrupted)";
        }
        synchronized (this) {
            if (memory.engaged()) {
                journal.write(memory.state());
            }
        }
        return failure;
    }

    /** An operator's summary of a store failure: the SQL state or the exception type, never the SQL text. */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return "database error, SQLState " + UserText.forLog(sql.getSQLState());
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /** True while the store has not confirmed the in-memory switch (a write failed or was not confirmed in time). */
    boolean unconfirmed() {
        return journal.pending();
    }

    /** Waits (at most the bound) for the last write asked of the store, then stops retrying. */
    @Override
    public void close() {
        CompletableFuture<Void> last;
        synchronized (this) {
            last = lastSaved;
        }
        if (await(last, System.nanoTime() + bound.toNanos()) != null) {
            LOG.error("stopping with the kill switch not confirmed by the store; the journal {} keeps it engaged",
                    journal.file());
        }
        retries.shutdownNow();
    }
}
