package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.InstrumentSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class L2BookTest {

    private static final InstrumentSpec BTC = HlInstruments.perp("BTC", 5);
    private static final InstrumentSpec ETH = HlInstruments.perp("ETH", 4);

    private static L2Snapshot snap(InstrumentSpec spec, long time, long bid, long ask) {
        return new L2Snapshot().reset(spec, time).addBid(bid, 100, 1).addBid(bid - 10, 200, 2).addAsk(ask, 300, 3)
                .addAsk(ask + 10, 400, 4);
    }

    @Test
    void appliesNewerSnapshotsAndIgnoresStaleOnes() {
        L2Book book = new L2Book(BTC);
        assertTrue(book.isEmpty());

        assertEquals(L2Book.Result.APPLIED, book.apply(snap(BTC, 1000, 301_350, 301_360)));
        assertEquals(L2Book.Result.STALE, book.apply(snap(BTC, 999, 1, 2)));
        assertEquals(L2Book.Result.STALE, book.apply(snap(BTC, 1000, 1, 2)));
        assertEquals(301_350, book.bestBid());
        assertEquals(301_360, book.bestAsk());
        assertEquals(10, book.spreadTicks());
        assertEquals(new BigDecimal("30135.5"), book.mid());
        assertEquals(30135.5, book.midPrice());
        assertEquals(2, book.staleCount());

        assertEquals(L2Book.Result.APPLIED, book.apply(snap(BTC, 1001, 301_400, 301_401)));
        assertEquals(new BigDecimal("30140.05"), book.mid());
        assertEquals(1001, book.time());
        assertEquals(400, book.levels().askSize(1));
        assertEquals(2, book.appliedCount());
    }

    @Test
    void rejectsOtherCoinsAndInconsistentSnapshotsKeepingTheBook() {
        L2Book book = new L2Book(BTC);
        book.apply(snap(BTC, 1, 100, 110));

        assertEquals(L2Book.Result.WRONG_COIN, book.apply(snap(ETH, 2, 100, 110)));
        assertEquals(L2Book.Result.INVALID, book.apply(snap(BTC, 3, 120, 110)), "crossed");
        assertEquals(L2Book.Result.INVALID, book.apply(new L2Snapshot().reset(BTC, 4).addBid(100, 1, 1).addBid(101, 1, 1)),
                "bids rising");
        assertEquals(L2Book.Result.INVALID, book.apply(new L2Snapshot().reset(BTC, 5).addAsk(100, 0, 1)), "zero size");
        assertEquals(100, book.bestBid());
        assertEquals(1, book.time());
    }

    @Test
    void oneSidedBook() {
        L2Book book = new L2Book(BTC);
        book.apply(new L2Snapshot().reset(BTC, 1).addAsk(100, 1, 1));

        assertFalse(book.isTwoSided());
        assertEquals(L2Book.NO_PRICE, book.bestBid());
        assertEquals(100, book.bestAsk());
        assertThrows(IllegalStateException.class, book::mid);
    }
}
