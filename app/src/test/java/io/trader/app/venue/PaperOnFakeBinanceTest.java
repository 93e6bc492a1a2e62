package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.event.RiskCode;
import io.trader.fake.binance.FakeBinance;
import io.trader.fake.binance.FakeBinanceConfig;
import io.trader.venue.binance.market.MarketStreamConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full pipeline as a paper session on Binance spot klines served by the local fake over real HTTP and
 * WebSocket: history warms the models up, streamed closed klines become bars, the SMA rule trades on the paper
 * exchange, a quiet stream makes the instruments stale (the risk layer refuses new risk) until it is back, and the
 * closes lost meanwhile arrive through the reconnect's backfill.
 */
class PaperOnFakeBinanceTest {

    @Test
    void paperSessionTradesOnTheFakesKlinesAndStopsWhileTheStreamIsStale(@TempDir Path dir) throws Exception {
        try (FakeBinance fake = FakeBinance.start(FakeBinanceConfig.defaults("k", "s"));
             Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            BinanceMarketData md = BinanceMarketData.open(fake.baseUrl(), BinanceMarketData.streamUrlFor(
                    fake.baseUrl()), List.of("BTCUSDT", "ETHUSDT"), "1m", fake.klines().clock()::getAsLong)
                    .withStreamConfig(MarketStreamConfig.defaults(fake.baseUrl().replaceFirst("^http", "ws"))
                            .withReconnect(20, 200).withStaleAfter(500, 60_000));
            TradingStore store = new TradingStore(db.dataSource(), "paper");
            PaperSession session = new PaperSession(TraderSettings.defaults().with("trader.initial-cash", "100000"),
                    Assembly.SMA_CROSS, "paper", md.feed(), store, Clock.systemUTC());
            try {
                long historyEnd = md.start(session.parts().risk, 300);
                session.warmUpUntil(historyEnd);
                session.start();
                waitFor(() -> md.feed().peekTime() == Long.MIN_VALUE,
                        "history consumed (warm-up only)");
                assertEquals(0, session.parts().exchange.openOrders().size(), "no order decided on history");
                assertTrue(session.orders(false, 10).isEmpty(), "no order from history");

                InstrumentSpec btc = md.spec("BTCUSDT");
                InstrumentSpec eth = md.spec("ETHUSDT");
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (session.parts().portfolio.positionLots(btc) == 0
                        && session.parts().portfolio.positionLots(eth) == 0) {
                    assertTrue(System.nanoTime() < deadline, "the SMA rule trades within 90 s of streamed klines");
                    fake.klines().advance(1);
                    Thread.sleep(30);
                }
                assertTrue(!session.orders(false, 10).isEmpty(), "orders went to the paper exchange");

                OrderRequest probe = OrderRequest.market("probe", btc, Side.BUY, 1, false, historyEnd, "probe");
                long before = session.status().barsProcessed();
                fake.klines().silence(true);
                waitFor(() -> session.parts().risk.check(probe, session.parts().portfolio).code()
                        == RiskCode.STALE_DATA, "a quiet stream makes the instrument stale");
                fake.klines().advance(3); // never pushed: only the backfill can bring them
                fake.klines().dropConnections();
                fake.klines().silence(false);
                waitFor(() -> session.parts().risk.check(probe, session.parts().portfolio).code()
                        != RiskCode.STALE_DATA, "the stream reconnects and is live again");
                waitFor(() -> session.status().barsProcessed() >= before + 6, "the 3 lost closes of both symbols");
                assertEquals("running", session.status().state());
                assertEquals(0, md.feed().dropped(), "no bar repeated or out of order");
                assertTrue(md.counters().backfills() >= 2, "backfilled after the reconnect");
            } finally {
                session.stop();
                md.close();
                store.close();
            }
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(20);
        }
    }
}
