package io.trader.app.paper;

import io.trader.app.run.SessionParts;
import io.trader.core.domain.OrderState;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;

import java.util.List;
import java.util.concurrent.Executor;

/** A live venue for a session: builds the adapter, restores its orders and reconciles with the venue. */
public interface VenueBinding {

    /** Venue name for status and metrics, e.g. {@code hyperliquid}. */
    String name();

    /** Builds the adapter; its order events must reach {@code listener} through {@code engineThread}. */
    ExchangePort create(OrderEventListener listener, Executor engineThread);

    /** Called once the session's parts are built, before the first event (e.g. per-venue fill ledgers). */
    default void attach(SessionParts parts) {
    }

    /** Hands the adapter the open orders the store knew after a restart. */
    void restore(List<OrderState> storedOpenOrders);

    /**
     * After a restart: client ids of orders the session sent that the store holds as not ended but the checkpoint
     * did not have (sent just before a crash), so the venue's orders and fills carrying their ids are recognised
     * as theirs.
     */
    default void rememberSent(List<String> clientIds) {
    }

    /**
     * Compares the session with the venue before it trades (and after reconnects): adopts the venue's
     * positions and open orders, records each difference as a risk event, and halts through {@code halt} (the
     * session's durable kill switch, given the reason) when a difference cannot be explained or the venue
     * cannot be compared. Called on the engine thread (or before it starts).
     *
     * @return what the venue said, or null when it could not be read (then halted)
     */
    io.trader.core.venue.ReconciliationResult reconcile(SessionParts parts, java.util.function.Consumer<String> halt);

    /**
     * {@link #reconcile(SessionParts, java.util.function.Consumer)}, telling {@code observer} each venue's outcome (the
     * venue's name and what it said, null when it could not be read): once for a single venue, once per venue in a
     * multi-venue session. The session's metrics count reconciliations per venue this way.
     */
    default io.trader.core.venue.ReconciliationResult reconcile(SessionParts parts,
            java.util.function.Consumer<String> halt,
            java.util.function.BiConsumer<String, io.trader.core.venue.ReconciliationResult> observer) {
        io.trader.core.venue.ReconciliationResult r = reconcile(parts, halt);
        observer.accept(name(), r);
        return r;
    }

    /**
     * Symbols of the instruments this venue trades in the session (a multi-venue session routes each instrument's
     * orders to its venue, and keeps each venue's fills and equity baseline apart).
     */
    default List<String> symbols() {
        return List.of();
    }

    /** The venue that trades {@code symbol}: this one, or in a multi-venue session the instrument's. */
    default String venueOf(String symbol) {
        return name();
    }

    /**
     * Joins a multi-venue session: its fills then go to a ledger of its own and its reconciliation compares the
     * venue's account with the P&amp;L of its own instruments only (the session's cash is shared by every venue).
     */
    default void shareSession() {
    }

    /** True when the venue works the kill switch's flatten itself ({@link #flatten}) instead of the engine. */
    default boolean drivesFlatten() {
        return false;
    }

    /**
     * Works the venue until it is flat with no open order, or a deadline passes: cancel all, re-read the venue
     * (reconciling the session with it), send reduce-only orders within a slippage cap that widens each round.
     *
     * @param onEngine runs a task on the engine thread and completes when it ran
     * @param halt     the session's durable kill switch
     */
    default java.util.concurrent.CompletableFuture<FlattenReport> flatten(SessionParts parts,
            java.util.function.Function<Runnable, java.util.concurrent.CompletableFuture<Void>> onEngine,
            java.util.function.Consumer<String> halt, String reason) {
        return java.util.concurrent.CompletableFuture.completedFuture(new FlattenReport(true, 0, 0, List.of()));
    }
}
