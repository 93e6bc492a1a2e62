package io.trader.layer4.core.book;

/** Small hand-built events for the book tests. */
final class Books {

    private Books() {
    }

    static long[] l(long... v) {
        return v;
    }

    /** A spot-style diff (no pu). */
    static MarketEvent.DepthDiff diff(long recvNs, long first, long last, long[] bidTicks, long[] bidLots,
                                      long[] askTicks, long[] askLots) {
        return new MarketEvent.DepthDiff(recvNs, 0, first, last, -1, bidTicks, bidLots, askTicks, askLots);
    }

    /** Bids 99/98/97 x 5/10/20 and asks 100/101/102 x 4/6/8 (ticks, lots), id 10. */
    static MarketEvent.DepthDiff threeByThree(long recvNs) {
        return diff(recvNs, 1, 10, l(99, 98, 97), l(5, 10, 20), l(100, 101, 102), l(4, 6, 8));
    }

    static MarketEvent.Trade trade(long recvNs, long tick, long lots, boolean buyerIsMaker) {
        return new MarketEvent.Trade(recvNs, 0, tick, lots, buyerIsMaker);
    }
}
