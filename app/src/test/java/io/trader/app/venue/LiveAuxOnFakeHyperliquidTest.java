package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.app.engine.InstrumentPipeline;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.MarketContext;
import io.trader.core.port.MarketContextSource;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paper session on the fake Hyperliquid's live feed gets its auxiliary data live: the streamed book and trades,
 * the polled asset contexts and funding reach each bar's features, and a book or trade stamped after a bar's close
 * (delivered before the candle that closes the bar) stays out of that bar.
 */
class LiveAuxOnFakeHyperliquidTest {

    /** What the pipeline's context held for a bar: {bookTime, tradeCount, asOf}. */
    private final Map<Long, long[]> seen = new ConcurrentHashMap<>();

    @Test
    void liveBookTradesContextsAndFundingReachTheFeaturesAndNothingAfterTheCloseLeaks(@TempDir Path dir)
            throws Exception {
        long t0 = System.currentTimeMillis() / 60_000 * 60_000;
        try (FakeHyperliquid fake = FakeHyperliquid.start(FakeConfig.defaults().withStartTime(t0));
             Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            HyperliquidMarketData md = HyperliquidMarketData.open(fake.baseUrl(), List.of("BTC"), "1m");
            MarketContextSource live = md.liveAux(symbol -> null).sources().get("BTC");
            MarketContextSource recorded = (bar, ctx) -> {
                live.fill(bar, ctx);
                seen.put(bar.closeTime(), new long[]{ctx.hasBook() ? ctx.bookTime() : Long.MIN_VALUE,
                        ctx.tradeCount(), ctx.asOf()});
            };
            TradingStore store = new TradingStore(db.dataSource(), "live");
            PaperSession session = new PaperSession(TraderSettings.defaults(), Assembly.ENSEMBLE, "live", md.feed(),
                    store, Clock.systemUTC(), null, Map.of("BTC", recorded));
            try {
                session.warmUpUntil(md.start(session.parts().risk, 100));
                session.start();
                waitFor(() -> md.feed().peekTime() == Long.MIN_VALUE, "history consumed");
                // two plain minutes first: the bars then close after the asset contexts were received
                fake.advanceCandles("BTC", "1m", 2);
                long tid = 1;
                long open = fake.market().currentOpenTime("1m");
                int bars = 4;
                for (int i = 0; i < bars; i++) {
                    long close = open + 60_000;
                    fake.market().setNow(close - 3_000); // inside the bar
                    fake.pushBook("BTC");
                    fake.trade("BTC", "B", "100000", "0.5", tid++);
                    fake.market().setNow(close + 1_000); // after its close, before the candle that closes it
                    fake.pushBook("BTC");
                    fake.trade("BTC", "A", "100000", "0.7", tid++);
                    fake.emitCandle("BTC", "1m");
                    open = close;
                }
                long lastClose = open;
                waitFor(() -> session.status().barsProcessed() > 0 && seen.containsKey(lastClose),
                        "the last streamed bar is processed");
                waitFor(() -> session.parts().engine.pipelines().get(0).featureVector().time() >= lastClose,
                        "its features are computed");
                InstrumentPipeline p = session.parts().engine.pipelines().get(0);
                FeatureVector fv = p.featureVector();
                assertEquals(lastClose, fv.time());
                for (Feature f : List.of(Feature.BOOK_IMBALANCE_1, Feature.SPREAD_BPS, Feature.MARK_INDEX_BASIS,
                        Feature.FUNDING_RATE)) {
                    assertTrue(Double.isFinite(fv.get(f)), f + " = " + fv.get(f) + " on the live feed");
                }
                for (long close = lastClose - (bars - 1) * 60_000L; close <= lastClose; close += 60_000) {
                    long[] c = seen.get(close);
                    assertEquals(close, c[2], "as of the close");
                    assertEquals(close - 3_000, c[0], "the book is the one before the close, not the one after");
                }
                for (long close = lastClose - (bars - 2) * 60_000L; close <= lastClose; close += 60_000) {
                    assertEquals(2, seen.get(close)[1], "the trades of (open, close]: the one after the close stays out");
                }
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
