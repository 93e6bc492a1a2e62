package io.trader.app.paper;

import io.trader.core.market.Bar;

import java.util.List;

/**
 * Where a session's bars come from: a replayed file or a live venue stream. Bars arrive in close-time
 * order. Called from the engine thread only.
 */
public interface BarFeed {

    /** The next bar, waiting at most {@code maxWaitMillis}; null when none is due yet. */
    Bar poll(long maxWaitMillis) throws InterruptedException;

    /**
     * Close time of the bar {@link #poll} would return right now without waiting, or {@link Long#MIN_VALUE}
     * when none is ready: the engine completes a time step when the next bar is not of the same time.
     */
    long peekTime();

    /** True when no bar will ever come again (a replay that ended). A live feed never ends. */
    boolean exhausted();

    /**
     * The session restored a checkpoint at {@code time}: bars up to it only warm the models up (a replay
     * delivers them at once), and a live feed starts its backfill there.
     */
    void resumeAfter(long time);

    /** Where the bars come from, e.g. {@code replay:btcusdt-1h.csv.gz}. */
    String source();

    /**
     * True for a venue stream that delivers each instrument's bar of a time separately (the session then waits for
     * all of them, up to {@code trader.engine.step-timeout-ms}, before sizing the book); false for a replay, whose
     * bars of one time are all ready together.
     */
    default boolean live() {
        return false;
    }

    /** Symbols of the instruments the feed delivers. */
    List<String> instruments();
}
