package io.trader.layer0.core.aux;

import io.trader.core.market.MarketContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Book and trade rebuilding on a hand-written capture. */
class BinanceCaptureTest {

    static final long T = 1_723_161_600_000L; // a whole second

    static String depth(long e, long first, long last, String bids, String asks) {
        return "1 {\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":" + e + ",\"s\":\"BTCUSDT\","
                + "\"U\":" + first + ",\"u\":" + last + ",\"b\":[" + bids + "],\"a\":[" + asks + "]}}";
    }

    static String trade(long e, String qty, boolean buyerMaker) {
        return "2 {\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":" + e + ",\"s\":\"BTCUSDT\",\"t\":1,"
                + "\"p\":\"100.00\",\"q\":\"" + qty + "\",\"T\":" + (e - 1) + ",\"m\":" + buyerMaker + ",\"M\":true}}";
    }

    static String ticker(long u, String bid, String ask) {
        return "3 {\"stream\":\"btcusdt@bookTicker\",\"data\":{\"u\":" + u + ",\"s\":\"BTCUSDT\",\"b\":\"" + bid
                + "\",\"B\":\"1.00000000\",\"a\":\"" + ask + "\",\"A\":\"2.00000000\"}}";
    }

    @Test
    void spotDiffsTradesAndContinuity() {
        BinanceCapture c = new BinanceCapture("cap", BinanceCapture.Market.SPOT, 1000, 0);
        String[] lines = {
                depth(T - 500, 1, 5, "[\"99.00\",\"1.0\"],[\"98.00\",\"3.0\"]", "[\"101.00\",\"2.0\"]"), // starts coverage at T
                ticker(5, "99.00000000", "101.00000000"),
                trade(T + 100, "0.5", false), // taker buy
                depth(T + 200, 6, 9, "[\"99.00\",\"0\"],[\"100.00\",\"4.0\"]", ""),
                trade(T + 1000, "0.25", true), // taker sell, E on the bucket end: in (T, T+1000]
                trade(T + 1001, "7", true), // next bucket
                ticker(9, "100.00000000", "101.00000000"),
                depth(T + 1500, 11, 12, "", "[\"102.00\",\"1.0\"]"), // U != 10: a gap
                depth(T + 2500, 13, 13, "", ""),
        };
        for (int i = 0; i < lines.length; i++) {
            c.line("cap", i + 1, lines[i]);
        }
        BinanceCapture.Result r = c.finish();
        CaptureStats s = r.stats();
        assertEquals(4, s.depthUpdates());
        assertEquals(1, s.gaps());
        assertEquals(3, s.trades());
        assertEquals(4, s.tickersCompared(), "states after u=5, 9, 12, 13 (12 and 13 against the ticker of u=9)");
        assertEquals(4, s.tickerPriceMatches());
        TradeSeries tr = r.trades();
        assertEquals(T, tr.start());
        double[] out = new double[3];
        assertTrue(tr.window(T, T + 1000, out));
        assertEquals(0.5, out[0]);
        assertEquals(0.25, out[1]);
        assertEquals(2.0, out[2]);
        assertTrue(tr.window(T + 1000, T + 2000, out));
        assertEquals(7.0, out[1]);
        assertFalse(tr.window(T - 1000, T + 1000, out), "before coverage");
        MarketContext ctx = new MarketContext();
        BookSeries b = r.book();
        int i = b.indexAsOf(T + 1000);
        b.writeTo(i, ctx);
        assertEquals(T + 1000, ctx.bookTime());
        assertEquals(100.0, ctx.bidPrice(0));
        assertEquals(4.0, ctx.bidSize(0));
        assertEquals(98.0, ctx.bidPrice(1));
        assertEquals(2, ctx.bidLevels(), "99 was removed by size 0");
        assertEquals(101.0, ctx.askPrice(0));
    }

    @Test
    void aBadLineIsRefusedNamingTheFileAndLine() {
        BinanceCapture c = new BinanceCapture("cap", BinanceCapture.Market.USDM, 1000, 0);
        AuxInputException e = assertThrows(AuxInputException.class, () -> c.line("cap.gz", 7, "123 {\"stream\":"));
        assertTrue(e.getMessage().startsWith("cap.gz:7: bad json"), e.getMessage());
        assertThrows(AuxInputException.class, () -> c.line("cap.gz", 8, "x {}"));
        assertThrows(AuxInputException.class, () -> c.line("cap.gz", 9,
                depth(T, 1, 2, "[\"1.123456789\",\"1\"]", "")));
    }
}
