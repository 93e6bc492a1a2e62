package io.trader.bench;

import io.trader.venue.hyperliquid.data.HlInstruments;
import io.trader.venue.hyperliquid.data.HlMalformed;
import io.trader.venue.hyperliquid.data.HlTrade;
import io.trader.venue.hyperliquid.data.HlWsDecoder;
import io.trader.venue.hyperliquid.data.HlWsHandler;
import io.trader.venue.hyperliquid.data.L2Book;
import io.trader.venue.hyperliquid.data.L2Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hyperliquid WebSocket messages as they arrive (UTF-8 bytes): parse a trade message into ticks and lots,
 * and apply an l2Book update (parse a 20 + 20 level snapshot and apply it to the book). NautilusTrader
 * publishes 618 ns and 3.95 us for its equivalents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HyperliquidParseBenchmark {

    static final String TRADE = "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"97321.5\","
            + "\"sz\":\"0.00123\",\"hash\":\"0x8ad1b7dbe1f7e0c3b9e1f5bd0b5c8f0e8d4f7a2b1c3d5e7f9a0b2c4d6e8f0a1b\","
            + "\"time\":1734567890123,\"tid\":812345678901234,\"users\":[\"0x010203040506070809000a0b0c0d0e0f10111213\","
            + "\"0x1415161718191a1b1c1d1e1f2021222324252627\"]}]}";

    /** The same trade without the hash and the two user addresses. */
    static final String SMALL_TRADE = "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\","
            + "\"px\":\"97321.5\",\"sz\":\"0.00123\",\"time\":1734567890123,\"tid\":812345678901234}]}";


    private HlWsDecoder decoder;
    private byte[] tradeBytes;
    private byte[] bookBytes;
    private L2Book book;
    private long sink;

    @Setup
    public void setUp() {
        HlInstruments instruments = HlInstruments.of(HlInstruments.perp("BTC", 5), HlInstruments.perp("DYDX", 1));
        decoder = new HlWsDecoder(instruments, new HlWsHandler() {
            @Override
            public void onBook(L2Snapshot s) {
                book = new L2Book(instruments.require("DYDX"));
                book.apply(s);
                sink += book.bestBid();
            }

            @Override
            public void onTrades(List<HlTrade> trades) {
                sink += trades.get(0).priceTicks();
            }

            @Override
            public void onMalformed(HlMalformed reason, String channel, String detail) {
                throw new IllegalStateException(reason + " " + detail);
            }
        });
        tradeBytes = TRADE.getBytes(StandardCharsets.UTF_8);
        bookBytes = ("{\"channel\":\"l2Book\",\"data\":" + levels() + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public long parseTrade() {
        decoder.decode(tradeBytes);
        return sink;
    }

    @Benchmark
    public long applyBookUpdate() {
        decoder.decode(bookBytes);
        return sink;
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
