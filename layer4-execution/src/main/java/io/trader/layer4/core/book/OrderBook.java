package io.trader.layer4.core.book;

import io.trader.core.domain.Side;

/** An L2 order book on long ticks and lots, both sides, with Binance id continuity checks on depth diffs. */
public final class OrderBook {

    private final PriceLevels bids;
    private final PriceLevels asks;
    private final SequenceCheck sequence;

    public OrderBook(SequenceCheck.Rule rule) {
        this(new PriceLevels(true), new PriceLevels(false), new SequenceCheck(rule));
    }

    private OrderBook(PriceLevels bids, PriceLevels asks, SequenceCheck sequence) {
        this.bids = bids;
        this.asks = asks;
        this.sequence = sequence;
    }

    /** An independent copy (levels and id chain), e.g. to start several simulations from one replayed state. */
    public OrderBook copy() {
        return new OrderBook(bids.copy(), asks.copy(), sequence.copy());
    }

    /** Applies a diff level by level when its ids continue the chain; a gap or stale diff leaves the book unchanged. */
    public SequenceCheck.Outcome apply(MarketEvent.DepthDiff diff) {
        SequenceCheck.Outcome outcome = sequence.check(diff.firstId(), diff.lastId(), diff.prevLastId());
        if (outcome == SequenceCheck.Outcome.APPLY) {
            setAll(bids, diff.bidTicks(), diff.bidLots());
            setAll(asks, diff.askTicks(), diff.askLots());
        }
        return outcome;
    }

    /**
     * Replaces the book with a snapshot and restarts the id chain at its lastUpdateId; a snapshot older than the
     * diffs already applied is STALE and changes nothing.
     */
    public SequenceCheck.Outcome apply(MarketEvent.Snapshot snapshot) {
        if (sequence.snapshot(snapshot.lastId()) == SequenceCheck.Outcome.STALE) {
            return SequenceCheck.Outcome.STALE;
        }
        bids.clear();
        asks.clear();
        setAll(bids, snapshot.bidTicks(), snapshot.bidLots());
        setAll(asks, snapshot.askTicks(), snapshot.askLots());
        return SequenceCheck.Outcome.APPLY;
    }

    /** After a reported gap: accept it explicitly and continue building from the next diff. */
    public void acceptGap() {
        sequence.acceptGap();
    }

    private static void setAll(PriceLevels side, long[] ticks, long[] lots) {
        for (int i = 0; i < ticks.length; i++) {
            side.set(ticks[i], lots[i]);
        }
    }

    public PriceLevels bids() {
        return bids;
    }

    public PriceLevels asks() {
        return asks;
    }

    /** The side resting orders of {@code side} join. */
    public PriceLevels side(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    public long bestBid() {
        return bids.best();
    }

    public long bestAsk() {
        return asks.best();
    }

    /** True when both sides have a level. */
    public boolean twoSided() {
        return !bids.isEmpty() && !asks.isEmpty();
    }

    /** Ask minus bid in ticks; {@code Long.MIN_VALUE} when a side is empty. */
    public long spreadTicks() {
        return twoSided() ? asks.best() - bids.best() : Long.MIN_VALUE;
    }

    /** Mid in ticks (half ticks possible); NaN when a side is empty. */
    public double midTicks() {
        return twoSided() ? (asks.best() + bids.best()) / 2.0 : Double.NaN;
    }

    public long lastUpdateId() {
        return sequence.lastId();
    }

    /**
     * What a taker of {@code side} for {@code lots} would get walking the opposite side, not past
     * {@code limitTick} (use {@code Long.MAX_VALUE} / {@code Long.MIN_VALUE} for none). Does not change the book.
     */
    public Walk walk(Side side, long lots, long limitTick) {
        PriceLevels book = side == Side.BUY ? asks : bids;
        long filled = 0;
        long notional = 0;
        int levels = 0;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < book.depth() && filled < lots; i++) {
            long px = book.priceAt(i);
            if (side == Side.BUY ? px > limitTick : px < limitTick) {
                break;
            }
            long take = Math.min(lots - filled, book.lotsAt(i));
            filled += take;
            notional = Math.addExact(notional, Math.multiplyExact(take, px));
            levels++;
            last = px;
        }
        return new Walk(filled, lots - filled, notional, levels, last);
    }

    /** Result of a depth walk: notional in tick x lot units. */
    public record Walk(long filledLots, long unfilledLots, long notional, int levels, long lastTick) {

        /** Average price in ticks; NaN when nothing filled. */
        public double averageTick() {
            return filledLots == 0 ? Double.NaN : (double) notional / filledLots;
        }
    }
}
