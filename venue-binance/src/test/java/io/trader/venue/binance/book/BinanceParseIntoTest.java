package io.trader.venue.binance.book;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.testing.SharedData;
import io.trader.venue.binance.book.DepthReject.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link BinanceDepthParser#parseInto}: the frame's levels go from the parser's scratch arrays to the book. It must
 * give the same outcomes, counts and book as parse + {@link BinanceBook#onDiff}, keep its own copy of every diff the
 * book holds (the scratch is overwritten by the next frame), and leave the book untouched on a refused frame.
 */
class BinanceParseIntoTest {

    private static final InstrumentSpec SPEC = new InstrumentSpec("BTCUSDT", 2, 5);

    @ParameterizedTest
    @CsvSource({
        "SPOT, 2, 8, hftbacktest-binance-spot-btcusdt_20240808.gz",
        "USDM, 1, 3, hftbacktest-binance-usdm-btcusdt_20240808.gz",
    })
    void matchesParseThenOnDiffOnARealCapture(SyncRule rule, int priceScale, int qtyScale, String name)
            throws IOException {
        InstrumentSpec spec = new InstrumentSpec("BTCUSDT", priceScale, qtyScale);
        BinanceDepthParser reference = new BinanceDepthParser(spec);
        BinanceDepthParser direct = new BinanceDepthParser(spec);
        BinanceBook expected = new BinanceBook(spec, rule, 100_000);
        BinanceBook actual = new BinanceBook(spec, rule, 100_000);
        long diffs = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SharedData.file("microstructure/" + name)), 1 << 16), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                String json = line.substring(line.indexOf(' ') + 1);
                if (json.startsWith("{\"lastUpdateId\"")) {
                    DepthSnapshot snapshot = (DepthSnapshot) reference.parse(json);
                    assertEquals(expected.onSnapshot(snapshot), actual.onSnapshot(snapshot));
                } else if (json.contains("@depth")) {
                    byte[] frame = json.getBytes(StandardCharsets.UTF_8);
                    DiffOutcome want = expected.onDiff((DepthDiff) reference.parse(json));
                    assertEquals(want, direct.parseInto(actual, frame, 0, frame.length), json);
                    diffs++;
                } else {
                    continue;
                }
                assertEquals(expected.lastUpdateId(), actual.lastUpdateId());
                assertEquals(expected.buffered(), actual.buffered());
                if (diffs % 5_000 == 0) {
                    assertEquals(expected.snapshot(Integer.MAX_VALUE), actual.snapshot(Integer.MAX_VALUE));
                }
            }
        }
        assertTrue(diffs > 3_000, "diffs " + diffs);
        assertTrue(expected.count(DiffOutcome.APPLIED) > 3_000);
        assertTrue(expected.count(DiffOutcome.DROPPED_OLD) > 0, "the capture buffers diffs before its snapshot");
        assertEquals(expected.snapshot(Integer.MAX_VALUE), actual.snapshot(Integer.MAX_VALUE));
        for (DiffOutcome outcome : DiffOutcome.values()) {
            assertEquals(expected.count(outcome), actual.count(outcome), outcome.name());
        }
        assertEquals(reference.accepted(), direct.accepted() + expected.count(SnapshotOutcome.LIVE)
                + expected.count(SnapshotOutcome.RESYNC) + expected.count(SnapshotOutcome.STALE)
                + expected.count(SnapshotOutcome.TOO_OLD));
    }

    @Test
    void bufferedAndGapDiffsKeepTheirLevelsAfterTheScratchIsReused() {
        BinanceDepthParser parser = new BinanceDepthParser(SPEC);
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 10);
        assertEquals(DiffOutcome.BUFFERED, into(parser, book, diff(95, 101, "[[\"100.00\",\"1\"]]", "[]")));
        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot(100, "[[\"99.00\",\"2\"]]",
                "[[\"105.00\",\"3\"]]")));
        assertEquals(100_00, book.bestBid());
        assertEquals(1_00000, book.bestBidLots());
        assertEquals(DiffOutcome.APPLIED, into(parser, book, diff(102, 103, "[[\"100.00\",\"0\"]]", "[]")));
        assertEquals(99_00, book.bestBid());
        assertEquals(DiffOutcome.GAP, into(parser, book, diff(105, 106, "[[\"101.00\",\"4\"]]", "[]")));
        assertEquals(BookState.RESYNC, book.state());
        assertEquals(DiffOutcome.BUFFERED, into(parser, book, diff(107, 107, "[]", "[[\"104.00\",\"5\"]]")));
        into(parser, book, diff(1, 1, "[[\"1.00\",\"9\"],[\"2.00\",\"9\"]]", "[[\"900.00\",\"9\"]]"));

        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(snapshot(104, "[[\"99.00\",\"2\"]]",
                "[[\"105.00\",\"3\"]]")));
        assertEquals(107, book.lastUpdateId());
        assertEquals(101_00, book.bestBid());
        assertEquals(4_00000, book.bestBidLots());
        assertEquals(104_00, book.bestAsk());
        assertEquals(5_00000, book.bestAskLots());
        assertEquals(0, book.bidLotsAt(1_00));
        assertEquals(2, book.bidDepth());
    }

    @Test
    void refusedFramesAreCountedByReasonAndLeaveTheBookUnchanged() {
        BinanceDepthParser parser = new BinanceDepthParser(SPEC);
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 10);
        book.onSnapshot(snapshot(100, "[[\"99.00\",\"2\"]]", "[[\"105.00\",\"3\"]]"));
        BookSnapshot before = book.snapshot(10);

        assertEquals(DiffOutcome.REJECTED, into(parser, book,
                diff(101, 101, "[[\"100.00\",\"1\"],[\"100.005\",\"1\"]]", "[]")));
        assertEquals(DiffOutcome.REJECTED, into(parser, book, diff(101, 101, "[[\"100.00\",\"1\"]]", "[")));
        assertEquals(DiffOutcome.REJECTED, into(parser, book, snapshotJson(101, "[]", "[]")));
        assertEquals(DiffOutcome.REJECTED, into(parser, book,
                "{\"e\":\"depthUpdate\",\"s\":\"ETHUSDT\",\"U\":101,\"u\":101,\"b\":[],\"a\":[]}"));
        assertEquals(DiffOutcome.REJECTED, into(parser, book, diff(102, 101, "[]", "[]")));

        assertEquals(1, parser.rejected(Reason.OFF_SCALE));
        assertEquals(1, parser.rejected(Reason.MALFORMED_JSON));
        assertEquals(1, parser.rejected(Reason.NOT_DEPTH));
        assertEquals(1, parser.rejected(Reason.WRONG_SYMBOL));
        assertEquals(1, parser.rejected(Reason.BAD_IDS));
        assertEquals(0, parser.accepted());
        assertEquals(before, book.snapshot(10));
        assertEquals(0, book.count(DiffOutcome.REJECTED));

        assertEquals(DiffOutcome.APPLIED, into(parser, book, diff(101, 101, "[[\"100.00\",\"1\"]]", "[]")));
        assertEquals(100_00, book.bestBid());
        assertEquals(1, parser.accepted());
    }

    private static DiffOutcome into(BinanceDepthParser parser, BinanceBook book, String json) {
        byte[] padded = ("xx" + json + "yy").getBytes(StandardCharsets.UTF_8);
        return parser.parseInto(book, padded, 2, padded.length - 4);
    }

    private static String diff(long first, long last, String bids, String asks) {
        return "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":" + first + ",\"u\":" + last + ",\"b\":" + bids
                + ",\"a\":" + asks + "}";
    }

    private static DepthSnapshot snapshot(long last, String bids, String asks) {
        return (DepthSnapshot) new BinanceDepthParser(SPEC).parse(snapshotJson(last, bids, asks));
    }

    private static String snapshotJson(long last, String bids, String asks) {
        return "{\"lastUpdateId\":" + last + ",\"bids\":" + bids + ",\"asks\":" + asks + "}";
    }
}
