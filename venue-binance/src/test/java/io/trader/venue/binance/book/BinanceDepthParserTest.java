package io.trader.venue.binance.book;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.testing.SharedData;
import io.trader.venue.binance.book.DepthReject.Reason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class BinanceDepthParserTest {

    private static final InstrumentSpec BNBBTC = new InstrumentSpec("BNBBTC", 8, 8);
    private static final InstrumentSpec BTCUSDT = new InstrumentSpec("BTCUSDT", 2, 5);

    /** The payload of Binance spot docs, WebSocket Streams, "Diff. Depth Stream". */
    private static final String SPOT_DOC = """
            {"e": "depthUpdate", "E": 1672515782136, "s": "BNBBTC", "U": 157, "u": 160,
             "b": [["0.0024", "10"]], "a": [["0.0026", "100"]]}""";

    /** The payload of Binance USD-M futures docs, "Diff. Book Depth Streams" (adds T and pu). */
    private static final String FUTURES_DOC = """
            {"e":"depthUpdate","E":123456789,"T":123456788,"s":"BNBBTC","U":157,"u":160,"pu":149,
             "b":[["0.0024","10"]],"a":[["0.0026","100"]]}""";

    @Test
    void parsesTheSpotDocumentationEvent() {
        BinanceDepthParser parser = new BinanceDepthParser(BNBBTC);
        DepthDiff diff = assertInstanceOf(DepthDiff.class, parser.parse(SPOT_DOC));
        assertEquals(157, diff.firstId());
        assertEquals(160, diff.finalId());
        assertEquals(-1, diff.prevFinalId());
        assertEquals(1672515782136L, diff.eventTime());
        assertArrayEquals(new long[] {240_000}, diff.bidTicks());
        assertArrayEquals(new long[] {1_000_000_000L}, diff.bidLots());
        assertArrayEquals(new long[] {260_000}, diff.askTicks());
        assertArrayEquals(new long[] {10_000_000_000L}, diff.askLots());
        assertEquals(1, parser.accepted());
    }

    @Test
    void parsesTheUtf8BytesOfAFrameInsideALargerBuffer() {
        byte[] frame = ("xx" + SPOT_DOC + "yy").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BinanceDepthParser parser = new BinanceDepthParser(BNBBTC);
        DepthDiff diff = assertInstanceOf(DepthDiff.class, parser.parse(frame, 2, frame.length - 4));
        assertEquals(160, diff.finalId());
        assertEquals(DepthReject.of(Reason.MALFORMED_JSON), parser.parse(frame, 2, frame.length - 6),
                "a frame cut short is malformed, not read past its end");
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> parser.parse(frame, 2, frame.length), "a range outside the buffer is a caller bug");
    }

    @Test
    void parsesTheFuturesEventWithPreviousFinalId() {
        DepthDiff diff = assertInstanceOf(DepthDiff.class, new BinanceDepthParser(BNBBTC).parse(FUTURES_DOC));
        assertEquals(149, diff.prevFinalId());
        assertEquals(160, diff.finalId());
    }

    @Test
    void parsesTheCombinedStreamEnvelopeOfTheCaptures() {
        String line = "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1723161255308,"
                + "\"s\":\"BTCUSDT\",\"U\":50093239203,\"u\":50093239207,\"b\":[[\"55653.87000000\",\"0.00000000\"]],"
                + "\"a\":[[\"61838.04000000\",\"0.32332000\"],[\"61844.30000000\",\"0.40163000\"]]}}";
        DepthDiff diff = assertInstanceOf(DepthDiff.class, new BinanceDepthParser(BTCUSDT).parse(line));
        assertArrayEquals(new long[] {5_565_387}, diff.bidTicks());
        assertArrayEquals(new long[] {0}, diff.bidLots());
        assertArrayEquals(new long[] {6_183_804, 6_184_430}, diff.askTicks());
        assertArrayEquals(new long[] {32_332, 40_163}, diff.askLots());
    }

    @Test
    void parsesTheRestSnapshotSample() throws IOException {
        String json = Files.readString(SharedData.sharedFile("xchange/binance/rest/depth.json"));
        DepthSnapshot snap = assertInstanceOf(DepthSnapshot.class, new BinanceDepthParser(BNBBTC).parse(json));
        assertEquals(1027024, snap.lastUpdateId());
        assertArrayEquals(new long[] {400_000_000L}, snap.bidTicks());
        assertArrayEquals(new long[] {43_100_000_000L}, snap.bidLots());
        assertArrayEquals(new long[] {400_000_200L}, snap.askTicks());
        assertArrayEquals(new long[] {1_200_000_000L}, snap.askLots());
    }

    @Test
    void refusesTheOldDocSampleWithoutFirstUpdateId() throws IOException {
        // xchange's testDepthEvent.json: the pre-2017 docs' event (// comments, no U, a third [] per level)
        String json = Files.readString(SharedData.sharedFile("xchange/binance/ws/testDepthEvent.json"));
        BinanceDepthParser parser = new BinanceDepthParser(new InstrumentSpec("ETHBTC", 8, 8));
        assertEquals(DepthReject.of(Reason.MISSING_FIELD), parser.parse(json));
        String withU = json.replace("\"u\": 7913455,", "\"U\": 7913450, \"u\": 7913455,");
        DepthDiff diff = assertInstanceOf(DepthDiff.class, parser.parse(withU));
        assertEquals(3, diff.askTicks().length);
        assertEquals(0, diff.askLots()[2]);
        assertEquals(10_376_590, diff.bidTicks()[0]);
        assertEquals(1, parser.rejected(Reason.MISSING_FIELD));
    }

    @Test
    void refusesWhatIsNotExactlyRepresentableAndCountsByReason() {
        BinanceDepthParser parser = new BinanceDepthParser(BTCUSDT);
        String base = "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":1,\"u\":2,\"b\":[[\"%s\",\"%s\"]],\"a\":[]}";
        assertInstanceOf(DepthDiff.class, parser.parse(base.formatted("61737.63000000", "0.00001000")));
        assertEquals(DepthReject.of(Reason.OFF_SCALE), parser.parse(base.formatted("61737.631", "1")));
        assertEquals(DepthReject.of(Reason.OFF_SCALE), parser.parse(base.formatted("61737.63", "0.000001")));
        // eight fraction digits take the eight-at-once path: the same exactness rules
        assertEquals(DepthReject.of(Reason.OFF_SCALE), parser.parse(base.formatted("61737.63000001", "1")));
        assertEquals(DepthReject.of(Reason.MALFORMED_JSON), parser.parse(base.formatted("61737.6300x000", "1")));
        DepthDiff eight = assertInstanceOf(DepthDiff.class, parser.parse(base.formatted("0.10000000", "12.34567000")));
        assertArrayEquals(new long[] {10}, eight.bidTicks());
        assertArrayEquals(new long[] {1_234_567}, eight.bidLots());
        DepthDiff nine = assertInstanceOf(DepthDiff.class, parser.parse(base.formatted("1", "12.345670000")),
                "nine fraction digits: eight at once, then one more");
        assertArrayEquals(new long[] {1_234_567}, nine.bidLots());
        assertEquals(DepthReject.of(Reason.OFF_SCALE), parser.parse(base.formatted("1", "12.345670001")));
        assertEquals(DepthReject.of(Reason.BAD_NUMBER), parser.parse(base.formatted("-1", "1")));
        assertEquals(DepthReject.of(Reason.BAD_NUMBER), parser.parse(base.formatted("1e5", "1")));
        assertEquals(DepthReject.of(Reason.BAD_NUMBER), parser.parse(base.formatted("99999999999999999999", "1")));
        assertEquals(DepthReject.of(Reason.WRONG_SYMBOL), parser.parse(base.replace("BTCUSDT", "ETHUSDT")
                .formatted("1", "1")));
        assertEquals(DepthReject.of(Reason.BAD_IDS), parser.parse(base.replace("\"U\":1", "\"U\":3")
                .formatted("1", "1")));
        assertEquals(DepthReject.of(Reason.NOT_DEPTH), parser.parse(
                "{\"u\":5,\"s\":\"BTCUSDT\",\"b\":\"61837.63\",\"B\":\"3.7\",\"a\":\"61837.64\",\"A\":\"1.5\"}"));
        assertEquals(DepthReject.of(Reason.MALFORMED_JSON), parser.parse(base.formatted("1", "1").substring(0, 60)));
        assertEquals(DepthReject.of(Reason.MALFORMED_JSON), parser.parse(base.formatted("1", "1") + "x"));
        assertEquals(DepthReject.of(Reason.MALFORMED_JSON), parser.parse(""));
        assertEquals(4, parser.rejected(Reason.OFF_SCALE));
        assertEquals(3, parser.rejected(Reason.BAD_NUMBER));
        assertEquals(4, parser.rejected(Reason.MALFORMED_JSON));
        assertEquals(3, parser.accepted());
    }

    @Test
    void acceptsKeysInAnyOrderAndSkipsUnknownValues() {
        String json = "{ \"b\" : [ ], \"x\" : {\"n\":[1,{\"q\":\"]}\"}]}, \"a\":[[\"1.5\",\"2\"]], \"u\":9, \"U\":7,"
                + " \"s\":\"BTCUSDT\", \"e\":\"depthUpdate\", \"flag\": true, \"z\": null }";
        DepthDiff diff = assertInstanceOf(DepthDiff.class, new BinanceDepthParser(BTCUSDT).parse(json));
        assertEquals(7, diff.firstId());
        assertArrayEquals(new long[] {150}, diff.askTicks());
        assertArrayEquals(new long[] {200_000}, diff.askLots());
    }
}
