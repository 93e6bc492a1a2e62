package io.trader.layer4.core.book;

import org.junit.jupiter.api.Test;

import static io.trader.layer4.core.book.Books.diff;
import static io.trader.layer4.core.book.Books.l;
import static io.trader.layer4.core.book.SequenceCheck.Outcome.APPLY;
import static io.trader.layer4.core.book.SequenceCheck.Outcome.GAP;
import static io.trader.layer4.core.book.SequenceCheck.Outcome.STALE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SequenceCheckTest {

    @Test
    void spotNeedsUToFollowPreviousU() {
        SequenceCheck check = new SequenceCheck(SequenceCheck.Rule.SPOT);
        assertEquals(APPLY, check.check(100, 110, -1));
        assertEquals(APPLY, check.check(111, 115, -1));
        assertEquals(STALE, check.check(105, 115, -1));
        assertEquals(GAP, check.check(117, 120, -1));
        assertEquals(115, check.lastId(), "a gap does not advance the chain");
        assertEquals(GAP, check.check(118, 125, -1), "still gapped until accepted");
        check.acceptGap();
        assertEquals(APPLY, check.check(118, 125, -1));
    }

    @Test
    void usdmNeedsPuToEqualPreviousU() {
        SequenceCheck check = new SequenceCheck(SequenceCheck.Rule.USDM);
        assertEquals(APPLY, check.check(100, 110, 95));
        assertEquals(APPLY, check.check(104, 120, 110), "U may overlap on USD-M; pu is what counts");
        assertEquals(GAP, check.check(125, 130, 121));
        assertEquals(APPLY, check.check(121, 130, 120));
    }

    @Test
    void afterASnapshotStaleDiffsAreDroppedAndTheFirstMustStraddle() {
        SequenceCheck spot = new SequenceCheck(SequenceCheck.Rule.SPOT);
        spot.check(1, 50, -1);
        spot.snapshot(200);
        assertEquals(STALE, spot.check(150, 200, -1));
        assertEquals(APPLY, spot.check(190, 210, -1));
        assertEquals(APPLY, spot.check(211, 212, -1));

        SequenceCheck late = new SequenceCheck(SequenceCheck.Rule.SPOT);
        late.snapshot(200);
        assertEquals(GAP, late.check(205, 210, -1), "a diff starting after lastUpdateId+1 misses updates");
    }

    @Test
    void aGapLeavesTheBookUnchanged() {
        OrderBook book = new OrderBook(SequenceCheck.Rule.SPOT);
        book.apply(Books.threeByThree(1));
        assertEquals(GAP, book.apply(diff(2, 12, 13, l(99), l(0), l(), l())));
        assertEquals(99, book.bestBid());
        BookSimulator sim = new BookSimulator(new SimConfig(0, 0, 0, 0), SequenceCheck.Rule.SPOT);
        sim.onEvent(Books.threeByThree(1));
        assertEquals(GAP, sim.onEvent(diff(2, 12, 13, l(99), l(0), l(), l())));
        assertEquals(1, sim.gaps());
        assertEquals(99, sim.book().bestBid());
    }

    @Test
    void aSnapshotOlderThanTheAppliedDiffsIsStaleAndChangesNothing() {
        OrderBook book = new OrderBook(SequenceCheck.Rule.USDM);
        book.apply(new MarketEvent.DepthDiff(1, 0, 90, 100, 80, l(99), l(5), l(100), l(4)));
        MarketEvent.Snapshot old = new MarketEvent.Snapshot(2, 95, l(50), l(1), l(60), l(1));
        assertEquals(STALE, book.apply(old));
        assertEquals(99, book.bestBid());
        MarketEvent.Snapshot fresh = new MarketEvent.Snapshot(3, 120, l(98), l(1), l(101), l(1));
        assertEquals(APPLY, book.apply(fresh));
        assertEquals(98, book.bestBid());
        assertEquals(1, book.bids().depth());
        assertEquals(STALE, book.apply(new MarketEvent.DepthDiff(4, 0, 105, 119, 100, l(97), l(1), l(), l())));
        assertEquals(APPLY, book.apply(new MarketEvent.DepthDiff(5, 0, 115, 125, 119, l(97), l(1), l(), l())));
        assertEquals(2, book.bids().depth());
    }
}
