package io.trader.venue.xchange;

import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.coinbase.CoinbaseSignature;
import io.trader.fake.coinbase.FakeCoinbase;
import io.trader.fake.coinbase.FakeCoinbaseMarket;
import org.knowm.xchange.Exchange;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake Coinbase Exchange on a dynamic port and an {@link XChangeExchange} pointed at it through the real
 * xchange-coinbasepro module (signing with the test keys), with an "engine" thread for events.
 */
final class CoinbaseFakeSession implements AutoCloseable {

    static final String KEY = "test-key";
    static final String SECRET = Base64.getEncoder().encodeToString("a-32-byte-test-secret-for-hmac!!".getBytes());
    static final String PASSPHRASE = "test-pass";
    static final InstrumentSpec BTC_USD = new InstrumentSpec("BTC-USD", 2, 8);

    final FakeCoinbase fake;
    final FakeCoinbaseMarket market;
    final EventRecorder events = new EventRecorder();
    final ExecutorService engine = Executors.newSingleThreadExecutor(r -> new Thread(r, "engine"));
    final XChangeExchange exchange;

    CoinbaseFakeSession(String secret, RateBudget budget) throws Exception {
        market = new FakeCoinbaseMarket(FakeCoinbase.defaultProducts());
        market.setPrice("BTC-USD", new BigDecimal("50000"));
        market.setBalance("USD", new BigDecimal("100000"));
        market.setBalance("BTC", new BigDecimal("2"));
        fake = new FakeCoinbase(market, new CoinbaseSignature(KEY, SECRET, PASSPHRASE));
        fake.start();
        VenueProfile profile = XChangeVenue.profile("coinbase");
        Exchange xchange = XChangeVenue.create(profile, new XChangeCredentials(KEY, secret, PASSPHRASE),
                new XChangeVenue.Options(false, fake.baseUrl(), false, 5_000));
        exchange = new XChangeExchange(xchange, profile, budget == null ? RateBudget.of(profile) : budget, events,
                engine, System::currentTimeMillis, new XChangeExchange.Settings(0, 3, 50, 100, 5));
        exchange.start().get();
    }

    CoinbaseFakeSession() throws Exception {
        this(SECRET, null);
    }

    @Override
    public void close() {
        exchange.close();
        engine.shutdownNow();
        fake.close();
    }
}
