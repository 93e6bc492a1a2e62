package io.trader.layer0.bench;

import io.trader.layer0.core.hyperliquid.HlInstruments;
import io.trader.layer0.core.hyperliquid.HlMalformed;
import io.trader.layer0.core.hyperliquid.HlTrade;
import io.trader.layer0.core.hyperliquid.HlWsDecoder;
import io.trader.layer0.core.hyperliquid.HlWsHandler;
import io.trader.layer0.core.hyperliquid.L2Snapshot;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rough single-thread cost of decoding Hyperliquid websocket messages (a one-trade {@code trades} message and a
 * 20 + 20 level {@code l2Book} snapshot), from a String as the websocket delivers it and from UTF-8 bytes. Not a
 * JUnit test and not run by the build: {@code java -cp <test classpath> io.trader.layer0.bench.HyperliquidParseBenchmark}.
 * Use JMH for anything that matters.
 */
public final class HyperliquidParseBenchmark {

    static final String TRADE = "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"97321.5\","
            + "\"sz\":\"0.00123\",\"hash\":\"0x8ad1b7dbe1f7e0c3b9e1f5bd0b5c8f0e8d4f7a2b1c3d5e7f9a0b2c4d6e8f0a1b\","
            + "\"time\":1734567890123,\"tid\":812345678901234,\"users\":[\"0x010203040506070809000a0b0c0d0e0f10111213\","
            + "\"0x1415161718191a1b1c1d1e1f2021222324252627\"]}]}";

    /** The same trade without the hash and the two user addresses. */
    static final String SMALL_TRADE = "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\","
            + "\"px\":\"97321.5\",\"sz\":\"0.00123\",\"time\":1734567890123,\"tid\":812345678901234}]}";

    private HyperliquidParseBenchmark() {
    }

    public static void main(String[] args) {
        String book = "{\"channel\":\"l2Book\",\"data\":" + levels() + "}";
        long[] sink = new long[1];
        HlWsDecoder decoder = new HlWsDecoder(HlInstruments.of(HlInstruments.perp("BTC", 5),
                HlInstruments.perp("DYDX", 1)), new HlWsHandler() {
            @Override
            public void onBook(L2Snapshot s) {
                sink[0] += s.bidPrice(0) + s.askSize(s.askCount() - 1);
            }

            @Override
            public void onTrades(List<HlTrade> trades) {
                sink[0] += trades.get(0).priceTicks();
            }

            @Override
            public void onMalformed(HlMalformed reason, String channel, String detail) {
                throw new IllegalStateException(reason + " " + detail);
            }
        });
        byte[] tradeBytes = TRADE.getBytes(StandardCharsets.UTF_8);
        byte[] bookBytes = book.getBytes(StandardCharsets.UTF_8);
        byte[] smallBytes = SMALL_TRADE.getBytes(StandardCharsets.UTF_8);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int n = 1_000_000;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                decoder.decode(TRADE);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                decoder.decode(tradeBytes);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n / 10; i++) {
                decoder.decode(book);
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < n / 10; i++) {
                decoder.decode(bookBytes);
            }
            long t4 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                decoder.decode(smallBytes);
            }
            long t5 = System.nanoTime();
            System.out.printf("trade (%d B): %.0f ns String, %.0f ns bytes | trade (%d B) %.0f ns bytes | l2Book 20+20 "
                            + "(%d B): %.0f ns String, %.0f ns bytes  (%d)%n", tradeBytes.length, (t1 - t0) / (double) n,
                    (t2 - t1) / (double) n, smallBytes.length, (t5 - t4) / (double) n, bookBytes.length,
                    (t3 - t2) / (n / 10.0), (t4 - t3) / (n / 10.0), sink[0] % 7);
        }
    }

    /** The DYDX book recorded in {@code test_get_l2_snapshot.yaml} (copied here so the benchmark needs no files). */
    static String levels() {
        String[][] bids = {{"2.111", "134.4", "1"}, {"2.1105", "141.1", "1"}, {"2.1104", "125.8", "1"},
            {"2.1081", "1379.2", "1"}, {"2.1075", "1417.0", "1"}, {"2.1052", "2800.9", "2"}, {"2.1017", "3478.0", "2"},
            {"2.1007", "1655.6", "1"}, {"2.0998", "1605.9", "1"}, {"2.0961", "3695.0", "2"}, {"2.0947", "3911.7", "2"},
            {"2.0936", "3736.5", "2"}, {"2.0903", "12.0", "1"}, {"2.0861", "15.0", "1"}, {"2.0819", "25.0", "1"},
            {"2.0786", "3819.2", "2"}, {"2.0778", "40.0", "1"}, {"2.0736", "63.0", "1"}, {"2.0667", "3669.0", "2"},
            {"1.81", "2397.0", "1"}};
        String[][] asks = {{"2.1124", "352.3", "2"}, {"2.1125", "364.9", "2"}, {"2.1128", "3798.0", "2"},
            {"2.113", "3528.0", "2"}, {"2.1135", "3635.0", "2"}, {"2.1141", "1981.3", "1"}, {"2.1142", "1957.3", "1"},
            {"2.1146", "1914.5", "1"}, {"2.1232", "3245.0", "2"}, {"2.1274", "1656.3", "1"}, {"2.1281", "1839.9", "1"},
            {"2.1298", "3806.1", "2"}, {"2.1322", "3578.7", "2"}, {"2.1347", "11.0", "1"}, {"2.139", "15.0", "1"},
            {"2.1423", "1983.8", "1"}, {"2.1432", "24.0", "1"}, {"2.1468", "1610.9", "1"}, {"2.1475", "39.0", "1"},
            {"2.1518", "62.0", "1"}};
        return "{\"coin\":\"DYDX\",\"levels\":[" + side(bids) + "," + side(asks) + "],\"time\":1689630203930}";
    }

    private static String side(String[][] levels) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < levels.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"n\":").append(levels[i][2]).append(",\"px\":\"").append(levels[i][0])
                    .append("\",\"sz\":\"").append(levels[i][1]).append("\"}");
        }
        return sb.append(']').toString();
    }
}
