package io.trader.venue.xchange;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.testing.SharedData;
import io.trader.fake.coinbase.CoinbaseSignature;
import io.trader.fake.coinbase.FakeCoinbase;
import io.trader.fake.coinbase.FakeCoinbaseMarket;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.derivative.FuturesContract;
import org.knowm.xchange.dto.meta.ExchangeMetaData;
import org.knowm.xchange.dto.meta.InstrumentMetaData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instrument map, from products XChange read from the fake and from hand-built metadata. */
class XChangeInstrumentsTest {

    private static XChangeInstruments loaded(List<FakeCoinbaseMarket.Product> products) throws Exception {
        var sig = new CoinbaseSignature("k", CoinbaseFakeSession.SECRET, "p");
        try (FakeCoinbase fake = new FakeCoinbase(new FakeCoinbaseMarket(products), sig)) {
            fake.start();
            Exchange e = XChangeVenue.create(XChangeVenue.profile("coinbase"), null,
                    XChangeVenue.Options.SANDBOX.withBaseUrl(fake.baseUrl()));
            e.remoteInit();
            return XChangeInstruments.of(e.getExchangeMetaData());
        }
    }

    @Test
    void coinbaseProductsBecomeSpecsNamedLikeTheProductIds() throws Exception {
        XChangeInstruments map = loaded(FakeCoinbase.defaultProducts());
        assertEquals(new InstrumentSpec("BTC-USD", 2, 8), map.bySymbol("BTC-USD").orElseThrow().spec());
        assertEquals(new InstrumentSpec("SOL-USD", 2, 3), map.bySymbol("SOL-USD").orElseThrow().spec());
        assertEquals(CurrencyPair.BTC_USD, map.bySymbol("BTC-USD").orElseThrow().instrument());
        assertTrue(map.bySymbol("DOGE-USD").isEmpty(), "delisted products are not tradable");
        assertEquals(List.of("BTC-USD", "ETH-USD", "SOL-USD"),
                map.entries().stream().map(en -> en.spec().symbol()).sorted().toList());
    }

    @Test
    void theRecordedCoinbaseProductsMapToo() throws Exception {
        var products = FakeCoinbase.products(SharedData.sharedFile("xchange/coinbase/exchange/products.json"));
        XChangeInstruments map = loaded(products);
        assertEquals(products.stream().filter(FakeCoinbaseMarket.Product::online).count(), map.entries().size());
        assertEquals(5, map.bySymbol("LTC-BTC").orElseThrow().spec().priceScale());
        assertEquals(2, map.bySymbol("LTC-EUR").orElseThrow().spec().priceScale());
        assertEquals(0, new BigDecimal("0.01").compareTo(map.bySymbol("LTC-EUR").orElseThrow().minAmount()));
    }

    @Test
    void derivativesKeepXChangesNameAndUnscaledInstrumentsAreSkipped() {
        var perp = new FuturesContract(CurrencyPair.BTC_USDT, "PERP");
        var meta = new ExchangeMetaData(Map.of(
                perp, new InstrumentMetaData.Builder().priceScale(1).volumeScale(3)
                        .minimumAmount(new BigDecimal("0.001")).build(),
                CurrencyPair.ETH_USDT, new InstrumentMetaData.Builder().build()), Map.of(), null, null, true);
        XChangeInstruments map = XChangeInstruments.of(meta);
        assertEquals(new InstrumentSpec("BTC-USDT-PERP", 1, 3), map.bySymbol("BTC-USDT-PERP").orElseThrow().spec());
        assertEquals(perp, map.bySymbol("BTC-USDT-PERP").orElseThrow().instrument());
        assertEquals(1, map.skipped());
    }
}
