package io.trader.fake.hyperliquid;

import io.vertx.core.Context;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs work on the fake's event-loop context from any thread and waits for it (directly when already on it). */
final class Loop {

    private static final long CALL_TIMEOUT_MS = 10_000;

    private final Context ctx;
    private volatile Thread thread;

    Loop(Context ctx) {
        this.ctx = ctx;
    }

    Context context() {
        return ctx;
    }

    /** Called once on the context: remembers its thread. */
    void enter() {
        thread = Thread.currentThread();
    }

    void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    <T> T call(Supplier<T> s) {
        if (Thread.currentThread() == thread) {
            return s.get();
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        ctx.runOnContext(v -> {
            try {
                done.complete(s.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return await(done);
    }

    static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("fake Hyperliquid call failed: " + e, e);
        }
    }
}
