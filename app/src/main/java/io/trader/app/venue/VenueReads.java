package io.trader.app.venue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The read of a venue's account that a reconciliation needs, tried {@value #ATTEMPTS} times (0.5, 1, 2, 4 s apart:
 * the venue did not answer, was rate-limited or timed out) before the session halts for want of it. Every venue's
 * reconciliation reads through here.
 */
final class VenueReads {

    private static final Logger LOG = LoggerFactory.getLogger(VenueReads.class);
    /** Reads a reconciliation tries before it halts. */
    static final int ATTEMPTS = 5;

    private VenueReads() {
    }

    /**
     * The venue's answer, or null after the session was halted through {@code halt} (every attempt failed, or the
     * thread was interrupted).
     */
    static <T> T read(String venue, Supplier<CompletionStage<T>> read, Consumer<String> halt) {
        String why = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                if (attempt > 0) {
                    Thread.sleep(500L << (attempt - 1));
                }
                return read.get().toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                why = "interrupted";
                break;
            } catch (Exception e) {
                why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                LOG.warn("reconciliation with {} failed (attempt {} of {}): {}", venue, attempt + 1, ATTEMPTS, why);
            }
        }
        LOG.error("reconciliation with {} failed ({}): trading halted", venue, why);
        halt.accept("reconciliation failed: " + why);
        return null;
    }
}
