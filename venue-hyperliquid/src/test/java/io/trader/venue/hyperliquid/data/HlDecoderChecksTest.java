package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.InstrumentSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Impossible venue values are dropped at the decoder with their reason, and nothing reaches the handler. */
class HlDecoderChecksTest {

    private static final InstrumentSpec BTC = HlInstruments.perp("BTC", 5);
    private final WsRecorder rec = new WsRecorder();
    private final HlWsDecoder decoder = new HlWsDecoder(HlInstruments.of(BTC), rec);

    private static String fill(String px, String sz, String side, String time) {
        return "{\"coin\":\"BTC\",\"px\":" + px + ",\"sz\":" + sz + ",\"side\":" + side + ",\"time\":" + time
                + ",\"startPosition\":\"0\",\"dir\":\"Open Long\",\"closedPnl\":\"0\",\"hash\":\"0x1\",\"oid\":7,"
                + "\"crossed\":true,\"fee\":\"0.1\",\"tid\":9}";
    }

    private static String userFills(String fill) {
        return "{\"channel\":\"userFills\",\"data\":{\"user\":\"0xabc\",\"fills\":[" + fill + "]}}";
    }

    private static String book(String bids, String asks, String time) {
        return "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":" + time + ",\"levels\":[[" + bids + "],["
                + asks + "]]}}";
    }

    private static String lvl(String px, String sz) {
        return "{\"px\":\"" + px + "\",\"sz\":\"" + sz + "\",\"n\":1}";
    }

    private static String candle(String o, String h, String l, String c, String v, String i, String t, String tEnd) {
        return "{\"channel\":\"candle\",\"data\":{\"t\":" + t + ",\"T\":" + tEnd + ",\"s\":\"BTC\",\"i\":\"" + i
                + "\",\"o\":\"" + o + "\",\"h\":\"" + h + "\",\"l\":\"" + l + "\",\"c\":\"" + c + "\",\"v\":\"" + v
                + "\",\"n\":3}}";
    }

    private static String order(String limitPx, String sz, String origSz, String ts) {
        return "{\"channel\":\"orderUpdates\",\"data\":[{\"order\":{\"coin\":\"BTC\",\"side\":\"B\",\"limitPx\":\""
                + limitPx + "\",\"sz\":\"" + sz + "\",\"oid\":11,\"timestamp\":" + ts + ",\"origSz\":\"" + origSz
                + "\"},\"status\":\"open\",\"statusTimestamp\":1700000000001}]}";
    }

    private static String trade(String px, String sz, String time) {
        return "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"" + px + "\",\"sz\":\"" + sz
                + "\",\"time\":" + time + ",\"tid\":1}]}";
    }

    static Stream<Arguments> impossible() {
        String t = "1700000000000";
        String ok = "1700000059999";
        return Stream.of(
                Arguments.of("fill px 0", userFills(fill("\"0\"", "\"1\"", "\"B\"", t)), HlMalformed.NON_POSITIVE_PRICE),
                Arguments.of("fill px < 0", userFills(fill("\"-30000\"", "\"1\"", "\"B\"", t)), HlMalformed.NON_POSITIVE_PRICE),
                Arguments.of("fill sz 0", userFills(fill("\"30000\"", "\"0.0\"", "\"B\"", t)), HlMalformed.NON_POSITIVE_SIZE),
                Arguments.of("fill sz < 0", userFills(fill("\"30000\"", "\"-1\"", "\"A\"", t)), HlMalformed.NON_POSITIVE_SIZE),
                Arguments.of("fill side", userFills(fill("\"30000\"", "\"1\"", "\"S\"", t)), HlMalformed.BAD_VALUE),
                Arguments.of("fill time 0", userFills(fill("\"30000\"", "\"1\"", "\"B\"", "0")), HlMalformed.BAD_TIME),
                Arguments.of("fill time after 2100", userFills(fill("\"30000\"", "\"1\"", "\"B\"", "9999999999999")),
                        HlMalformed.BAD_TIME),
                Arguments.of("fill px 1e999999999", userFills(fill("1e999999999", "\"1\"", "\"B\"", t)), HlMalformed.BAD_NUMBER),
                Arguments.of("fill px of 100k digits", userFills(fill("\"" + "1".repeat(100_000) + "\"", "\"1\"", "\"B\"", t)),
                        HlMalformed.BAD_NUMBER),
                Arguments.of("book px 0", book(lvl("0", "1"), lvl("30001", "1"), t), HlMalformed.NON_POSITIVE_PRICE),
                Arguments.of("book sz 0", book(lvl("30000", "0"), lvl("30001", "1"), t), HlMalformed.NON_POSITIVE_SIZE),
                Arguments.of("book sz < 0", book(lvl("30000", "-2"), lvl("30001", "1"), t), HlMalformed.NON_POSITIVE_SIZE),
                Arguments.of("bids unsorted", book(lvl("30000", "1") + "," + lvl("30000.5", "1"), lvl("30001", "1"), t),
                        HlMalformed.BAD_BOOK),
                Arguments.of("asks unsorted", book(lvl("30000", "1"), lvl("30002", "1") + "," + lvl("30001", "1"), t),
                        HlMalformed.BAD_BOOK),
                Arguments.of("crossed", book(lvl("30002", "1"), lvl("30001", "1"), t), HlMalformed.BAD_BOOK),
                Arguments.of("book time -1", book(lvl("30000", "1"), lvl("30001", "1"), "-1"), HlMalformed.BAD_TIME),
                Arguments.of("trade px 0", trade("0", "1", t), HlMalformed.NON_POSITIVE_PRICE),
                Arguments.of("trade sz 0", trade("30000", "0", t), HlMalformed.NON_POSITIVE_SIZE),
                Arguments.of("trade time 0", trade("30000", "1", "0"), HlMalformed.BAD_TIME),
                Arguments.of("candle h < l", candle("30000", "29000", "29500", "29600", "1", "1m", t, ok),
                        HlMalformed.HIGH_BELOW_LOW),
                Arguments.of("candle o above h", candle("31000", "30500", "29500", "30000", "1", "1m", t, ok),
                        HlMalformed.OPEN_CLOSE_OUTSIDE_RANGE),
                Arguments.of("candle c below l", candle("30000", "30500", "29500", "29000", "1", "1m", t, ok),
                        HlMalformed.OPEN_CLOSE_OUTSIDE_RANGE),
                Arguments.of("candle v < 0", candle("30000", "30500", "29500", "30000", "-1", "1m", t, ok),
                        HlMalformed.NEGATIVE_VOLUME),
                Arguments.of("candle l 0", candle("30000", "30500", "0", "30000", "1", "1m", t, ok),
                        HlMalformed.NON_POSITIVE_PRICE),
                Arguments.of("candle interval", candle("30000", "30500", "29500", "30000", "1", "7m", t, ok),
                        HlMalformed.BAD_INTERVAL),
                Arguments.of("candle closes before it opens", candle("30000", "30500", "29500", "30000", "1", "1m", t,
                        "1699999999999"), HlMalformed.BAD_TIME),
                Arguments.of("candle o 1e999999999 as a number", candle("30000", "30500", "29500", "30000", "1", "1m", t, ok)
                        .replace("\"o\":\"30000\"", "\"o\":1e999999999"), HlMalformed.BAD_NUMBER),
                Arguments.of("order limitPx 0", order("0", "1", "1", t), HlMalformed.NON_POSITIVE_PRICE),
                Arguments.of("order sz < 0", order("30000", "-1", "1", t), HlMalformed.NON_POSITIVE_SIZE),
                Arguments.of("order origSz 0", order("30000", "0", "0", t), HlMalformed.NON_POSITIVE_SIZE),
                Arguments.of("order sz above origSz", order("30000", "2", "1", t), HlMalformed.BAD_VALUE),
                Arguments.of("order timestamp 0", order("30000", "1", "1", "0"), HlMalformed.BAD_TIME),
                Arguments.of("mid 0", "{\"channel\":\"allMids\",\"data\":{\"mids\":{\"BTC\":\"0\"}}}",
                        HlMalformed.NON_POSITIVE_PRICE),
                Arguments.of("mid < 0", "{\"channel\":\"allMids\",\"data\":{\"mids\":{\"BTC\":\"-3\",\"ETH\":\"2\"}}}",
                        HlMalformed.NON_POSITIVE_PRICE),
                Arguments.of("mid of 200k digits", "{\"channel\":\"allMids\",\"data\":{\"mids\":{\"BTC\":\""
                        + "7".repeat(200_000) + "\"}}}", HlMalformed.BAD_NUMBER),
                Arguments.of("funding time 0", "{\"channel\":\"user\",\"data\":{\"funding\":{\"time\":0,\"coin\":\"BTC\","
                        + "\"usdc\":\"-1\",\"szi\":\"1\",\"fundingRate\":\"0.0001\"}}}", HlMalformed.BAD_TIME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossible")
    void impossibleValuesAreDroppedWithTheirReason(String name, String message, HlMalformed reason) {
        assertNull(decoder.decode(message), name);
        assertNull(decoder.decode(message.getBytes(StandardCharsets.UTF_8)), name);

        assertEquals(List.of(reason, reason), rec.malformed, name);
        assertTrue(rec.events.isEmpty(), name + ": nothing reaches the handler");
    }

    @Test
    void theSameMessagesWithPlausibleValuesAreDelivered() {
        String t = "1700000000000";
        List<String> good = List.of(userFills(fill("\"30000\"", "\"1\"", "\"B\"", t)),
                book(lvl("30000", "1") + "," + lvl("29999", "2"), lvl("30001", "1") + "," + lvl("30002", "3"), t),
                trade("30000", "1", t), candle("30000", "30500", "29500", "30000", "0", "1m", t, "1700000059999"),
                order("30000", "0", "1", t), "{\"channel\":\"allMids\",\"data\":{\"mids\":{\"BTC\":\"30000.5\"}}}");

        good.forEach(decoder::decode);

        assertEquals(List.of(), rec.malformed);
        assertEquals(good.size(), rec.events.size());
    }

    @Test
    void aMessageOverTheCapIsDroppedUnparsed() {
        HlWsDecoder small = new HlWsDecoder(HlInstruments.of(BTC), rec, 64);
        String pong = "{\"channel\":\"pong\"}";
        String padded = pong + " ".repeat(64 - pong.length());

        assertEquals("pong", small.decode(padded));
        assertNull(small.decode(padded + " "));
        assertNull(small.decode((padded + " ").getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(HlMalformed.TOO_LARGE, HlMalformed.TOO_LARGE), rec.malformed);
        assertEquals(List.of("pong"), rec.events);
    }

    @Test
    void theDefaultCapIsOneMebibyte() {
        StringBuilder mids = new StringBuilder("{\"channel\":\"allMids\",\"data\":{\"mids\":{");
        for (int i = 0; mids.length() < HlWsDecoder.MAX_MESSAGE_BYTES; i++) {
            mids.append(i == 0 ? "" : ",").append("\"@").append(i).append("\":\"").append(i + 1).append(".5\"");
        }
        String big = mids.append("}}}").toString();

        assertNull(decoder.decode(big.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(HlMalformed.TOO_LARGE), rec.malformed);
        assertEquals(1 << 20, HlWsDecoder.MAX_MESSAGE_BYTES);
    }

    @Test
    void moreRowsThanTheVenueEverSendsAreTooLarge() {
        StringBuilder trades = new StringBuilder("{\"channel\":\"trades\",\"data\":[");
        for (int i = 0; i <= HlStreamingParser.MAX_TRADES; i++) {
            trades.append(i == 0 ? "" : ",").append("{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"30000\",\"sz\":\"1\","
                    + "\"time\":1700000000000,\"tid\":").append(i).append('}');
        }
        StringBuilder mids = new StringBuilder("{\"channel\":\"allMids\",\"data\":{\"mids\":{");
        for (int i = 0; i <= HlStreamingParser.MAX_MIDS; i++) {
            mids.append(i == 0 ? "" : ",").append("\"@").append(i).append("\":\"1.5\"");
        }
        String fills = userFills(String.join(",", java.util.Collections.nCopies(HlUserMessages.MAX_ROWS + 1,
                fill("\"30000\"", "\"1\"", "\"B\"", "1700000000000"))));

        assertNull(decoder.decode(trades.append("]}").toString()));
        assertNull(decoder.decode(mids.append("}}}").toString()));
        assertNull(decoder.decode(fills));

        assertEquals(List.of(HlMalformed.TOO_LARGE, HlMalformed.TOO_LARGE, HlMalformed.TOO_LARGE), rec.malformed);
        assertTrue(rec.events.isEmpty());
    }

    @Test
    void aRepeatedChannelOrDataIsDropped() {
        // found by the fuzz: the first channel's data was skipped, the second channel delivered nothing (an NPE)
        assertNull(decoder.decode("{\"channel\":\"x\",\"data\":\"9\",\"channel\":\"candle\"}"));
        assertNull(decoder.decode("{\"channel\":\"trades\",\"data\":[],\"data\":[]}"));

        assertEquals(List.of(HlMalformed.BAD_VALUE, HlMalformed.BAD_VALUE), rec.malformed);
        assertTrue(rec.events.isEmpty());
    }

    @Test
    void aLongVenueErrorIsClippedBeforeAnyoneLogsIt() {
        decoder.decode("{\"channel\":\"error\",\"data\":\"" + "e".repeat(100_000) + "\"}");

        String error = (String) rec.last();
        assertTrue(error.length() < 300, "clipped to " + error.length());
        assertTrue(error.endsWith("(100000 chars)"), error);
    }

    @Test
    void infoParsersApplyTheSameChecks() {
        HlMalformedException bad = assertThrows(HlMalformedException.class, () -> HlUserMessages.fills(
                "[" + fill("\"30000\"", "\"0\"", "\"B\"", "1700000000000") + "]"));
        assertEquals(HlMalformed.NON_POSITIVE_SIZE, bad.reason());
        bad = assertThrows(HlMalformedException.class, () -> HlInfoParser.candles("[{\"t\":1700000000000,"
                + "\"T\":1700000059999,\"s\":\"BTC\",\"i\":\"1m\",\"o\":\"2\",\"h\":\"1\",\"l\":\"3\",\"c\":\"2\",\"v\":\"1\"}]"));
        assertEquals(HlMalformed.HIGH_BELOW_LOW, bad.reason());
        bad = assertThrows(HlMalformedException.class, () -> HlInfoParser.allMids("{\"BTC\":\"-1\"}"));
        assertEquals(HlMalformed.NON_POSITIVE_PRICE, bad.reason());
        bad = assertThrows(HlMalformedException.class, () -> HlInfoParser.l2Book("{\"coin\":\"BTC\",\"time\":1700000000000,"
                + "\"levels\":[[" + lvl("2", "1") + "],[" + lvl("1", "1") + "]]}", HlInstruments.of(BTC)));
        assertEquals(HlMalformed.BAD_BOOK, bad.reason());
    }
}
