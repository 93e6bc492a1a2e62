package io.trader.layer4.core.book;

import io.trader.core.domain.Side;

import org.junit.jupiter.api.Test;

import static io.trader.layer4.core.book.Books.diff;
import static io.trader.layer4.core.book.Books.l;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderBookTest {

    @Test
    void levelsAreSortedBestFirstAndSizeZeroRemoves() {
        OrderBook book = new OrderBook(SequenceCheck.Rule.SPOT);
        assertEquals(SequenceCheck.Outcome.APPLY, book.apply(Books.threeByThree(1)));
        assertEquals(99, book.bestBid());
        assertEquals(100, book.bestAsk());
        assertEquals(1, book.spreadTicks());
        assertEquals(99.5, book.midTicks());
        assertEquals(97, book.bids().priceAt(2));
        assertEquals(102, book.asks().priceAt(2));

        book.apply(diff(2, 11, 11, l(99, 96), l(0, 7), l(100), l(0)));
        assertEquals(98, book.bestBid());
        assertEquals(101, book.bestAsk());
        assertEquals(3, book.bids().depth());
        assertEquals(7, book.bids().sizeAt(96));
        assertEquals(0, book.bids().sizeAt(99));
        assertEquals(2, book.asks().depth());
    }

    @Test
    void walkThroughThreeLevelsGivesAverageAndLevelsWithoutChangingTheBook() {
        OrderBook book = new OrderBook(SequenceCheck.Rule.SPOT);
        book.apply(Books.threeByThree(1));
        OrderBook.Walk walk = book.walk(Side.BUY, 12, Long.MAX_VALUE);
        assertEquals(12, walk.filledLots());
        assertEquals(3, walk.levels());
        assertEquals(4 * 100 + 6 * 101 + 2 * 102, walk.notional());
        assertEquals((400 + 606 + 204) / 12.0, walk.averageTick(), 1e-12);
        assertEquals(102, walk.lastTick());

        OrderBook.Walk capped = book.walk(Side.SELL, 100, 98);
        assertEquals(15, capped.filledLots());
        assertEquals(85, capped.unfilledLots());
        assertEquals(2, capped.levels());
        assertEquals(4, book.asks().lotsAt(0), "walk does not consume");
    }

    @Test
    void negativeSizeIsRefused() {
        OrderBook book = new OrderBook(SequenceCheck.Rule.SPOT);
        assertThrows(IllegalArgumentException.class, () -> book.bids().set(5, -1));
    }

    @Test
    void manyLevelsGrowTheArrays() {
        OrderBook book = new OrderBook(SequenceCheck.Rule.SPOT);
        for (int i = 0; i < 1000; i++) {
            book.asks().set(1000 + i, i + 1);
        }
        assertEquals(1000, book.bestAsk());
        assertEquals(1999, book.asks().priceAt(999));
        assertTrue(book.bids().isEmpty());
        assertEquals(Long.MIN_VALUE, book.spreadTicks());
    }

    @Test
    void aCopyKeepsLevelsAndIdChainAndIsIndependent() {
        OrderBook book = new OrderBook(SequenceCheck.Rule.SPOT);
        book.apply(Books.threeByThree(1));
        OrderBook copy = book.copy();
        assertEquals(SequenceCheck.Outcome.APPLY, book.apply(Books.diff(2, 11, 11, Books.l(99), Books.l(0),
                Books.l(), Books.l())));
        assertEquals(98, book.bestBid());
        assertEquals(99, copy.bestBid(), "the copy does not see the original's later diffs");
        assertEquals(5, copy.bids().lotsAt(0));
        assertEquals(3, copy.bids().depth());
        assertEquals(SequenceCheck.Outcome.GAP, copy.apply(Books.diff(3, 12, 12, Books.l(), Books.l(),
                Books.l(), Books.l())), "the copy's chain still ends at id 10");
        assertEquals(SequenceCheck.Outcome.APPLY, copy.apply(Books.diff(3, 11, 11, Books.l(100), Books.l(7),
                Books.l(), Books.l())));
        assertEquals(100, copy.bestBid());
        assertEquals(98, book.bestBid());
    }
}
