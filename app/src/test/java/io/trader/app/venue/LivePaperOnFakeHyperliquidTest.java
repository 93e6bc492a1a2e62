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
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
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
 * The full pipeline as a paper session on a live Hyperliquid feed, served by the local fake over real
 * HTTP and WebSocket: history warms the models up, streamed candles become bars, a dropped connection
 * makes the feed stale (the risk layer then refuses orders) until the stream is back.
 */
class LivePaperOnFakeHyperliquidTest {

    @Test
    void paperSessionRunsOnTheLiveFeedAndStopsTradingWhileItIsStale(@TempDir Path dir) throws Exception {
        long now = System.currentTimeMillis() / 60_000 * 60_000;
        try (FakeHyperliquid fake = FakeHyperliquid.start(FakeConfig.defaults().withStartTime(now));
             Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            HyperliquidMarketData md = HyperliquidMarketData.open(fake.baseUrl(), List.of("BTC"), "1m");
            TradingStore store = new TradingStore(db.dataSource(), "live");
            PaperSession session = new PaperSession(TraderSettings.defaults(), Assembly.ENSEMBLE, "live", md.feed(),
                    store, Clock.systemUTC());
            try {
                long historyEnd = md.start(session.parts().risk, 300);
                assertTrue(historyEnd > now - 300 * 60_000L, "history loaded up to " + historyEnd);
                session.warmUpUntil(historyEnd);
                session.start();
                waitFor(() -> md.feed().peekTime() == Long.MIN_VALUE, "history consumed (warm-up only)");
                assertEquals(0, session.parts().exchange.openOrders().size(), "no order decided on history");
                long before = session.status().barsProcessed();
                fake.advanceCandles("BTC", "1m", 5);
                waitFor(() -> session.status().barsProcessed() >= before + 4, "streamed candles become bars");

                InstrumentSpec btc = md.spec("BTC");
                // a probe that adds exposure whatever the strategy holds (an order that only reduces always passes)
                Side adds = session.parts().portfolio.positionLots(btc) < 0 ? Side.SELL : Side.BUY;
                OrderRequest probe = OrderRequest.market("probe", btc, adds, 1, false, now, "probe");
                fake.answerPings(false);
                fake.dropConnections();
                waitFor(() -> !session.parts().risk.check(probe, session.parts().portfolio).approved()
                        && session.parts().risk.check(probe, session.parts().portfolio).code()
                        == RiskCode.STALE_DATA, "a dropped stream makes the instrument stale");
                fake.answerPings(true);
                waitFor(() -> session.parts().risk.check(probe, session.parts().portfolio).code()
                        != RiskCode.STALE_DATA, "the stream reconnects and the feed is live again");
                long afterGap = session.status().barsProcessed();
                fake.advanceCandles("BTC", "1m", 3);
                waitFor(() -> session.status().barsProcessed() >= afterGap + 2, "bars flow after the reconnect");
                assertEquals("running", session.status().state());
                assertTrue(md.feed().dropped() >= 0);
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
