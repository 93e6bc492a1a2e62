package io.trader.venue.hyperliquid.data;

import io.trader.core.market.Candle;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HlWsDecoderTest {

    private static final InstrumentSpec BTC = HlInstruments.perp("BTC", 5);
    private static final InstrumentSpec DYDX = HlInstruments.perp("DYDX", 1);
    private final WsRecorder rec = new WsRecorder();
    private final HlWsDecoder decoder = new HlWsDecoder(HlInstruments.of(BTC, DYDX), rec);

    @Test
    void tradesBecomeTicksAndLots() {
        String msg = "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"30135.5\",\"sz\":\"0.01234\","
                + "\"hash\":\"0xabc\",\"time\":1700000000123,\"tid\":987654321,\"users\":[\"0x1\",\"0x2\"]},"
                + "{\"time\":1700000000124,\"px\":\"30135\",\"sz\":\"2\",\"side\":\"A\",\"coin\":\"BTC\",\"tid\":5}]}";

        assertEquals("trades", decoder.decode(msg));

        assertEquals(List.of(new HlTrade(BTC, Side.BUY, 301_355, 1_234, 1700000000123L, 987654321L),
                new HlTrade(BTC, Side.SELL, 301_350, 200_000, 1700000000124L, 5)), rec.last());
        assertEquals("trades", decoder.decode(msg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(rec.malformed.isEmpty());
    }

    @Test
    void recordedBookAsAWebsocketMessage() {
        String data = Recorded.response("test_get_l2_snapshot.yaml", "l2Book");

        assertEquals("l2Book", decoder.decode("{\"channel\":\"l2Book\",\"data\":" + data + "}"));

        L2Snapshot s = (L2Snapshot) rec.last();
        assertEquals(1689630203930L, s.time());
        assertEquals(211_100, s.bidPrice(0));
        assertEquals(211_240, s.askPrice(0));
        assertEquals(20, s.askCount());
    }

    @Test
    void dataBeforeChannelStillDecodes() {
        assertEquals("trades", decoder.decode("{\"data\":[{\"coin\":\"BTC\",\"side\":\"A\",\"px\":\"1.5\",\"sz\":\"1\","
                + "\"time\":7,\"tid\":1}],\"channel\":\"trades\"}"));
        assertEquals(List.of(new HlTrade(BTC, Side.SELL, 15, 100_000, 7, 1)), rec.last());
    }

    @Test
    void controlMessages() {
        assertEquals(HlWsDecoder.GREETING, decoder.decode("Websocket connection established."));
        assertEquals("pong", decoder.decode("{\"channel\":\"pong\"}"));
        assertEquals("subscriptionResponse", decoder.decode("{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":"
                + "\"subscribe\",\"subscription\":{\"type\":\"candle\",\"coin\":\"BTC\",\"interval\":\"1m\"}}}"));
        assertEquals("error", decoder.decode("{\"channel\":\"error\",\"data\":\"Invalid subscription\"}"));
        assertEquals("webData3", decoder.decode("{\"channel\":\"webData3\",\"data\":{\"x\":[1,2]}}"));
        assertEquals(List.of("pong", "subscribe candle:BTC:1m", "error Invalid subscription", "other webData3"),
                rec.events);
    }

    @Test
    void candleObjectOrArrayAndMids() {
        String candle = "{\"t\":1700000040000,\"T\":1700000099999,\"s\":\"BTC\",\"i\":\"1m\",\"o\":\"30000.0\","
                + "\"c\":\"30010.5\",\"h\":\"30020\",\"l\":\"29990\",\"v\":\"1.25\",\"n\":12}";
        decoder.decode("{\"channel\":\"candle\",\"data\":" + candle + "}");
        decoder.decode("{\"channel\":\"candle\",\"data\":[" + candle + "]}");
        decoder.decode("{\"channel\":\"allMids\",\"data\":{\"mids\":{\"BTC\":\"30135.5\",\"@107\":\"0.25\"}}}");

        Candle c = new Candle("BTC", "1m", 1700000040000L, 1700000099999L, new BigDecimal("30000.0"),
                new BigDecimal("30020"), new BigDecimal("29990"), new BigDecimal("30010.5"), new BigDecimal("1.25"), 12);
        assertEquals(List.of(c, c, Map.of("BTC", new BigDecimal("30135.5"), "@107", new BigDecimal("0.25"))), rec.events);
    }

    @Test
    void userStreamsAreTypedRecords() {
        String orders = Recorded.response("test_historical_orders.yaml", "historicalOrders");
        decoder.decode("{\"channel\":\"orderUpdates\",\"data\":" + orders + "}");
        @SuppressWarnings("unchecked")
        List<HlOrderUpdate> updates = (List<HlOrderUpdate>) rec.last();
        assertEquals(new HlOrderUpdate("TON", Side.BUY, new BigDecimal("3.2502"), new BigDecimal("81.7"), 141682155424L,
                1755863118217L, new BigDecimal("81.7"), null, "iocCancelRejected", 1755863118217L), updates.get(0));

        String fills = Recorded.response("test_get_user_fills.yaml", "userFills");
        decoder.decode("{\"channel\":\"userFills\",\"data\":{\"isSnapshot\":true,\"user\":\"0xB7\",\"fills\":" + fills + "}}");
        HlUserFills uf = (HlUserFills) rec.last();
        assertTrue(uf.snapshot());
        assertEquals(HlUserMessages.fills(fills), uf.fills());
        HlFill f0 = uf.fills().get(0);
        assertEquals(new HlFill("SUI", new BigDecimal("1.3189"), new BigDecimal("142.7"), Side.SELL, 1683245884863L,
                new BigDecimal("4623.5"), "Close Long", new BigDecimal("-0.25686"),
                "0x3d4770d0527317ef77c404017559cb0103000b34010cc95e97b437cbc3b6087a", 189324432L, true,
                new BigDecimal("0.0"), null, 0, null, null), f0);

        decoder.decode("{\"channel\":\"user\",\"data\":{\"funding\":{\"time\":1,\"coin\":\"ETH\",\"usdc\":\"-1.5\","
                + "\"szi\":\"2\",\"fundingRate\":\"0.0001\"}}}");
        decoder.decode("{\"channel\":\"user\",\"data\":{\"liquidation\":{\"lid\":9,\"liquidator\":\"0xa\","
                + "\"liquidated_user\":\"0xb\",\"liquidated_ntl_pos\":\"100.5\",\"liquidated_account_value\":\"3\"}}}");
        decoder.decode("{\"channel\":\"user\",\"data\":{\"nonUserCancel\":[{\"coin\":\"BTC\",\"oid\":42}]}}");
        decoder.decode("{\"channel\":\"user\",\"data\":{\"fills\":[]}}");
        int n = rec.events.size();
        assertEquals(List.of(
                new HlUserEvent.Funding(1, "ETH", new BigDecimal("-1.5"), new BigDecimal("2"), new BigDecimal("0.0001")),
                new HlUserEvent.Liquidation(9, "0xa", "0xb", new BigDecimal("100.5"), new BigDecimal("3")),
                new HlUserEvent.NonUserCancel(List.of(new HlUserEvent.CancelledOrder("BTC", 42))),
                new HlUserEvent.Fills(List.of())), rec.events.subList(n - 4, n));
        assertTrue(rec.malformed.isEmpty());
    }

    @Test
    void malformedMessagesAreReportedOnceByReasonAndDeliverNothing() {
        String[] bad = {
            "not json at all",
            "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\"",
            "[1,2,3]",
            "{\"data\":{}}",
            "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"1.2.3\",\"sz\":\"1\",\"time\":1}]}",
            "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"X\",\"px\":\"1\",\"sz\":\"1\",\"time\":1}]}",
            "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"1.25\",\"sz\":\"1\",\"time\":1}]}",
            "{\"channel\":\"trades\",\"data\":[{\"coin\":\"DOGE\",\"side\":\"B\",\"px\":\"1\",\"sz\":\"1\",\"time\":1}]}",
            "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"sz\":\"1\",\"time\":1}]}",
            "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BTC\",\"time\":1,\"levels\":[[],[],[]]}}",
            "{\"channel\":\"l2Book\"}",
        };
        for (String m : bad) {
            assertNull(decoder.decode(m), m);
        }
        assertEquals(List.of(HlMalformed.NOT_AN_OBJECT, HlMalformed.INVALID_JSON, HlMalformed.NOT_AN_OBJECT,
                HlMalformed.MISSING_CHANNEL, HlMalformed.BAD_NUMBER, HlMalformed.BAD_VALUE, HlMalformed.PRECISION,
                HlMalformed.UNKNOWN_COIN, HlMalformed.MISSING_FIELD, HlMalformed.BAD_VALUE, HlMalformed.MISSING_FIELD),
                rec.malformed);
        assertTrue(rec.events.isEmpty());

        assertEquals("pong", decoder.decode("{\"channel\":\"pong\"}"), "the decoder carries on");
    }

    @Test
    void handlerExceptionsAreNotMistakenForMalformedMessages() {
        HlWsDecoder throwing = new HlWsDecoder(HlInstruments.of(BTC), new HlWsHandler() {
            @Override
            public void onPong() {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onMalformed(HlMalformed reason, String channel, String detail) {
                rec.malformed.add(reason);
            }
        });
        assertThrows(IllegalStateException.class, () -> throwing.decode("{\"channel\":\"pong\"}"));
        assertTrue(rec.malformed.isEmpty());
    }
}
