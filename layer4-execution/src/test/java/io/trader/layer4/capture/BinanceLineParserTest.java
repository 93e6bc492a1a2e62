package io.trader.layer4.capture;

import io.trader.layer4.core.book.MarketEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinanceLineParserTest {

    private final BinanceLineParser usdm = new BinanceLineParser(CaptureFormat.BINANCE_USDM_BTCUSDT);
    private final BinanceLineParser spot = new BinanceLineParser(CaptureFormat.BINANCE_SPOT_BTCUSDT);

    @Test
    void parsesAUsdmDepthDiffWithPu() {
        MarketEvent e = usdm.parse("17 {\"stream\":\"btcusdt@depth@0ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":5,"
                + "\"T\":4,\"s\":\"BTCUSDT\",\"U\":100,\"u\":110,\"pu\":99,\"b\":[[\"63943.90\",\"46.371\"],"
                + "[\"63943.80\",\"0.000\"]],\"a\":[]}}");
        MarketEvent.DepthDiff d = assertInstanceOf(MarketEvent.DepthDiff.class, e);
        assertEquals(17, d.recvNs());
        assertEquals(5, d.exchangeMs());
        assertEquals(100, d.firstId());
        assertEquals(110, d.lastId());
        assertEquals(99, d.prevLastId());
        assertArrayEquals(new long[] {639439, 639438}, d.bidTicks());
        assertArrayEquals(new long[] {46371, 0}, d.bidLots());
        assertEquals(0, d.askTicks().length);
        assertEquals(BinanceLineParser.Kind.DEPTH, usdm.lastKind());
    }

    @Test
    void parsesSpotTradeAndBookTicker() {
        MarketEvent.Trade t = assertInstanceOf(MarketEvent.Trade.class, spot.parse("1 {\"stream\":\"btcusdt@trade\","
                + "\"data\":{\"e\":\"trade\",\"E\":9,\"s\":\"BTCUSDT\",\"t\":3,\"p\":\"61685.99000000\","
                + "\"q\":\"0.00017000\",\"T\":8,\"m\":true,\"M\":true}}"));
        assertEquals(6168599, t.priceTick());
        assertEquals(17000, t.lots());
        assertTrue(t.buyerIsMaker());
        MarketEvent.BookTicker b = assertInstanceOf(MarketEvent.BookTicker.class, spot.parse("2 {\"stream\":"
                + "\"btcusdt@bookTicker\",\"data\":{\"u\":7,\"s\":\"BTCUSDT\",\"b\":\"61685.99000000\","
                + "\"B\":\"1.25869000\",\"a\":\"61686.00000000\",\"A\":\"2.44816000\"}}"));
        assertEquals(7, b.updateId());
        assertEquals(6168600, b.askTick());
        assertEquals(125869000, b.bidLots());
    }

    @Test
    void malformedLinesAreNull() {
        String good = "1 {\"stream\":\"btcusdt@trade\",\"data\":{\"E\":9,\"p\":\"1.0\",\"q\":\"0.001\",\"m\":false}}";
        assertInstanceOf(MarketEvent.Trade.class, usdm.parse(good));
        assertNull(usdm.parse(good.substring(0, good.length() - 5)), "truncated");
        assertNull(usdm.parse(good.replace("\"p\":\"1.0\"", "\"p\":\"1.05\"")), "off the 0.1 tick grid");
        assertNull(usdm.parse(good.replace("\"p\":\"1.0\"", "\"p\":\"-1.0\"")), "negative price");
        assertNull(usdm.parse(good.replace("\"m\":false", "\"m\":0")), "m not a boolean");
        assertNull(usdm.parse(good.replace("@trade", "@kline")), "unknown stream");
        assertNull(usdm.parse(good.replace("1 {", "x1 {")), "bad timestamp");
        assertNull(usdm.parse(good.replace("\"q\"", "\"Q\"")), "missing key");
        assertNull(usdm.parse("1 {\"stream\":\"btcusdt@depth@0ms\",\"data\":{\"E\":1,\"U\":1,\"u\":2,"
                + "\"b\":[[\"1.0\" \"2\"]],\"a\":[]}}"), "missing comma in a level");
        assertNull(usdm.parse(""), "empty");
    }
}
