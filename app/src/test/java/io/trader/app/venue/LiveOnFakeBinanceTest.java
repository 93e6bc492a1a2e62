package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.fake.binance.FakeBinance;
import io.trader.fake.binance.FakeBinanceConfig;
import io.trader.venue.binance.BinanceAccount;
import io.trader.venue.binance.BinanceConfig;
import io.trader.venue.binance.BinanceSigner;
import io.trader.venue.binance.market.MarketStreamConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live {@code sma-cross} session on BTCUSDT against the local fake Binance (signed REST, user-data stream, kline
 * stream), wired as {@code ./trader live --venue binance} wires it: orders reach the venue and the session's
 * position equals the venue's fills, a resting order is placed and cancelled, and the kill switch cancels and
 * flattens at the venue.
 */
class LiveOnFakeBinanceTest {

    @Test
    void liveSessionTradesPlacesCancelsAndTheKillSwitchFlattens(@TempDir Path dir) throws Exception {
        try (FakeBinance fake = FakeBinance.start(FakeBinanceConfig.defaults("test-key", "test-secret"));
             Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            BinanceLive binance = BinanceLive.prepare(BinanceConfig.local(fake.baseUrl()),
                    new BinanceSigner("test-key", "test-secret".toCharArray()), List.of("BTCUSDT"), "1m", 100,
                    fake.klines().clock()::getAsLong);
            TradingStore store = new TradingStore(db.dataSource(), "live");
            PaperSession live = new PaperSession(TraderSettings.defaults().with("trader.initial-cash", "1000"),
                    Assembly.SMA_CROSS, "live", binance.feed(), store, Clock.systemUTC(), binance.venue());
            try {
                binance.connect(live, 100, MarketStreamConfig.defaults(fake.baseUrl().replaceFirst("^http", "ws"))
                        .withReconnect(20, 200));
                live.start();
                InstrumentSpec btc = binance.marketData().spec("BTCUSDT");
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (live.parts().portfolio.positionLots(btc) == 0) {
                    assertTrue(System.nanoTime() < deadline, "the SMA rule buys within 90 s of streamed klines");
                    fake.klines().advance(1);
                    Thread.sleep(30);
                }
                waitFor(() -> venueLots(binance, btc) == live.parts().portfolio.positionLots(btc),
                        "the session's position equals the venue's fills");
                VenueSeries.checkSingle(live, "binance", btc);

                // a user-stream drop: once re-subscribed, the session reconciles with the account and agrees with it
                java.util.concurrent.atomic.AtomicInteger reconciled = new java.util.concurrent.atomic.AtomicInteger();
                binance.venue().exchange().onUserStreamResubscribed(() -> live.runOnEngine(() -> {
                    live.reconcileWithVenue();
                    reconciled.incrementAndGet();
                }));
                fake.dropUserStreams();
                waitFor(() -> reconciled.get() > 0, "a reconciliation after the user stream came back");
                assertEquals(false, live.parts().killSwitch.state().engaged(),
                        "no halt: " + live.parts().killSwitch.state().reason());

                long far = btc.ticks(new java.math.BigDecimal("30000.00"));
                OrderRequest rest = OrderRequest.limit("probe-rest", btc, Side.BUY, 100, far, TimeInForce.GTC, false,
                        System.currentTimeMillis(), "test: resting order");
                live.runOnEngine(() -> live.parts().exchange.submit(rest));
                waitFor(() -> fake.openOrderCount() == 1, "a resting order is open at the venue");
                live.runOnEngine(() -> live.parts().exchange.cancel("probe-rest", "test: cancel"));
                waitFor(() -> fake.openOrderCount() == 0, "and cancelled there");

                live.runOnEngine(() -> live.parts().exchange.submit(OrderRequest.limit("probe-rest-2", btc, Side.BUY,
                        100, far, TimeInForce.GTC, false, System.currentTimeMillis(), "test: resting order")));
                waitFor(() -> fake.openOrderCount() == 1, "another resting order");
                live.engageKillSwitch("test halt", true);
                waitFor(() -> fake.openOrderCount() == 0, "the kill switch cancels at the venue");
                waitFor(() -> live.parts().portfolio.positionLots(btc) == 0, "and flattens the session");
                waitFor(() -> venueLots(binance, btc) == 0, "and the venue");
                assertEquals("live", live.status().mode());
            } finally {
                live.stop();
                binance.close();
                store.close();
            }
        }
    }

    /** The venue's net fills in lots, read over signed REST through the adapter (myTrades). */
    private static long venueLots(BinanceLive binance, InstrumentSpec btc) {
        try {
            BinanceAccount a = binance.venue().exchange().readAccount(List.of("BTCUSDT"), 0).toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            return a.fills().stream().mapToLong((Fill f) -> f.side() == Side.BUY ? f.qtyLots() : -f.qtyLots()).sum();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(50);
        }
    }
}
