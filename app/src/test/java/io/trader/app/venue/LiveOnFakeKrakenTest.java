package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.fake.kraken.FakeKraken;
import io.trader.venue.kraken.KrakenConfig;
import io.trader.venue.kraken.KrakenSigner;
import io.trader.venue.kraken.KrakenTier;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
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
 * A live session on the fake Kraken (the wiring of {@code ./trader live --venue kraken --base-url <fake>}): warm-up
 * and live bars from Kraken's committed OHLC candles, the SMA rule's orders signed and filled at the venue (the
 * session's position equals the venue's balance change), a resting order placed and cancelled, the reconciliation
 * at start-up clean, the starting balances kept in the data directory, and the kill switch cancelling and flattening
 * at the venue.
 */
class LiveOnFakeKrakenTest {

    static final String KEY = "test-key";
    /** The secret of Kraken's "Spot REST Authentication" guide example; never a real account. */
    static final String SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

    @Test
    void liveSessionTradesPlacesCancelsAndTheKillSwitchFlattens(@TempDir Path dir) throws Exception {
        Vertx vertx = Vertx.vertx();
        FakeKraken fake = new FakeKraken(vertx);
        fake.addKey(KEY, SECRET, 20, 20);
        fake.setBalance("USDT", new BigDecimal("10000"));
        fake.start(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        fake.advanceCandles("XBTUSDT", 150); // history
        KrakenConfig config = KrakenConfig.local(fake.baseUrl(), "USDT")
                .withTier(new KrakenTier("test", 20, 20, 60, 20)).withTimings(3_000, 200, 60_000);
        KrakenLive kraken = KrakenLive.prepare(config, new KrakenSigner(KEY, SECRET.toCharArray()),
                List.of("XBTUSDT"), "1m", 100, 30_000, dir.resolve("data"), 200);
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "kraken");
        PaperSession live = new PaperSession(TraderSettings.defaults().with("trader.initial-cash", "1000")
                .with("trader.data-dir", dir.resolve("data").toString()), Assembly.SMA_CROSS, "kraken",
                kraken.feed(), store, Clock.systemUTC(), kraken.venue());
        try {
            kraken.connect(live);
            live.start();
            assertFalse(live.parts().killSwitch.state().engaged(), "a clean start-up reconciliation");
            assertTrue(Files.exists(dir.resolve("data").resolve(KrakenVenue.START_FILE)), "starting balances kept");
            InstrumentSpec btc = kraken.venue().instruments().get(0);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (live.parts().portfolio.positionLots(btc) == 0) {
                assertTrue(System.nanoTime() < deadline, "the SMA rule buys within 90 s of polled candles");
                fake.advanceCandles("XBTUSDT", 1);
                Thread.sleep(60);
            }
            waitFor(() -> venueLots(fake, btc) == live.parts().portfolio.positionLots(btc),
                    "the session's position equals the venue's XBT balance");
            VenueSeries.checkSingle(live, "kraken", btc);

            long far = btc.ticks(new BigDecimal("10000.0"));
            live.runOnEngine(() -> live.parts().exchange.submit(OrderRequest.limit("probe-rest", btc, Side.BUY,
                    100_000, far, TimeInForce.GTC, false, System.currentTimeMillis(), "test: resting order")));
            waitFor(() -> fake.openOrders() == 1, "a resting order is open at the venue");
            live.runOnEngine(() -> live.parts().exchange.cancel("probe-rest", "test: cancel"));
            waitFor(() -> fake.openOrders() == 0, "and cancelled there");

            live.runOnEngine(() -> live.parts().exchange.submit(OrderRequest.limit("probe-rest-2", btc, Side.BUY,
                    100_000, far, TimeInForce.GTC, false, System.currentTimeMillis(), "test: resting order")));
            waitFor(() -> fake.openOrders() == 1, "another resting order");
            live.engageKillSwitch("test halt", true);
            waitFor(() -> live.venueFlatten() != null, "the flatten started");
            FlattenReport report = live.venueFlatten().get(60, TimeUnit.SECONDS);
            assertTrue(report.flat(), "flat: " + report);
            assertEquals(0, fake.openOrders(), "the kill switch cancelled at the venue");
            assertEquals(0, venueLots(fake, btc), "the venue is back at its starting XBT balance");
            waitFor(() -> live.parts().portfolio.positionLots(btc) == 0, "and the session is flat");
            assertEquals("kraken", live.status().venue());
        } finally {
            live.stop();
            kraken.close();
            store.close();
            db.close();
            fake.close();
            vertx.close();
        }
    }

    private static long venueLots(FakeKraken fake, InstrumentSpec btc) {
        BigDecimal xbt = fake.balance("XXBT");
        return (xbt == null ? BigDecimal.ZERO : xbt).movePointRight(btc.qtyScale()).longValueExact();
    }
}
