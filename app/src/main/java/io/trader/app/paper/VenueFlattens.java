package io.trader.app.paper;

import io.trader.app.run.SessionParts;
import io.trader.core.event.RiskEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The kill switch's flatten on a live venue that works it itself ({@link VenueBinding#drivesFlatten()}): one at a
 * time; when it ends without the venue flat, a critical alert (log, risk event on the engine thread) says exactly
 * what is left. A flatten still working stops with its session; a restart resumes it (the switch is durable).
 */
final class VenueFlattens {

    private static final Logger LOG = LoggerFactory.getLogger(VenueFlattens.class);

    private final VenueBinding venue;
    private final SessionParts parts;
    private final Function<Runnable, CompletableFuture<Void>> onEngine;
    private final Consumer<String> halt;
    private CompletableFuture<FlattenReport> current;
    private volatile FlattenReport last;

    /** @param venue the live venue, or null for the paper exchange (which flattens in the engine) */
    VenueFlattens(VenueBinding venue, SessionParts parts, Function<Runnable, CompletableFuture<Void>> onEngine,
                  Consumer<String> halt) {
        this.venue = venue;
        this.parts = parts;
        this.onEngine = onEngine;
        this.halt = halt;
    }

    /** Starts a flatten unless one is running or the venue does not drive its own. */
    void start(String reason) {
        if (venue == null || !venue.drivesFlatten()) {
            return;
        }
        CompletableFuture<FlattenReport> started;
        synchronized (this) {
            if (current != null && !current.isDone()) {
                return;
            }
            current = venue.flatten(parts, onEngine, halt, reason);
            started = current;
        }
        started.whenComplete((report, error) -> {
            last = report;
            if (report != null && report.flat() || error instanceof CancellationException
                    || report == null && error == null) {
                return; // flat, or stopped with its session
            }
            String left = error != null ? "the flatten failed: " + error.getMessage()
                    : "after " + report.elapsedMs() + " ms and " + report.rounds() + " rounds the venue still holds "
                    + String.join("; ", report.left());
            LOG.error("CRITICAL: kill-switch flatten did not finish: {}", left);
            onEngine.apply(() -> parts.engine.onRiskEvent(new RiskEvent.ReconciliationDifference(
                    "flatten", "unexplained: kill-switch flatten did not finish: " + left,
                    Math.max(parts.clock.millis(), 0))));
        });
    }

    /** How the last flatten ended, or null. */
    FlattenReport last() {
        return last;
    }

    /** The flatten running or last run, or null. */
    synchronized CompletableFuture<FlattenReport> current() {
        return current;
    }

    /** Stops a flatten still working (the session stops). */
    synchronized void cancel() {
        if (current != null) {
            current.cancel(false);
        }
    }
}
