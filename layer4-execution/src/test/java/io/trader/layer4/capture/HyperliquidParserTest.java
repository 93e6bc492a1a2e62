package io.trader.layer4.capture;

import io.trader.core.testing.SharedData;
import io.trader.layer4.core.book.BookSimulator;
import io.trader.layer4.core.book.MarketEvent;
import io.trader.layer4.core.book.OrderCommand;
import io.trader.layer4.core.book.SequenceCheck;
import io.trader.layer4.core.book.SimConfig;
import io.trader.layer4.core.book.SimReport;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidParserTest {

    /** DYDX: szDecimals 1 (from the recorded meta), so prices carry up to 5 decimals. */
    private static HyperliquidParser dydx() {
        return new HyperliquidParser("DYDX", HyperliquidParser.perp("DYDX", 1));
    }

    /** The recorded {@code /info} l2Book answer for DYDX (test_get_l2_snapshot.yaml). */
    private static String recordedBook() throws IOException {
        Path file = SharedData.sharedFile("hyperliquid/recorded/test_get_l2_snapshot.yaml");
        Matcher m = Pattern.compile("string: '(\\{\"coin\":\"DYDX\".*\\})'").matcher(Files.readString(file));
        assertTrue(m.find(), "the recorded DYDX book");
        return m.group(1);
    }

    @Test
    void theRecordedSnapshotBecomesABookInTicksAndLots() throws IOException {
        HyperliquidParser parser = dydx();
        String message = "{\"channel\":\"l2Book\",\"data\":" + recordedBook() + "}";
        List<MarketEvent> events = parser.parse(5L, message);
        MarketEvent.Snapshot s = assertInstanceOf(MarketEvent.Snapshot.class, events.get(0));
        assertEquals(1689630203930L, s.lastId(), "the book's time is its id");
        assertEquals(20, s.bidTicks().length);
        assertEquals(20, s.askTicks().length);
        assertEquals(211_100, s.bidTicks()[0], "2.111 at 1e-5");
        assertEquals(1_344, s.bidLots()[0], "134.4 at 0.1");
        assertEquals(181_000, s.bidTicks()[19]);
        assertEquals(211_240, s.askTicks()[0]);
        assertEquals(3_523, s.askLots()[0]);
        assertEquals(215_180, s.askTicks()[19]);
        assertTrue(parser.dropped().isEmpty());

        BookSimulator sim = new BookSimulator(new SimConfig(0, 0, 0, 0), SequenceCheck.Rule.USDM);
        assertEquals(SequenceCheck.Outcome.APPLY, sim.onEvent(s));
        assertEquals(140, sim.book().spreadTicks(), "2.1124 - 2.111 at 1e-5");
        sim.submit(new OrderCommand.Market(1, 5, Side.BUY, 8_000));
        sim.runDue(5);
        long filled = sim.drainReports().stream().filter(SimReport.Fill.class::isInstance)
                .mapToLong(r -> ((SimReport.Fill) r).lots()).sum();
        assertEquals(8_000, filled, "352.3 at 2.1124 + 364.9 at 2.1125 walked, then 82.8 of 2.1128");
        assertEquals(211_280, sim.book().bestAsk());
        MarketEvent.Snapshot older = parser.parseBook(6L, recordedBook().replace("1689630203930", "1689630203000"));
        assertEquals(SequenceCheck.Outcome.STALE, sim.onEvent(older), "an older snapshot is stale");
    }

    @Test
    void tradesBecomeTradesWithTheAggressorSide() {
        HyperliquidParser parser = new HyperliquidParser("BTC", HyperliquidParser.perp("BTC", 5));
        List<MarketEvent> events = parser.parse(9L, "{\"channel\":\"trades\",\"data\":["
                + "{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"97321.5\",\"sz\":\"0.00123\",\"time\":1734567890123,"
                + "\"tid\":1,\"hash\":\"0x0\",\"users\":[\"a\",\"b\"]},"
                + "{\"coin\":\"BTC\",\"side\":\"A\",\"px\":\"97321\",\"sz\":\"1.5\",\"time\":1734567890124}]}");
        assertEquals(2, events.size());
        MarketEvent.Trade buy = (MarketEvent.Trade) events.get(0);
        assertEquals(973_215, buy.priceTick());
        assertEquals(123, buy.lots());
        assertFalse(buy.buyerIsMaker(), "B: the buyer took, so it consumed asks");
        assertEquals(Side.SELL, buy.passiveSide());
        MarketEvent.Trade sell = (MarketEvent.Trade) events.get(1);
        assertEquals(150_000, sell.lots());
        assertEquals(Side.BUY, sell.passiveSide());
        assertEquals(1734567890124L, sell.exchangeMs());
        assertEquals(9L, sell.recvNs());
    }

    @Test
    void malformedMessagesAreDroppedWholeAndCountedByReason() throws IOException {
        HyperliquidParser parser = dydx();
        String book = recordedBook();
        String[] bad = {
            "{\"channel\":\"l2Book\",\"data\":" + book.replace("\"2.111\"", "\"2.1110001\"") + "}", // precision
            "{\"channel\":\"l2Book\",\"data\":" + book.replace("\"134.4\"", "\"0\"") + "}",          // size
            "{\"channel\":\"l2Book\",\"data\":" + book.replace("\"2.111\"", "\"-2.111\"") + "}",     // price
            "{\"channel\":\"l2Book\",\"data\":" + book.replace("\"2.111\"", "\"2.2\"") + "}",        // crossed
            "{\"channel\":\"l2Book\",\"data\":" + book.replace("\"2.1105\"", "\"2.2\"") + "}",       // unsorted
            "{\"channel\":\"l2Book\",\"data\":" + book.replace("\"2.111\"", "\"2e0\"") + "}",        // exponent
            "{\"channel\":\"l2Book\",\"data\":" + book.replace("\"time\":1689630203930", "\"time\":-1") + "}",
            "{\"channel\":\"l2Book\",\"data\":" + book.replace("\"time\":1689630203930", "\"t\":1") + "}",
            "{\"channel\":\"l2Book\",\"data\":" + book.substring(0, 200),                                   // truncated
            "{\"channel\":\"trades\",\"data\":[{\"coin\":\"DYDX\",\"side\":\"X\",\"px\":\"2.1\",\"sz\":\"1\","
                    + "\"time\":1}]}",
        };
        for (String m : bad) {
            assertTrue(parser.parse(1L, m).isEmpty(), m);
        }
        assertEquals(Map.of("precision", 1L, "non_positive_size", 1L, "non_positive_price", 1L, "bad_book", 2L,
                "bad_number", 1L, "bad_time", 1L, "missing_field", 1L, "invalid_json", 1L, "bad_value", 1L),
                parser.dropped());
        assertTrue(parser.parse(1L, "{\"channel\":\"l2Book\",\"data\":" + book.replace("DYDX", "ETH") + "}")
                .isEmpty());
        assertEquals(1L, parser.dropped().get("other_coin"));
        assertNull(parser.parseBook(1L, "{"));
    }
}
