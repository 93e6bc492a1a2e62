package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.fake.kraken.FakeFault;
import io.trader.fake.kraken.FakeKraken;
import io.trader.venue.kraken.KrakenConfig;
import io.trader.venue.kraken.KrakenSigner;
import io.trader.venue.kraken.KrakenTier;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Venue faults under a live session on the fake Kraken, wired as {@code ./trader live --venue kraken} wires it, each
 * with the fake's fault switches: an answer lost after Kraken applied an {@code AddOrder} (HTTP 502,
 * {@code EService:Unavailable}) leaves exactly one order; a storm of {@code EAPI:Rate limit exceeded} on orders,
 * order polls and candles sends no order twice and the session goes on; a fill while the order and fill polls fail
 * (Kraken's stand-in for a stream drop: it has no private stream here) counts once when they recover; and a restart
 * with an open order adopts it, neither resent nor lost.
 */
class LiveFaultsOnFakeKrakenTest {

    private final Vertx vertx = Vertx.vertx();
    private FakeKraken fake;
    private Database db;
    private Path dir;
    private KrakenLive kraken;
    private TradingStore store;
    private PaperSession live;
    private InstrumentSpec btc;

    @BeforeEach
    void startFake(@TempDir Path dir) throws Exception {
        this.dir = dir;
        fake = new FakeKraken(vertx);
        fake.addKey(LiveOnFakeKrakenTest.KEY, LiveOnFakeKrakenTest.SECRET, 20, 20);
        fake.setBalance("USDT", new BigDecimal("10000"));
        fake.start(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        fake.advanceCandles("XBTUSDT", 150);
        db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
    }

    @AfterEach
    void stop() {
        stopSession();
        db.close();
        fake.close();
        vertx.close();
    }

    /** Starts (or restarts) the session {@code kraken} on the store and data directory of this test. */
    private void startSession() {
        KrakenConfig config = KrakenConfig.local(fake.baseUrl(), "USDT")
                .withTier(new KrakenTier("test", 20, 20, 60, 20)).withTimings(3_000, 200, 60_000);
        kraken = KrakenLive.prepare(config, new KrakenSigner(LiveOnFakeKrakenTest.KEY,
                LiveOnFakeKrakenTest.SECRET.toCharArray()), List.of("XBTUSDT"), "1m", 100, 30_000,
                dir.resolve("data"), 200);
        store = new TradingStore(db.dataSource(), "kraken");
        live = new PaperSession(TraderSettings.defaults().with("trader.initial-cash", "1000")
                .with("trader.data-dir", dir.resolve("data").toString()), Assembly.SMA_CROSS, "kraken",
                kraken.feed(), store, Clock.systemUTC(), kraken.venue());
        kraken.connect(live);
        live.start();
        btc = kraken.venue().instruments().get(0);
        assertFalse(live.parts().killSwitch.state().engaged(), "a clean start-up reconciliation");
    }

    private void stopSession() {
        if (live != null) {
            live.stop();
            kraken.close();
            store.close();
            live = null;
        }
    }

    private OrderRequest restingBuy(String id, String price) {
        return OrderRequest.limit(id, btc, Side.BUY, 100_000, btc.ticks(new BigDecimal(price)), TimeInForce.GTC,
                false, System.currentTimeMillis(), "test: resting order");
    }

    private OrderStatus statusOf(String clientId) {
        return live.parts().exchange.openOrders().stream().filter(o -> o.clientId().equals(clientId))
                .map(o -> o.status()).findFirst().orElse(null);
    }

    private void submit(OrderRequest request) {
        live.runOnEngine(() -> live.parts().exchange.submit(request));
    }

    @Test
    void answersLostAfterKrakenAppliedAnAddOrderLeaveExactlyOneOrder() throws Exception {
        startSession();
        fake.fault("AddOrder", FakeFault.HTTP_502_AFTER_APPLY, 1, 0);
        submit(restingBuy("lost-502", "10000.0"));
        waitFor(() -> statusOf("lost-502") == OrderStatus.ACCEPTED, "the order of unknown fate is found accepted");
        fake.fault("AddOrder", FakeFault.UNAVAILABLE_AFTER_APPLY, 1, 0);
        submit(restingBuy("lost-eservice", "10001.0"));
        waitFor(() -> statusOf("lost-eservice") == OrderStatus.ACCEPTED, "this one too");
        assertEquals(2, fake.calls("AddOrder"), "looked up, never sent again");
        assertEquals(2, fake.ordersPlaced(), "exactly one order at Kraken for each");
        assertEquals(2, fake.openOrders());
        assertFalse(live.parts().killSwitch.state().engaged(), live.parts().killSwitch.state().reason());

        fake.fault("AddOrder", FakeFault.HTTP_502_BEFORE, 1, 0); // never reached the engine: sent again, once
        submit(restingBuy("never-seen", "10002.0"));
        waitFor(() -> statusOf("never-seen") == OrderStatus.ACCEPTED, "the unseen order is sent again");
        assertEquals(3, fake.ordersPlaced());
    }

    @Test
    void aRateLimitStormSendsNoOrderTwiceAndTheSessionGoesOn() throws Exception {
        startSession();
        long bars = live.status().barsProcessed();
        fake.fault("AddOrder", FakeFault.RATE_LIMITED, 3, 0);
        fake.fault("QueryOrders", FakeFault.RATE_LIMITED, 3, 0);
        fake.fault("TradesHistory", FakeFault.RATE_LIMITED, 3, 0);
        fake.fault("OHLC", FakeFault.RATE_LIMITED, 3, 0);
        submit(restingBuy("storm-1", "10000.0"));
        submit(restingBuy("storm-2", "10001.0"));
        waitFor(() -> statusOf("storm-1") == OrderStatus.ACCEPTED && statusOf("storm-2") == OrderStatus.ACCEPTED,
                "both orders placed through the storm");
        assertEquals(2, fake.ordersPlaced(), "each order once");
        assertEquals(2 + 3, fake.calls("AddOrder"), "the refused sends retried, nothing more");
        fake.advanceCandles("XBTUSDT", 2);
        waitFor(() -> live.status().barsProcessed() >= bars + 2, "the candles arrive after the storm");
        fake.advanceCandles("XBTUSDT", 1);
        waitFor(() -> live.status().barsProcessed() >= bars + 3, "and the next one");
        assertEquals(0, kraken.feed().dropped(), "no bar repeated");
        assertEquals("running", live.status().state());
        assertFalse(live.parts().killSwitch.state().engaged(), live.parts().killSwitch.state().reason());
    }

    @Test
    void aFillWhileTheOrderPollsFailIsCountedOnceWhenTheyRecover() throws Exception {
        startSession();
        fake.setPrice("XBTUSDT", new BigDecimal("60000.0"), null);
        BigDecimal limit = new BigDecimal("59990.0");
        submit(restingBuy("fill-in-gap", limit.toPlainString()));
        waitFor(() -> statusOf("fill-in-gap") == OrderStatus.ACCEPTED, "resting at the venue");
        fake.fault("QueryOrders", FakeFault.HTTP_502_BEFORE, 5, 0); // a poll fails: its read and 4 retries
        fake.fault("TradesHistory", FakeFault.HTTP_502_BEFORE, 5, 0);
        fake.setPrice("XBTUSDT", limit.subtract(new BigDecimal("5.0")), null); // the venue fills it meanwhile
        waitFor(() -> fake.openOrders() == 0, "filled at the venue");
        waitFor(() -> live.parts().portfolio.positionLots(btc) == 100_000, "the fill reaches the session");
        waitFor(() -> statusOf("fill-in-gap") == null, "and closes the order");
        assertEquals(100_000, live.parts().portfolio.positionLots(btc), "counted once");
        assertEquals(100_000, fake.balance("XXBT").movePointRight(btc.qtyScale()).longValueExact(),
                "the session's position is the venue's");
        assertFalse(live.parts().killSwitch.state().engaged(), live.parts().killSwitch.state().reason());
    }

    @Test
    void aRestartWithAnOpenOrderAdoptsItNeitherResentNorLost() throws Exception {
        startSession();
        submit(restingBuy("kept", "10000.0"));
        waitFor(() -> statusOf("kept") == OrderStatus.ACCEPTED, "resting at the venue");
        stopSession();

        startSession();
        waitFor(() -> statusOf("kept") == OrderStatus.ACCEPTED, "the restarted session holds the order");
        assertEquals(1, fake.calls("AddOrder"), "not sent again");
        assertEquals(1, fake.openOrders(), "still the one order at Kraken");
        assertTrue(live.orders(true, 10).stream().anyMatch(o -> o.clientId().equals("kept")), "shown as open");
        live.runOnEngine(() -> live.parts().exchange.cancel("kept", "test: cancel after restart"));
        waitFor(() -> fake.openOrders() == 0, "cancelled at Kraken through the adopted order");
        waitFor(() -> statusOf("kept") == null, "and closed in the session");
        assertEquals(1, fake.ordersPlaced());
    }
}
