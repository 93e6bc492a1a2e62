package io.trader.app.zoo;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.core.port.MarketContextSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmartMoneyContextsTest {

    @Test
    void everyVenuesSymbolReadsItsCoin() {
        assertEquals("BTC", SmartMoneyContexts.coinOf("BTC"));
        assertEquals("BTC", SmartMoneyContexts.coinOf("BTCUSDT"));
        assertEquals("BTC", SmartMoneyContexts.coinOf("XBTUSDT"));
        assertEquals("BTC", SmartMoneyContexts.coinOf("BTC-USD"));
        assertEquals("ETH", SmartMoneyContexts.coinOf("binance:ethusdc"));
        assertEquals("SOL", SmartMoneyContexts.coinOf("SOL/USDT"));
        assertEquals("USDT", SmartMoneyContexts.coinOf("USDT"), "a bare quote currency stays itself");
    }

    @Test
    void anInstrumentSeesItsCoinsPointAsOfTheBarCloseAfterItsBaseSource() {
        SmartMoneyContexts contexts = new SmartMoneyContexts(600_000, 1_000);
        InstrumentSpec spec = new InstrumentSpec("BTCUSDT", 2, 5);
        MarketContextSource src = contexts.wrap("BTCUSDT", MarketContextSource.NONE);
        contexts.onBias("BTC", 90_000, 0.6, 0.2, 0.7);
        contexts.onBias("BTC", 150_000, -0.1, 0.0, 0.5);
        contexts.onBias("ETH", 100_000, -0.9, 0.0, 0.9);
        MarketContext c = new MarketContext();
        src.fill(new Bar(spec, 60_000, 120_000, 100, 100, 100, 100, 1), c);
        assertEquals(120_000, c.asOf(), "the base source ran");
        assertEquals(0.6, c.smartMoneyBias(), "the 150 000 point is after this close");
        src.fill(new Bar(spec, 120_000, 180_000, 100, 100, 100, 100, 1), c);
        assertEquals(-0.1, c.smartMoneyBias());
        src.fill(new Bar(spec, 800_000, 860_000, 100, 100, 100, 100, 1), c);
        assertTrue(Double.isNaN(c.smartMoneyBias()), "older than ten minutes: unknown");
    }
}
