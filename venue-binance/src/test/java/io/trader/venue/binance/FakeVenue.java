package io.trader.venue.binance;

import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.binance.FakeBinance;
import io.trader.fake.binance.FakeBinanceConfig;
import io.vertx.core.Vertx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A fake Binance plus adapters pointed at it, closed together. */
final class FakeVenue implements AutoCloseable {

    static final String KEY = "test-api-key-0001";
    static final String SECRET = "test-secret-NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClV";
    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);

    final FakeBinance fake;
    final Vertx vertx = Vertx.vertx();
    final ExecutorService engine = Executors.newSingleThreadExecutor();
    final java.util.List<BinanceExchange> adapters = new java.util.ArrayList<>();

    FakeVenue(FakeBinanceConfig config) {
        this.fake = FakeBinance.start(config);
    }

    FakeVenue() {
        this(FakeBinanceConfig.defaults(KEY, SECRET));
    }

    BinanceExchange adapter(EventRecorder events) {
        return adapter(events, SECRET);
    }

    BinanceExchange adapter(EventRecorder events, String secret) {
        BinanceExchange ex = new BinanceExchange(vertx, BinanceConfig.local(fake.baseUrl()),
                new BinanceSigner(KEY, secret.toCharArray()), events, engine, System::currentTimeMillis);
        adapters.add(ex);
        return ex;
    }

    BinanceExchange started(EventRecorder events) {
        BinanceExchange ex = adapter(events);
        Poll.await(ex.start());
        return ex;
    }

    /** Closes without checked exceptions (tests that restart the venue). */
    void close0() {
        try {
            close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        adapters.forEach(BinanceExchange::stop);
        engine.shutdown();
        engine.awaitTermination(5, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        fake.close();
    }
}
