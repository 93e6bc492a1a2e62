package io.trader.venue.binance.book;

import java.util.Arrays;

/**
 * An immutable copy of the top of a {@link BinanceBook}: state, last update id and up to N levels per side, best
 * first, in ticks and lots. Safe to hand to another thread.
 */
public record BookSnapshot(BookState state, long lastUpdateId,
                           long[] bidTicks, long[] bidLots, long[] askTicks, long[] askLots) {

    public BookSnapshot {
        bidTicks = bidTicks.clone();
        bidLots = bidLots.clone();
        askTicks = askTicks.clone();
        askLots = askLots.clone();
    }

    public long[] bidTicks() {
        return bidTicks.clone();
    }

    public long[] bidLots() {
        return bidLots.clone();
    }

    public long[] askTicks() {
        return askTicks.clone();
    }

    public long[] askLots() {
        return askLots.clone();
    }

    public int bidLevels() {
        return bidTicks.length;
    }

    public int askLevels() {
        return askTicks.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BookSnapshot b && state == b.state && lastUpdateId == b.lastUpdateId
                && Arrays.equals(bidTicks, b.bidTicks) && Arrays.equals(bidLots, b.bidLots)
                && Arrays.equals(askTicks, b.askTicks) && Arrays.equals(askLots, b.askLots);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bidTicks) * 31 + Arrays.hashCode(askTicks) + Long.hashCode(lastUpdateId);
    }

    @Override
    public String toString() {
        return "BookSnapshot[" + state + " id=" + lastUpdateId + " bids=" + bidTicks.length + " asks="
                + askTicks.length + (bidTicks.length > 0 ? " bid=" + bidTicks[0] : "")
                + (askTicks.length > 0 ? " ask=" + askTicks[0] : "") + "]";
    }
}
