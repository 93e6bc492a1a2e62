package io.trader.venue.binance.book;

import io.trader.core.domain.InstrumentSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sync procedure step by step, with small hand-made diffs. */
class BinanceBookTest {

    private static final InstrumentSpec SPEC = new InstrumentSpec("BTCUSDT", 2, 5);

    private static DepthDiff spot(long first, long last, long[] bids, long[] asks) {
        return futures(first, last, -1, bids, asks);
    }

    private static DepthDiff futures(long first, long last, long prev, long[] bids, long[] asks) {
        return new DepthDiff(0, first, last, prev, even(bids), odd(bids), even(asks), odd(asks));
    }

    private static DepthSnapshot snapshot(long id, long[] bids, long[] asks) {
        return new DepthSnapshot(id, even(bids), odd(bids), even(asks), odd(asks));
    }

    private static long[] even(long[] pairs) {
        long[] out = new long[pairs.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = pairs[2 * i];
        }
        return out;
    }

    private static long[] odd(long[] pairs) {
        long[] out = new long[pairs.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = pairs[2 * i + 1];
        }
        return out;
    }

    private static long[] lv(long... pairs) {
        return pairs;
    }

    @Test
    void buffersUntilTheSnapshotThenDropsOldAndAppliesTheStraddlingDiff() {
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 100);
        assertEquals(DiffOutcome.BUFFERED, book.onDiff(spot(90, 95, lv(100, 1), lv())));
        assertEquals(DiffOutcome.BUFFERED, book.onDiff(spot(96, 101, lv(100, 7), lv(105, 3))));
        assertEquals(DiffOutcome.BUFFERED, book.onDiff(spot(102, 104, lv(99, 2), lv(105, 0, 106, 4))));
        assertEquals(BookState.AWAITING_SNAPSHOT, book.state());

        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot(98, lv(100, 5, 98, 1), lv(105, 1, 107, 2))));
        assertEquals(BookState.LIVE, book.state());
        assertEquals(104, book.lastUpdateId());
        assertEquals(1, book.count(DiffOutcome.APPLIED) - 1, "two buffered diffs applied, one dropped");
        assertEquals(1, book.count(DiffOutcome.DROPPED_OLD), "the 90..95 diff is dropped before replay");
        assertEquals(100, book.bestBid());
        assertEquals(7, book.bestBidLots());
        assertEquals(106, book.bestAsk(), "qty 0 removed 105");
        assertEquals(0, book.askLotsAt(105));
        assertEquals(103.0, book.midTicks());
        BookSnapshot view = book.snapshot(10);
        assertArrayEquals(new long[] {100, 99, 98}, view.bidTicks());
        assertArrayEquals(new long[] {7, 2, 1}, view.bidLots());
        assertArrayEquals(new long[] {106, 107}, view.askTicks());

        assertEquals(DiffOutcome.DROPPED_OLD, book.onDiff(spot(100, 104, lv(1, 1), lv())));
        assertEquals(DiffOutcome.APPLIED, book.onDiff(spot(105, 105, lv(98, 0), lv())));
        assertEquals(2, book.bidDepth());
    }

    @Test
    void aGapGoesToResyncSaysWhyAndANewSnapshotRecoversFromTheBuffer() {
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 100);
        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot(10, lv(100, 5), lv(105, 1))));
        assertEquals(DiffOutcome.APPLIED, book.onDiff(spot(11, 12, lv(101, 1), lv())));
        assertEquals(DiffOutcome.GAP, book.onDiff(spot(14, 15, lv(102, 1), lv())));
        assertEquals(BookState.RESYNC, book.state());
        assertEquals(ResyncReason.GAP, book.resyncReason());
        assertEquals("expected U=13 got U=14", book.resyncDetail());
        assertEquals(1, book.buffered(), "the gap diff is kept for the next snapshot");
        assertEquals(DiffOutcome.BUFFERED, book.onDiff(spot(16, 16, lv(), lv(104, 2))));

        assertEquals(SnapshotOutcome.TOO_OLD, book.onSnapshot(snapshot(12, lv(100, 5), lv(105, 1))));
        assertEquals(BookState.RESYNC, book.state());
        assertEquals(2, book.buffered());

        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot(14, lv(100, 5, 101, 1), lv(105, 1))));
        assertEquals(16, book.lastUpdateId());
        assertEquals(102, book.bestBid());
        assertEquals(104, book.bestAsk());
        assertEquals(ResyncReason.NONE, book.resyncReason());
        assertEquals(1, book.count(ResyncReason.GAP));
    }

    @Test
    void aGapInsideTheBufferedReplayKeepsTheUnappliedDiffsForTheNextSnapshot() {
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 100);
        book.onDiff(spot(11, 12, lv(101, 1), lv()));
        book.onDiff(spot(14, 15, lv(102, 1), lv()));
        book.onDiff(spot(16, 16, lv(), lv(104, 2)));
        assertEquals(SnapshotOutcome.RESYNC, book.onSnapshot(snapshot(10, lv(100, 5), lv(105, 1))));
        assertEquals(ResyncReason.GAP, book.resyncReason());
        assertEquals(2, book.buffered());
        assertEquals(14, book.oldestBufferedFirstId());
        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot(13, lv(100, 5), lv(105, 1))));
        assertEquals(16, book.lastUpdateId());
        assertEquals(102, book.bestBid());
    }

    @Test
    void aCrossedBookGoesToResync() {
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 100);
        book.onSnapshot(snapshot(1, lv(100, 5), lv(105, 1)));
        assertEquals(DiffOutcome.CROSSED, book.onDiff(spot(2, 2, lv(105, 1), lv())));
        assertEquals(ResyncReason.CROSSED, book.resyncReason());
        assertTrue(!book.isLive());
        assertEquals(DiffOutcome.BUFFERED, book.onDiff(spot(3, 3, lv(), lv(106, 1))));
    }

    @Test
    void theFirstDiffAfterTheSnapshotMustStraddleIt() {
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 100);
        book.onSnapshot(snapshot(10, lv(100, 5), lv(105, 1)));
        assertEquals(DiffOutcome.DROPPED_OLD, book.onDiff(spot(5, 10, lv(), lv())));
        assertEquals(DiffOutcome.GAP, book.onDiff(spot(12, 13, lv(), lv())));
        assertEquals("first diff after snapshot 10 starts at U=12", book.resyncDetail());
    }

    @Test
    void futuresChainOnPreviousFinalIdAndApplyTheEventEndingAtTheSnapshot() {
        BinanceBook book = new BinanceBook(SPEC, SyncRule.USDM, 100);
        assertEquals(DiffOutcome.BUFFERED, book.onDiff(futures(50, 60, 40, lv(100, 9), lv())));
        assertEquals(DiffOutcome.BUFFERED, book.onDiff(futures(75, 80, 60, lv(99, 1), lv())));
        // futures: an event with u == lastUpdateId is the first to apply (U <= L <= u)
        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot(60, lv(100, 5), lv(105, 1))));
        assertEquals(9, book.bestBidLots());
        assertEquals(80, book.lastUpdateId());
        assertEquals(DiffOutcome.APPLIED, book.onDiff(futures(90, 95, 80, lv(), lv(104, 1))), "ids may skip");
        assertEquals(DiffOutcome.GAP, book.onDiff(futures(96, 99, 94, lv(), lv())));
        assertEquals("expected pu=95 got pu=94", book.resyncDetail());
    }

    @Test
    void aStaleSnapshotIsIgnoredAndTheBufferIsBounded() {
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 2);
        book.onDiff(spot(1, 1, lv(100, 1), lv()));
        book.onDiff(spot(2, 2, lv(100, 2), lv()));
        book.onDiff(spot(3, 3, lv(100, 3), lv()));
        assertEquals(2, book.buffered());
        assertEquals(1, book.count(ResyncReason.BUFFER_OVERFLOW));
        assertEquals(SnapshotOutcome.TOO_OLD, book.onSnapshot(snapshot(0, lv(), lv())));
        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot(1, lv(), lv(105, 1))));
        assertEquals(3, book.bestBidLots());
        assertEquals(SnapshotOutcome.STALE, book.onSnapshot(snapshot(2, lv(), lv())));
        assertEquals(3, book.lastUpdateId());
    }
}
