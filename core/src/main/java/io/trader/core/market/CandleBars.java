package io.trader.core.market;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.port.MarketDataListener;

import java.util.List;

/**
 * The contract between a venue's candle stream and the code that turns it into validated, closed {@link Bar}s
 * (layer 0's {@code CandleAssembler}). The venue adapter feeds every stream update and, when told of a gap, fetches
 * the missing candles and hands them to {@link #backfill}; the implementation decides when a candle is closed and
 * valid and emits each bar once, in open-time order. Venue modules depend on this contract only, never on layer 0.
 *
 * <p>Not thread-safe: one stream thread per instance.
 */
public interface CandleBars {

    /** Returned by {@link #backfillStart()} when no candle has been seen yet. */
    long UNKNOWN = Long.MIN_VALUE;

    /** What {@link #onUpdate} did. */
    enum Outcome {
        /** First candle seen; nothing closed. */
        STARTED,
        /** The current candle was updated. */
        UPDATED,
        /** A later candle started and the previous one was emitted as a bar. */
        CLOSED,
        /** A candle that was already closed, or older than the current one; ignored. */
        STALE,
        /** Candles are missing (skipped or lost in a disconnect): call {@link #backfill}. Nothing is emitted until then. */
        GAP,
        /** Another symbol or interval; ignored. */
        WRONG_SERIES
    }

    /** Creates the bar assembly of one instrument and interval, emitting bars to {@code out}. */
    @FunctionalInterface
    interface Factory {
        CandleBars create(InstrumentSpec instrument, CandleInterval interval, MarketDataListener out);
    }

    /** Applies one stream update. */
    Outcome onUpdate(Candle c);

    /** The connection dropped: nothing closes until the next {@link #backfill}. */
    void suspend();

    /** Counts the events that made a backfill necessary; read it when a backfill request is sent. */
    long gapEpoch();

    /** {@link #backfill(List, long)} for a response to a request sent at {@code gapEpochAtRequest}. */
    int backfill(List<Candle> candles, long now, long gapEpochAtRequest);

    /** Applies the venue's candles covering the gap (final when {@code openTime + interval <= now}); bars emitted. */
    int backfill(List<Candle> candles, long now);

    /** True after a gap or {@link #suspend()} until the next {@link #backfill}. */
    boolean needsBackfill();

    /** Open time a backfill should start at, or {@link #UNKNOWN}. */
    long backfillStart();

    /** Open time of the last bar emitted, or {@code Long.MIN_VALUE}. */
    long lastClosedOpenTime();

    /** The candle in progress, or {@code null}. */
    Candle current();

    InstrumentSpec instrument();

    CandleInterval interval();

    /** Stream updates ignored as stale. */
    long staleUpdates();
}
