package io.trader.venue.kraken.book;

import io.trader.core.domain.InstrumentSpec;

/**
 * A local Kraken order book kept by Kraken's documented procedure (WebSocket v2 and v1 "Book checksum" guides):
 * a snapshot replaces the book; an update sets levels in message order (quantity 0 removes a level); after each
 * update the book is truncated to the subscribed depth (Kraken sends no delete for a level pushed out of scope) and
 * the CRC32 over the top 10 levels is compared with the message's checksum. A mismatch latches
 * {@link KrakenBookState#RESYNC}: the book is invalid and ignores updates until a new snapshot (the feed
 * resubscribes). Prices are ticks and sizes lots at the instrument's scales; the digits Kraken wrote are kept
 * beside them for the checksum.
 * <p>Pure (no I/O, no clock), single-threaded: the feed calls {@link #onMessage} from one thread.
 */
public final class KrakenBook {

    /** Price returned by {@link #bestBid()} / {@link #bestAsk()} when that side is empty. */
    public static final long NO_PRICE = Long.MIN_VALUE;

    private final InstrumentSpec spec;
    private final String symbol;
    private final int depth;
    private final KrakenSide bids;
    private final KrakenSide asks;
    private final KrakenChecksum checksum = new KrakenChecksum();
    private final long[] counts = new long[KrakenOutcome.values().length];
    private KrakenBookState state = KrakenBookState.AWAITING_SNAPSHOT;
    private String resyncDetail = "";

    /**
     * @param spec   the instrument's scales (ticks and lots the parser produced)
     * @param symbol Kraken's symbol, e.g. {@code BTC/USD} (v1: {@code XBT/USD})
     * @param depth  the subscribed depth: 10, 25, 100, 500 or 1000
     */
    public KrakenBook(InstrumentSpec spec, String symbol, int depth) {
        if (depth != 10 && depth != 25 && depth != 100 && depth != 500 && depth != 1000) {
            throw new IllegalArgumentException("Kraken book depth must be 10, 25, 100, 500 or 1000, got " + depth);
        }
        this.spec = spec;
        this.symbol = symbol;
        this.depth = depth;
        this.bids = new KrakenSide(true, depth + 16);
        this.asks = new KrakenSide(false, depth + 16);
    }

    /**
     * Applies every entry of a message that is for this book's symbol; returns the outcome of the last one, or
     * {@link KrakenOutcome#WRONG_SYMBOL} when none is.
     */
    public KrakenOutcome onMessage(BookMessage message) {
        KrakenOutcome outcome = null;
        for (BookMessage.BookData data : message.entries()) {
            if (symbol.equals(data.symbol())) {
                outcome = apply(data, message.snapshot());
            }
        }
        if (outcome == null) {
            counts[KrakenOutcome.WRONG_SYMBOL.ordinal()]++;
            return KrakenOutcome.WRONG_SYMBOL;
        }
        return outcome;
    }

    /** Applies one entry as a snapshot or an update; see {@link KrakenOutcome}. */
    public KrakenOutcome apply(BookMessage.BookData data, boolean snapshot) {
        KrakenOutcome outcome = applyEntry(data, snapshot);
        counts[outcome.ordinal()]++;
        return outcome;
    }

    private KrakenOutcome applyEntry(BookMessage.BookData data, boolean snapshot) {
        if (!symbol.equals(data.symbol())) {
            return KrakenOutcome.WRONG_SYMBOL;
        }
        if (snapshot) {
            bids.clear();
            asks.clear();
            state = KrakenBookState.LIVE;
            resyncDetail = "";
        } else if (state != KrakenBookState.LIVE) {
            return KrakenOutcome.IGNORED;
        }
        bids.setAll(data.bids());
        asks.setAll(data.asks());
        bids.truncate(depth);
        asks.truncate(depth);
        if (data.checksum() >= 0) {
            long mine = checksum.of(asks, bids);
            if (mine != data.checksum()) {
                state = KrakenBookState.RESYNC;
                resyncDetail = "checksum " + mine + " != venue " + data.checksum();
                return KrakenOutcome.CHECKSUM_MISMATCH;
            }
        }
        if (bids.size > 0 && asks.size > 0 && bids.ticks[0] >= asks.ticks[0]) {
            state = KrakenBookState.RESYNC;
            resyncDetail = "bid " + bids.ticks[0] + " >= ask " + asks.ticks[0];
            return KrakenOutcome.CROSSED;
        }
        return snapshot ? KrakenOutcome.SNAPSHOT_APPLIED : KrakenOutcome.APPLIED;
    }

    /** The CRC32 of the current top 10 levels, as Kraken computes it (unsigned 32 bits). */
    public long checksum() {
        return checksum.of(asks, bids);
    }

    public KrakenBookState state() {
        return state;
    }

    public boolean isLive() {
        return state == KrakenBookState.LIVE;
    }

    /** Why the book went to RESYNC (the two checksums, or the crossed prices); empty when live. */
    public String resyncDetail() {
        return resyncDetail;
    }

    public long count(KrakenOutcome outcome) {
        return counts[outcome.ordinal()];
    }

    public InstrumentSpec spec() {
        return spec;
    }

    public String symbol() {
        return symbol;
    }

    public int depth() {
        return depth;
    }

    /** Best bid in ticks, {@link #NO_PRICE} when no bids. Meaningful only while {@link #isLive()}. */
    public long bestBid() {
        return bids.size == 0 ? NO_PRICE : bids.ticks[0];
    }

    /** Best ask in ticks, {@link #NO_PRICE} when no asks. Meaningful only while {@link #isLive()}. */
    public long bestAsk() {
        return asks.size == 0 ? NO_PRICE : asks.ticks[0];
    }

    public long bestBidLots() {
        return bids.size == 0 ? 0 : bids.lots[0];
    }

    public long bestAskLots() {
        return asks.size == 0 ? 0 : asks.lots[0];
    }

    /** Mid in ticks (may be a half tick); NaN when a side is empty. */
    public double midTicks() {
        return bids.size == 0 || asks.size == 0 ? Double.NaN : (bids.ticks[0] + asks.ticks[0]) / 2.0;
    }

    public int bidDepth() {
        return bids.size;
    }

    public int askDepth() {
        return asks.size;
    }

    /** Copies up to {@code n} bid levels, best first; returns how many. */
    public int bids(int n, long[] ticks, long[] lots) {
        return copy(bids, n, ticks, lots);
    }

    /** Copies up to {@code n} ask levels, best first; returns how many. */
    public int asks(int n, long[] ticks, long[] lots) {
        return copy(asks, n, ticks, lots);
    }

    private static int copy(KrakenSide side, int n, long[] ticks, long[] lots) {
        int count = Math.min(n, side.size);
        System.arraycopy(side.ticks, 0, ticks, 0, count);
        System.arraycopy(side.lots, 0, lots, 0, count);
        return count;
    }
}
