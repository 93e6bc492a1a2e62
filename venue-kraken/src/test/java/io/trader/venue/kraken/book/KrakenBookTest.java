package io.trader.venue.kraken.book;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Book maintenance: truncation to depth, deletes, the checksum latch, and the xchange v1 doc fragments. */
class KrakenBookTest {

    private static final InstrumentSpec BTC_USD = new InstrumentSpec("BTCUSD", 1, 8);

    private static BookMessage parse(String json) {
        return assertInstanceOf(BookMessage.class, new KrakenBookParser(BTC_USD).parse(json));
    }

    private static String update(String bids, String asks, long checksum) {
        return "{\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"bids\":[" + bids
                + "],\"asks\":[" + asks + "],\"checksum\":" + checksum + ",\"timestamp\":\"2026-12-03T20:00:00Z\"}]}";
    }

    private static KrakenBook guideBook() {
        KrakenBook book = new KrakenBook(BTC_USD, "BTC/USD", 10);
        assertEquals(KrakenOutcome.SNAPSHOT_APPLIED, book.onMessage(parse(KrakenChecksumTest.V2_GUIDE_SNAPSHOT)));
        return book;
    }

    /** The checksum a second book computes for the same levels: the venue's value in these hand-made updates. */
    private static long expectedAfter(String updateWithoutChecksum) {
        KrakenBook twin = guideBook();
        BookMessage.BookData data = parse(updateWithoutChecksum).entries().get(0);
        twin.apply(new BookMessage.BookData(data.symbol(), data.bids(), data.asks(), -1, false), false);
        return twin.checksum();
    }

    @Test
    void anInsertPushesTheWorstLevelOutOfTheSubscribedDepth() {
        KrakenBook book = guideBook();
        String insert = update("{\"price\":45284.0,\"qty\":0.50000000}", "", 0);
        long venue = expectedAfter(insert);
        assertEquals(KrakenOutcome.APPLIED, book.onMessage(parse(update(
                "{\"price\":45284.0,\"qty\":0.50000000}", "", venue))), book.resyncDetail());
        assertEquals(10, book.bidDepth(), "truncated to depth 10");
        long[] ticks = new long[10];
        book.bids(10, ticks, new long[10]);
        assertEquals(452_840, ticks[0]);
        assertEquals(452_773, ticks[9], "45276.6 fell out of scope");
    }

    @Test
    void aDeleteRemovesTheLevelAndAWrongChecksumLatchesResyncUntilASnapshot() {
        KrakenBook book = guideBook();
        String delete = update("{\"price\":45283.5,\"qty\":0}", "", 0);
        assertEquals(KrakenOutcome.APPLIED, book.onMessage(parse(update("{\"price\":45283.5,\"qty\":0}", "",
                expectedAfter(delete)))));
        assertEquals(452_834, book.bestBid());
        assertEquals(9, book.bidDepth());

        assertEquals(KrakenOutcome.CHECKSUM_MISMATCH, book.onMessage(parse(update("", "", 12345))));
        assertEquals(KrakenBookState.RESYNC, book.state());
        assertTrue(book.resyncDetail().endsWith("!= venue 12345"), book.resyncDetail());
        assertEquals(KrakenOutcome.IGNORED, book.onMessage(parse(update("{\"price\":1.0,\"qty\":1.0}", "", 1))));
        assertEquals(KrakenOutcome.SNAPSHOT_APPLIED, book.onMessage(parse(KrakenChecksumTest.V2_GUIDE_SNAPSHOT)));
        assertTrue(book.isLive());
        assertEquals(1, book.count(KrakenOutcome.CHECKSUM_MISMATCH));
    }

    @Test
    void updatesBeforeTheSnapshotAndOtherChannelsAreNotApplied() {
        KrakenBook book = new KrakenBook(BTC_USD, "BTC/USD", 25);
        assertEquals(KrakenOutcome.IGNORED, book.onMessage(parse(update("{\"price\":1.0,\"qty\":1.0}", "", 1))));
        KrakenBookParser parser = new KrakenBookParser(BTC_USD);
        assertEquals(BookReject.of(BookReject.Reason.NOT_BOOK), parser.parse("{\"channel\":\"heartbeat\"}"));
        assertEquals(BookReject.of(BookReject.Reason.MALFORMED), parser.parse("{\"channel\":\"book\",\"type\":"));
        assertEquals(BookReject.of(BookReject.Reason.OFF_SCALE), parser.parse(update("{\"price\":1.25,\"qty\":1}", "", 1)));
        assertEquals(BookReject.of(BookReject.Reason.BAD_CHECKSUM), parser.parse(update("", "", 1L << 32)));
        assertEquals(1, parser.rejected(BookReject.Reason.OFF_SCALE));
        assertEquals(KrakenOutcome.WRONG_SYMBOL, book.onMessage(parse(update("", "", 1).replace("BTC/USD", "ETH/USD"))));
    }

    @Test
    void theXchangeV1FragmentsParseButTheirChecksumsDoNotFollowFromTheSnapshot() throws IOException {
        // shared/xchange/kraken/ws-v1: doc fragments from different examples (the snapshot is book-100 XBT/USD,
        // the updates book-10 with checksums of some other book). Measured: the snapshot's own checksum is
        // 1710400350; after update00 (a bid delete at an ask price: nothing to delete) still 1710400350, not its
        // c=417079492; after update01, 2756009329, not its c=3647725291. So each update latches RESYNC.
        InstrumentSpec spec = new InstrumentSpec("XBTUSD", 5, 8);
        KrakenV1BookParser parser = new KrakenV1BookParser(spec);
        BookMessage snap = assertInstanceOf(BookMessage.class, parser.parse(v1("orderBookMessageSnapshot.json")));
        assertTrue(snap.snapshot());
        KrakenBook book = new KrakenBook(spec, "XBT/USD", 100);
        assertEquals(KrakenOutcome.SNAPSHOT_APPLIED, book.onMessage(snap));
        assertEquals(554_120_000, book.bestBid());
        assertEquals(554_130_000, book.bestAsk());
        assertEquals(1_710_400_350L, book.checksum());

        BookMessage u0 = assertInstanceOf(BookMessage.class, parser.parse(v1("orderBookMessageUpdate00.json")));
        assertEquals(417_079_492L, u0.entries().get(0).checksum());
        assertEquals(KrakenOutcome.CHECKSUM_MISMATCH, book.onMessage(u0));
        assertEquals("checksum 1710400350 != venue 417079492", book.resyncDetail());

        BookMessage u2 = assertInstanceOf(BookMessage.class, parser.parse(v1("orderBookMessageUpdate02.json")));
        assertEquals(2, u2.entries().get(0).asks().size(), "asks from the first object");
        assertEquals(1, u2.entries().get(0).bids().size(), "bids and c from the second");
        assertEquals(3_647_725_291L, u2.entries().get(0).checksum());
        assertEquals(BookReject.of(BookReject.Reason.NOT_BOOK), parser.parse(v1("subscriptionConfirmation.json")));
    }

    private static String v1(String name) throws IOException {
        return Files.readString(SharedData.sharedFile("xchange/kraken/ws-v1/" + name));
    }
}
