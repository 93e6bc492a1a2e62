package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.InstrumentSpec;

import java.math.BigDecimal;

/**
 * The order book of one coin, replaced by each Hyperliquid {@code l2Book} snapshot (the venue sends full
 * snapshots, never diffs). A snapshot whose time is not after the last applied one is ignored as stale, so a late
 * REST snapshot or a replayed message can never roll the book back. Not thread-safe: one owner thread.
 */
public final class L2Book {

    /** What {@link #apply} did. */
    public enum Result {
        /** The snapshot replaced the book. */
        APPLIED,
        /** Not newer than the book; ignored. */
        STALE,
        /** A snapshot of another coin; ignored. */
        WRONG_COIN,
        /** Unsorted, non-positive or crossed levels; ignored (the book keeps its previous state). */
        INVALID
    }

    /** Returned by the best-price getters when that side is empty. */
    public static final long NO_PRICE = 0;

    private final InstrumentSpec instrument;
    private final L2Snapshot levels = new L2Snapshot();
    private boolean empty = true;
    private long stale;
    private long applied;

    public L2Book(InstrumentSpec instrument) {
        if (instrument == null) {
            throw new IllegalArgumentException("instrument is required");
        }
        this.instrument = instrument;
        levels.reset(instrument, Long.MIN_VALUE);
    }

    /** Applies {@code s} when it is this coin's, newer than the book and consistent. */
    public Result apply(L2Snapshot s) {
        if (!instrument.equals(s.instrument())) {
            return Result.WRONG_COIN;
        }
        if (!empty && s.time() <= levels.time()) {
            stale++;
            return Result.STALE;
        }
        if (!s.isConsistent()) {
            return Result.INVALID;
        }
        levels.copyFrom(s);
        empty = false;
        applied++;
        return Result.APPLIED;
    }

    public InstrumentSpec instrument() {
        return instrument;
    }

    /** True before the first snapshot. */
    public boolean isEmpty() {
        return empty;
    }

    /** Venue time of the applied snapshot, epoch ms ({@code Long.MIN_VALUE} before the first). */
    public long time() {
        return levels.time();
    }

    /** Best bid in ticks, or {@link #NO_PRICE}. */
    public long bestBid() {
        return levels.bidCount() == 0 ? NO_PRICE : levels.bidPrice(0);
    }

    /** Best ask in ticks, or {@link #NO_PRICE}. */
    public long bestAsk() {
        return levels.askCount() == 0 ? NO_PRICE : levels.askPrice(0);
    }

    /** True when both sides have a level. */
    public boolean isTwoSided() {
        return levels.bidCount() > 0 && levels.askCount() > 0;
    }

    /** Best ask minus best bid in ticks; throws when one side is empty. */
    public long spreadTicks() {
        requireTwoSided();
        return bestAsk() - bestBid();
    }

    /** Exact mid price ({@code (bid + ask) / 2}, one decimal finer than the tick at most); throws when one-sided. */
    public BigDecimal mid() {
        requireTwoSided();
        return BigDecimal.valueOf(bestBid() + bestAsk(), instrument.priceScale()).divide(BigDecimal.valueOf(2));
    }

    /** Mid as a double, for display and features. */
    public double midPrice() {
        requireTwoSided();
        return instrument.price(bestBid() + bestAsk()) / 2;
    }

    /** The applied levels (read-only use; valid until the next {@link #apply}). */
    public L2Snapshot levels() {
        return levels;
    }

    /** Snapshots ignored as stale so far. */
    public long staleCount() {
        return stale;
    }

    /** Snapshots applied so far. */
    public long appliedCount() {
        return applied;
    }

    private void requireTwoSided() {
        if (!isTwoSided()) {
            throw new IllegalStateException(instrument.symbol() + " book is not two-sided");
        }
    }
}
