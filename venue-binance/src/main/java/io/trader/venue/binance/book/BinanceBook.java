package io.trader.venue.binance.book;

import io.trader.core.domain.InstrumentSpec;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;

/**
 * A local Binance order book kept by the venue's documented procedure ("How to manage a local order book
 * correctly"): open the diff stream and buffer its events, fetch a REST snapshot, drop buffered events older than
 * it, apply the rest (the first must straddle lastUpdateId, see {@link SyncRule}), then apply each live event whose
 * ids continue the chain. A gap or a crossed book puts the book in {@link BookState#RESYNC}: it is invalid, says
 * why ({@link #resyncReason()}, {@link #resyncDetail()}) and buffers diffs until the feed hands it a new snapshot.
 * A level with size 0 is removed. Prices are ticks and sizes lots at the instrument's scales.
 * <p>Pure (no I/O, no clock) and single-threaded: the feed calls {@link #onDiff} and {@link #onSnapshot} from one
 * thread; readers on other threads take a {@link #snapshot(int)}.
 */
public final class BinanceBook {

    /** Price returned by {@link #bestBid()} / {@link #bestAsk()} when that side is empty. */
    public static final long NO_PRICE = Long.MIN_VALUE;
    /** Default ladder window per side: 65,536 ticks (512 KB per side, plus a spare for re-centring). */
    public static final int DEFAULT_WINDOW_TICKS = 1 << 16;

    private final InstrumentSpec spec;
    private final SyncRule rule;
    private final int bufferCapacity;
    private final BookSide bids;
    private final BookSide asks;
    private final ArrayDeque<DepthDiff> buffer = new ArrayDeque<>();
    private final long[] diffCounts = new long[DiffOutcome.values().length];
    private final long[] snapshotCounts = new long[SnapshotOutcome.values().length];
    private final long[] resyncCounts = new long[ResyncReason.values().length];

    private BookState state = BookState.AWAITING_SNAPSHOT;
    private ResyncReason resyncReason = ResyncReason.NONE;
    private String resyncDetail = "";
    private long lastUpdateId = -1;
    /** True between a snapshot and the first diff applied on it (that diff must straddle lastUpdateId). */
    private boolean firstAfterSnapshot;

    /**
     * @param spec           the instrument (scales of the ticks and lots the parser produced)
     * @param rule           spot or futures id continuity
     * @param bufferCapacity most diffs held while waiting for a snapshot; beyond it the oldest are dropped
     */
    public BinanceBook(InstrumentSpec spec, SyncRule rule, int bufferCapacity) {
        this(spec, rule, bufferCapacity, DEFAULT_WINDOW_TICKS);
    }

    /**
     * @param windowTicks ticks per side held in an O(1) ladder around the touch (a power of two); levels further
     *                    away live in a sorted array. Size it to cover most of the streamed depth: BTCUSDT USD-M at
     *                    0.1 tick spans ~5,000 levels over a few thousand dollars
     */
    public BinanceBook(InstrumentSpec spec, SyncRule rule, int bufferCapacity, int windowTicks) {
        if (bufferCapacity < 1) {
            throw new IllegalArgumentException("bufferCapacity must be >= 1, got " + bufferCapacity);
        }
        this.spec = spec;
        this.rule = rule;
        this.bufferCapacity = bufferCapacity;
        this.bids = new BookSide(true, windowTicks);
        this.asks = new BookSide(false, windowTicks);
    }

    /**
     * Applies, buffers or refuses one diff event; see {@link DiffOutcome}. Diffs not yet applied when the book goes
     * to RESYNC (the one that broke the chain, and any still buffered behind it) stay buffered for the next snapshot.
     */
    public DiffOutcome onDiff(DepthDiff diff) {
        DiffOutcome outcome = state == BookState.LIVE ? applyLive(diff) : bufferDiff(diff);
        diffCounts[outcome.ordinal()]++;
        return outcome;
    }

    /**
     * Loads a REST snapshot and replays the buffered diffs on it. A snapshot too old for the buffer changes
     * nothing ({@link SnapshotOutcome#TOO_OLD}); one older than a live book is ignored ({@link SnapshotOutcome#STALE}).
     */
    public SnapshotOutcome onSnapshot(DepthSnapshot snapshot) {
        SnapshotOutcome outcome = loadSnapshot(snapshot);
        snapshotCounts[outcome.ordinal()]++;
        return outcome;
    }

    private SnapshotOutcome loadSnapshot(DepthSnapshot snapshot) {
        long last = snapshot.lastUpdateId();
        if (state == BookState.LIVE && last < lastUpdateId) {
            return SnapshotOutcome.STALE;
        }
        int older = 0;
        for (DepthDiff d : buffer) {
            if (!rule.olderThanSnapshot(d.finalId(), last)) {
                break;
            }
            older++;
        }
        if (older < buffer.size() && !rule.straddles(buffer.stream().skip(older).findFirst().orElseThrow().firstId(),
                last)) {
            return SnapshotOutcome.TOO_OLD;
        }
        for (int i = 0; i < older; i++) {
            buffer.pollFirst();
        }
        diffCounts[DiffOutcome.DROPPED_OLD.ordinal()] += older;
        bids.clear();
        asks.clear();
        setAll(bids, snapshot.bidTicks(), snapshot.bidLots());
        setAll(asks, snapshot.askTicks(), snapshot.askLots());
        lastUpdateId = last;
        firstAfterSnapshot = true;
        state = BookState.LIVE;
        resyncReason = ResyncReason.NONE;
        resyncDetail = "";
        if (crossed()) {
            enterResync(ResyncReason.CROSSED, "snapshot " + last + " is crossed");
            return SnapshotOutcome.RESYNC;
        }
        while (!buffer.isEmpty()) {
            DiffOutcome replayed = applyLive(buffer.pollFirst());
            diffCounts[replayed.ordinal()]++;
            if (state != BookState.LIVE) {
                return SnapshotOutcome.RESYNC;
            }
        }
        return SnapshotOutcome.LIVE;
    }

    /**
     * The parser's allocation-free path ({@link BinanceDepthParser#parseInto}): a diff whose levels sit in the
     * parser's scratch arrays (the first {@code nb} / {@code na} entries). Same outcomes and counts as
     * {@link #onDiff}; the levels are copied into a {@link DepthDiff} only when the book must keep the diff
     * (buffered, or the gap that sends it to RESYNC).
     */
    DiffOutcome onScratchDiff(long eventTime, long firstId, long finalId, long prevId,
                              long[] bt, long[] bl, int nb, long[] at, long[] al, int na) {
        DiffOutcome outcome = state == BookState.LIVE
                ? applyLive(eventTime, firstId, finalId, prevId, bt, bl, nb, at, al, na, null)
                : bufferDiff(copy(eventTime, firstId, finalId, prevId, bt, bl, nb, at, al, na));
        diffCounts[outcome.ordinal()]++;
        return outcome;
    }

    private static DepthDiff copy(long eventTime, long firstId, long finalId, long prevId,
                                  long[] bt, long[] bl, int nb, long[] at, long[] al, int na) {
        return new DepthDiff(eventTime, firstId, finalId, prevId, Arrays.copyOf(bt, nb), Arrays.copyOf(bl, nb),
                Arrays.copyOf(at, na), Arrays.copyOf(al, na));
    }

    private DiffOutcome applyLive(DepthDiff d) {
        return applyLive(d.eventTime(), d.firstId(), d.finalId(), d.prevFinalId(), d.bidTicks(), d.bidLots(),
                d.bidTicks().length, d.askTicks(), d.askLots(), d.askTicks().length, d);
    }

    /** {@code owned}: the diff as a record when the caller has one, else null (copied from the arrays on a gap). */
    private DiffOutcome applyLive(long eventTime, long firstId, long finalId, long prevId,
                                  long[] bt, long[] bl, int nb, long[] at, long[] al, int na, DepthDiff owned) {
        if (firstAfterSnapshot) {
            if (rule.olderThanSnapshot(finalId, lastUpdateId)) {
                return DiffOutcome.DROPPED_OLD;
            }
            if (!rule.straddles(firstId, lastUpdateId)) {
                return gap(owned != null ? owned : copy(eventTime, firstId, finalId, prevId, bt, bl, nb, at, al, na),
                        "first diff after snapshot " + lastUpdateId + " starts at U=" + firstId);
            }
        } else {
            if (finalId <= lastUpdateId) {
                return DiffOutcome.DROPPED_OLD;
            }
            if (!rule.continues(firstId, prevId, lastUpdateId)) {
                return gap(owned != null ? owned : copy(eventTime, firstId, finalId, prevId, bt, bl, nb, at, al, na),
                        rule == SyncRule.SPOT
                        ? "expected U=" + (lastUpdateId + 1) + " got U=" + firstId
                        : "expected pu=" + lastUpdateId + " got pu=" + prevId);
            }
        }
        firstAfterSnapshot = false;
        setAll(bids, bt, bl, nb);
        setAll(asks, at, al, na);
        lastUpdateId = finalId;
        if (crossed()) {
            enterResync(ResyncReason.CROSSED, "bid " + bids.best() + " >= ask " + asks.best() + " after u="
                    + finalId);
            return DiffOutcome.CROSSED;
        }
        return DiffOutcome.APPLIED;
    }

    /** The gap diff goes back to the front of the buffer: it (and any buffered after it) await a new snapshot. */
    private DiffOutcome gap(DepthDiff diff, String detail) {
        enterResync(ResyncReason.GAP, detail);
        buffer.addFirst(diff);
        return DiffOutcome.GAP;
    }

    private DiffOutcome bufferDiff(DepthDiff diff) {
        if (buffer.size() == bufferCapacity) {
            buffer.pollFirst();
            resyncCounts[ResyncReason.BUFFER_OVERFLOW.ordinal()]++;
        }
        buffer.addLast(diff);
        return DiffOutcome.BUFFERED;
    }

    private void enterResync(ResyncReason reason, String detail) {
        state = BookState.RESYNC;
        resyncReason = reason;
        resyncDetail = detail;
        resyncCounts[reason.ordinal()]++;
    }

    private boolean crossed() {
        return !bids.isEmpty() && !asks.isEmpty() && bids.best() >= asks.best();
    }

    private static void setAll(BookSide side, long[] ticks, long[] lots) {
        setAll(side, ticks, lots, ticks.length);
    }

    private static void setAll(BookSide side, long[] ticks, long[] lots, int n) {
        for (int i = 0; i < n; i++) {
            side.set(ticks[i], lots[i]);
        }
    }

    public BookState state() {
        return state;
    }

    /** True when the book is LIVE: its levels reflect the venue's book at {@link #lastUpdateId()}. */
    public boolean isLive() {
        return state == BookState.LIVE;
    }

    /** Why the book last went to RESYNC; {@link ResyncReason#NONE} after a successful snapshot. */
    public ResyncReason resyncReason() {
        return resyncReason;
    }

    /** The ids involved in the last resync, for logs; empty when none. */
    public String resyncDetail() {
        return resyncDetail;
    }

    /** The last update id applied (the snapshot's lastUpdateId or the last diff's u); -1 before any snapshot. */
    public long lastUpdateId() {
        return lastUpdateId;
    }

    public InstrumentSpec spec() {
        return spec;
    }

    public SyncRule rule() {
        return rule;
    }

    /** Diffs currently held for the next snapshot. */
    public int buffered() {
        return buffer.size();
    }

    /** The update id of the oldest buffered diff (U), or -1: the next snapshot's lastUpdateId must be >= U - 1. */
    public long oldestBufferedFirstId() {
        Iterator<DepthDiff> it = buffer.iterator();
        return it.hasNext() ? it.next().firstId() : -1;
    }

    /** How many diffs had this outcome (replayed buffered diffs included). */
    public long count(DiffOutcome outcome) {
        return diffCounts[outcome.ordinal()];
    }

    /** How many snapshots had this outcome. */
    public long count(SnapshotOutcome outcome) {
        return snapshotCounts[outcome.ordinal()];
    }

    /** How many times the book needed a resync for this reason (BUFFER_OVERFLOW: diffs dropped from the buffer). */
    public long count(ResyncReason reason) {
        return resyncCounts[reason.ordinal()];
    }

    /** Best bid in ticks, {@link #NO_PRICE} when no bids. Meaningful only while {@link #isLive()}. */
    public long bestBid() {
        return bids.best();
    }

    /** Best ask in ticks, {@link #NO_PRICE} when no asks. Meaningful only while {@link #isLive()}. */
    public long bestAsk() {
        return asks.best();
    }

    public long bestBidLots() {
        return bids.bestLots();
    }

    public long bestAskLots() {
        return asks.bestLots();
    }

    /** Mid in ticks (may be a half tick); NaN when a side is empty. */
    public double midTicks() {
        return bids.isEmpty() || asks.isEmpty() ? Double.NaN : (bids.best() + asks.best()) / 2.0;
    }

    public int bidDepth() {
        return bids.depth();
    }

    public int askDepth() {
        return asks.depth();
    }

    /** Size in lots at a bid price, 0 when none. */
    public long bidLotsAt(long priceTick) {
        return bids.sizeAt(priceTick);
    }

    /** Size in lots at an ask price, 0 when none. */
    public long askLotsAt(long priceTick) {
        return asks.sizeAt(priceTick);
    }

    /** Copies up to {@code n} bid levels, best first, into the arrays (no allocation); returns how many. */
    public int bids(int n, long[] ticks, long[] lots) {
        return bids.copyTop(n, ticks, lots);
    }

    /** Copies up to {@code n} ask levels, best first, into the arrays (no allocation); returns how many. */
    public int asks(int n, long[] ticks, long[] lots) {
        return asks.copyTop(n, ticks, lots);
    }

    /** An immutable copy of the top {@code n} levels per side with the state and last update id. */
    public BookSnapshot snapshot(int n) {
        long[] bt = new long[Math.min(n, bids.depth())];
        long[] bl = new long[bt.length];
        long[] at = new long[Math.min(n, asks.depth())];
        long[] al = new long[at.length];
        bids.copyTop(n, bt, bl);
        asks.copyTop(n, at, al);
        return new BookSnapshot(state, lastUpdateId, bt, bl, at, al);
    }
}
