package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.kraken.FakeFault;
import io.trader.fake.kraken.FakeKraken;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full pipeline as a paper session on Kraken's committed OHLC candles served by the local fake over real HTTP
 * (the wiring of {@code ./trader paper --venue kraken --base-url <fake>}): history warms the models up and decides
 * nothing, polled candles become bars, the SMA rule's orders fill on the paper exchange and none reaches Kraken,
 * the candle in progress is never a bar (a price move inside it changes nothing until the candle is committed), and a
 * rate-limit storm on the candle reads delays bars without losing or repeating one.
 */
class PaperOnFakeKrakenTest {

    @Test
    void paperSessionTradesOnTheFakesCommittedCandlesWithoutLookAhead(@TempDir Path dir) throws Exception {
        Vertx vertx = Vertx.vertx();
        FakeKraken fake = new FakeKraken(vertx);
        fake.start(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        fake.advanceCandles("XBTUSDT", 150);
        fake.advanceCandles("ETHUSDT", 150);
        KrakenMarketData md = KrakenMarketData.open(KrakenMarketData.publicConfig(fake.baseUrl()),
                List.of("XBTUSDT", "ETHUSDT"), "1m", 100);
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "paper");
        PaperSession session = new PaperSession(TraderSettings.defaults().with("trader.initial-cash", "100000"),
                Assembly.SMA_CROSS, "paper", md.feed(), store, Clock.systemUTC());
        try {
            session.warmUpUntil(md.start(session.parts().risk, 500));
            session.start();
            waitFor(() -> md.feed().peekTime() == Long.MIN_VALUE, "history consumed (warm-up only)");
            assertTrue(session.orders(false, 10).isEmpty(), "no order decided on history");

            InstrumentSpec btc = md.spec("XBTUSDT");
            InstrumentSpec eth = md.spec("ETHUSDT");
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (session.parts().portfolio.positionLots(btc) == 0
                    && session.parts().portfolio.positionLots(eth) == 0) {
                assertTrue(System.nanoTime() < deadline, "the SMA rule trades within 90 s of polled candles");
                fake.advanceCandles("XBTUSDT", 1);
                fake.advanceCandles("ETHUSDT", 1);
                Thread.sleep(60);
            }
            assertFalse(session.orders(false, 10).isEmpty(), "orders went to the paper exchange");
            assertEquals(0, fake.calls("AddOrder"), "no order reached Kraken");
            assertEquals(0, fake.ordersPlaced());
            assertEquals("paper", session.status().mode());

            // the candle in progress is not a bar: the price moves inside it, and nothing sees it until it closes
            long close = session.parts().portfolio.lastPriceTicks(btc);
            BigDecimal moved = BigDecimal.valueOf(close, btc.priceScale()).multiply(new BigDecimal("1.05"))
                    .setScale(btc.priceScale(), RoundingMode.HALF_EVEN);
            long movedTicks = btc.ticks(moved);
            fake.setPrice("XBTUSDT", moved, null);
            long reads = fake.calls("OHLC");
            waitFor(() -> fake.calls("OHLC") >= reads + 8, "a few polls of the moved, uncommitted candle");
            assertTrue(Math.abs(session.parts().portfolio.lastPriceTicks(btc) - movedTicks) > movedTicks / 50,
                    "the price inside the uncommitted candle is not seen");
            fake.advanceCandles("XBTUSDT", 1); // opens at the moved price, closes within 1% of it
            fake.advanceCandles("ETHUSDT", 1);
            waitFor(() -> Math.abs(session.parts().portfolio.lastPriceTicks(btc) - movedTicks) <= movedTicks / 100,
                    "the committed candle's close arrives");

            // a storm of 'EAPI:Rate limit exceeded' on the candle reads: retried, every candle once, in order
            long before = session.status().barsProcessed();
            fake.fault("OHLC", FakeFault.RATE_LIMITED, 6, 0);
            fake.advanceCandles("XBTUSDT", 3);
            fake.advanceCandles("ETHUSDT", 3);
            waitFor(() -> session.status().barsProcessed() >= before + 6, "the 6 candles after the storm");
            assertEquals(0, md.feed().dropped(), "no bar repeated or out of order");
            assertEquals("running", session.status().state());
        } finally {
            session.stop();
            md.close();
            store.close();
            db.close();
            fake.close();
            vertx.close();
        }
    }
}
