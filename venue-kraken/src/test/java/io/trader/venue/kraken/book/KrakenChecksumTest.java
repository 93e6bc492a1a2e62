package io.trader.venue.kraken.book;

import io.trader.core.domain.InstrumentSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The checksum against the worked examples of Kraken's "Book checksum" guides. */
class KrakenChecksumTest {

    private static final InstrumentSpec BTC_USD = new InstrumentSpec("BTCUSD", 1, 8);

    /** The snapshot of the v2 guide's example (docs.kraken.com, "Spot Websockets (v2) Book Checksum"), strings. */
    static final String V2_GUIDE_SNAPSHOT = """
            {"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD",
             "bids":[{"price":"45283.5","qty":"0.10000000"},{"price":"45283.4","qty":"1.54582015"},
                     {"price":"45282.1","qty":"0.10000000"},{"price":"45281.0","qty":"0.10000000"},
                     {"price":"45280.3","qty":"1.54592586"},{"price":"45279.0","qty":"0.07990000"},
                     {"price":"45277.6","qty":"0.03310103"},{"price":"45277.5","qty":"0.30000000"},
                     {"price":"45277.3","qty":"1.54602737"},{"price":"45276.6","qty":"0.15445238"}],
             "asks":[{"price":"45285.2","qty":"0.00100000"},{"price":"45286.4","qty":"1.54571953"},
                     {"price":"45286.6","qty":"1.54571109"},{"price":"45289.6","qty":"1.54560911"},
                     {"price":"45290.2","qty":"0.15890660"},{"price":"45291.8","qty":"1.54553491"},
                     {"price":"45294.7","qty":"0.04454749"},{"price":"45296.1","qty":"0.35380000"},
                     {"price":"45297.5","qty":"0.09945542"},{"price":"45299.5","qty":"0.18772827"}],
             "checksum":3310070434}]}""";

    @Test
    void reproducesTheV2GuideExampleFromStringsAndFromJsonNumbers() {
        for (String text : new String[] {V2_GUIDE_SNAPSHOT, V2_GUIDE_SNAPSHOT.replaceAll("\"([0-9.]+)\"", "$1")}) {
            KrakenBookParser parser = new KrakenBookParser(BTC_USD);
            BookMessage message = assertInstanceOf(BookMessage.class, parser.parse(text));
            KrakenBook book = new KrakenBook(BTC_USD, "BTC/USD", 10);
            assertEquals(KrakenOutcome.SNAPSHOT_APPLIED, book.onMessage(message), book.resyncDetail());
            assertEquals(3_310_070_434L, book.checksum());
            assertEquals(452_835, book.bestBid());
            assertEquals(452_852, book.bestAsk());
            assertEquals(100_000, book.bestAskLots());
        }
    }

    @Test
    void reproducesTheV1GuideExample() {
        // the v1 guide's book: asks 0.05005..0.05050, bids 0.05000..0.04950, every volume 0.00000500 -> 974947235
        InstrumentSpec spec = new InstrumentSpec("BTCUSD", 5, 8);
        String[] asks = {"0.05005", "0.05010", "0.05015", "0.05020", "0.05025", "0.05030", "0.05035", "0.05040",
            "0.05045", "0.05050"};
        String[] bids = {"0.05000", "0.04995", "0.04990", "0.04980", "0.04975", "0.04970", "0.04965", "0.04960",
            "0.04955", "0.04950"};
        StringBuilder v1 = new StringBuilder("[0,{\"as\":[");
        for (int i = 0; i < asks.length; i++) {
            v1.append(i > 0 ? "," : "").append("[\"").append(asks[i]).append("\",\"0.00000500\",\"1582905487.1\"]");
        }
        v1.append("],\"bs\":[");
        for (int i = 0; i < bids.length; i++) {
            v1.append(i > 0 ? "," : "").append("[\"").append(bids[i]).append("\",\"0.00000500\",\"1582905487.1\"]");
        }
        v1.append("]},\"book-10\",\"BTC/USD\"]");
        BookMessage message = assertInstanceOf(BookMessage.class, new KrakenV1BookParser(spec).parse(v1.toString()));
        KrakenBook book = new KrakenBook(spec, "BTC/USD", 10);
        assertEquals(KrakenOutcome.SNAPSHOT_APPLIED, book.onMessage(message));
        assertEquals(974_947_235L, book.checksum());
    }

    @Test
    void keepsTheDigitsAsWrittenAndRefusesWhatIsNotExact() {
        KrakenDecimal d = new KrakenDecimal();
        assertEquals(KrakenDecimal.OK, d.read("45283.50", 1));
        assertEquals(452_835, d.scaled);
        assertEquals(4_528_350, d.digits, "the checksum sees the trailing zero Kraken wrote");
        assertEquals(KrakenDecimal.OK, d.read("0.00100000", 8));
        assertEquals(100_000, d.scaled);
        assertEquals(100_000, d.digits);
        assertEquals(KrakenDecimal.OK, d.read("7", 2));
        assertEquals(700, d.scaled);
        assertEquals(7, d.digits);
        assertEquals(KrakenDecimal.OFF_SCALE, d.read("45283.55", 1));
        assertEquals(KrakenDecimal.BAD, d.read("1e-5", 8));
        assertEquals(KrakenDecimal.BAD, d.read("-1.0", 8));
        assertEquals(KrakenDecimal.BAD, d.read("1.", 8));
        assertEquals(KrakenDecimal.BAD, d.read(".5", 8));
        assertEquals(KrakenDecimal.BAD, d.read("12345678901234567890", 0));
    }
}
