package io.trader.venue.xchange;

import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.okx.OkxSignature;
import io.trader.fake.okx.FakeOkx;
import io.trader.fake.spot.FakeSpotMarket;
import org.knowm.xchange.Exchange;

import java.math.BigDecimal;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake OKX v5 API (a demo-trading key: requests need {@code x-simulated-trading: 1}) on a dynamic port and an
 * {@link XChangeExchange} pointed at it through the real xchange-okex 5.2.1 module (signing with the test keys),
 * with an "engine" thread for events. {@link #newAdapter} builds another
 * adapter on the same fake (a restart).
 */
final class OkxFakeSession implements AutoCloseable {

    static final String KEY = "okx-test-key";
    static final String SECRET = "okx-test-secret-0123456789abcdef";
    static final String PASSPHRASE = "okx-test-pass";
    /** BTC-USDT as xchange-okex maps it: tick 0.1 (1 decimal), volume scale from the minimum 0.00001 (5 decimals). */
    static final InstrumentSpec BTC_USDT = new InstrumentSpec("BTC-USDT", 1, 5);

    final FakeOkx fake;
    final FakeSpotMarket market;
    final EventRecorder events = new EventRecorder();
    final ExecutorService engine = Executors.newSingleThreadExecutor(r -> new Thread(r, "engine"));
    XChangeExchange exchange;

    OkxFakeSession() throws Exception {
        market = new FakeSpotMarket(FakeOkx.defaultProducts());
        market.setPrice("BTC-USDT", new BigDecimal("50000"));
        market.setBalance("USDT", new BigDecimal("100000"));
        market.setBalance("BTC", new BigDecimal("2"));
        fake = new FakeOkx(market, new OkxSignature(KEY, SECRET, PASSPHRASE, true));
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
        Exchange xchange = XChangeVenue.create(XChangeVenue.profile("okx"), new XChangeCredentials(KEY, SECRET, PASSPHRASE),
                new XChangeVenue.Options(false, fake.baseUrl(), false, 5_000));
        xchange.remoteInit();
        return xchange;
    }

    /** An adapter on this fake signing with {@code secret}, not started. */
    XChangeExchange adapter(EventRecorder listener, String secret) {
        return adapter(listener, secret, RateBudget.of(XChangeVenue.profile("okx")));
    }

    /** An adapter on this fake signing with {@code secret} and paced by {@code budget}, not started. */
    XChangeExchange adapter(EventRecorder listener, String secret, RateBudget budget) {
        VenueProfile profile = XChangeVenue.profile("okx");
        Exchange xchange = XChangeVenue.create(profile, new XChangeCredentials(KEY, secret, PASSPHRASE),
                new XChangeVenue.Options(false, fake.baseUrl(), false, 5_000));
        return new XChangeExchange(xchange, profile, budget, listener, engine,
                System::currentTimeMillis, new XChangeExchange.Settings(0, 3, 50, 100, 5));
    }

    @Override
    public void close() {
        exchange.close();
        engine.shutdownNow();
        fake.close();
    }
}
