package io.trader.fake.coinbase;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The fake's scripted matching. */
class FakeCoinbaseMarketTest {

    private static FakeCoinbaseMarket market() {
        FakeCoinbaseMarket m = new FakeCoinbaseMarket(FakeCoinbase.defaultProducts());
        m.setPrice("BTC-USD", new BigDecimal("50000"));
        m.setBalance("USD", new BigDecimal("10000"));
        m.setBalance("BTC", new BigDecimal("1"));
        return m;
    }

    @Test
    void aRestingOrderFillsOnlyByPrintedTradesAtItsLimit() {
        FakeCoinbaseMarket m = market();
        var o = (FakeCoinbaseMarket.Order) m.place("a", "BTC-USD", "buy", "limit", new BigDecimal("49000.00"),
                new BigDecimal("0.10000000"), "GTC", false);
        assertEquals("open", o.status());
        assertEquals(0, m.trade("BTC-USD", new BigDecimal("49500"), BigDecimal.ONE));
        assertEquals(1, m.trade("BTC-USD", new BigDecimal("48900"), new BigDecimal("0.04")));
        assertEquals(0, new BigDecimal("0.04").compareTo(o.filledSize()));
        assertEquals(new BigDecimal("49000.00"), m.fills("BTC-USD", o.id()).get(0).price());
        m.trade("BTC-USD", new BigDecimal("48000"), BigDecimal.ONE);
        assertEquals("done", o.status());
        assertEquals(2, m.fills(null, o.id()).size());
    }

    @Test
    void refusalsSayWhatTheVenueSays() {
        FakeCoinbaseMarket m = market();
        assertEquals("Insufficient funds", ((FakeCoinbaseMarket.Refusal) m.place("b", "BTC-USD", "buy", "limit",
                new BigDecimal("49000.00"), new BigDecimal("1"), "GTC", false)).message());
        assertInstanceOf(FakeCoinbaseMarket.Refusal.class, m.place("c", "BTC-USD", "buy", "limit",
                new BigDecimal("49000.001"), new BigDecimal("0.01"), "GTC", false));
        assertInstanceOf(FakeCoinbaseMarket.Refusal.class, m.place("d", "DOGE-USD", "buy", "limit",
                new BigDecimal("0.1"), new BigDecimal("10"), "GTC", false));
    }
}
