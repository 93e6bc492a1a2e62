package io.trader.venue.xchange;

import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.bybit.BybitSignature;
import io.trader.fake.bybit.FakeBybit;
import io.trader.fake.spot.FakeSpotMarket;
import org.knowm.xchange.Exchange;

import java.math.BigDecimal;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake Bybit v5 API on a dynamic port and an {@link XChangeExchange} pointed at it through the real xchange-bybit
 * 5.2.1 module (signing with the test keys), with an "engine" thread for events. {@link #newAdapter} builds another
 * adapter on the same fake (a restart).
 */
final class BybitFakeSession implements AutoCloseable {

    static final String KEY = "bybit-test-key";
    static final String SECRET = "bybit-test-secret-0123456789abcdef";
    /** BTCUSDT as xchange-bybit maps it: tick 0.01 (2 decimals), base precision 0.000001 (6 decimals). */
    static final InstrumentSpec BTC_USDT = new InstrumentSpec("BTC-USDT", 2, 6);

    final FakeBybit fake;
    final FakeSpotMarket market;
    final EventRecorder events = new EventRecorder();
    final ExecutorService engine = Executors.newSingleThreadExecutor(r -> new Thread(r, "engine"));
    XChangeExchange exchange;

    BybitFakeSession() throws Exception {
        market = new FakeSpotMarket(FakeBybit.defaultProducts());
        market.setPrice("BTCUSDT", new BigDecimal("50000"));
        market.setBalance("USDT", new BigDecimal("100000"));
        market.setBalance("BTC", new BigDecimal("2"));
        fake = new FakeBybit(market, new BybitSignature(KEY, SECRET));
        fake.start();
        exchange = newAdapter(events);
    }

    /** A started adapter on this fake with the right keys, reporting to {@code listener}. */
    XChangeExchange newAdapter(EventRecorder listener) throws Exception {
        XChangeExchange x = adapter(listener, SECRET);
        x.start().get();
        return x;
    }

    /** The bare XChange module on this fake with the right keys, instruments loaded (limitation tests). */
    Exchange module() throws Exception {
        Exchange xchange = XChangeVenue.create(XChangeVenue.profile("bybit"), new XChangeCredentials(KEY, SECRET, null),
                new XChangeVenue.Options(false, fake.baseUrl(), false, 5_000));
        xchange.remoteInit();
        return xchange;
    }

    /** An adapter on this fake signing with {@code secret}, not started. */
    XChangeExchange adapter(EventRecorder listener, String secret) {
        VenueProfile profile = XChangeVenue.profile("bybit");
        Exchange xchange = XChangeVenue.create(profile, new XChangeCredentials(KEY, secret, null),
                new XChangeVenue.Options(false, fake.baseUrl(), false, 5_000));
        return new XChangeExchange(xchange, profile, RateBudget.of(profile), listener, engine,
                System::currentTimeMillis, new XChangeExchange.Settings(0, 3, 50, 100, 5));
    }

    @Override
    public void close() {
        exchange.close();
        engine.shutdownNow();
        fake.close();
    }
}
