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
import io.trader.fake.binance.FakeBinance;
import io.trader.fake.binance.FakeBinanceConfig;
import io.trader.venue.binance.BinanceConfig;
import io.trader.venue.binance.BinanceSigner;
import io.trader.venue.binance.market.MarketStreamConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Venue faults under a live session on the fake Binance, wired as {@code ./trader live --venue binance} wires it,
 * each with the fake's fault switches: an HTTP 503 after the venue applied a new order leaves exactly one order; a
 * 429 storm and then a 418 ban are waited out without a request during the back-off, no order is sent twice and
 * the session goes on; a fill while the user stream is dropped counts once after it reconnects; and a restart with
 * an open order adopts it, neither resent nor lost.
 */
class LiveFaultsOnFakeBinanceTest {

    private FakeBinance fake;
    private Database db;
    private BinanceLive binance;
    private TradingStore store;
    private PaperSession live;
    private InstrumentSpec btc;

    @BeforeEach
    void startFake(@TempDir Path dir) {
        fake = FakeBinance.start(FakeBinanceConfig.defaults("test-key", "test-secret"));
        db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
    }

    @AfterEach
    void stop() {
        stopSession();
        db.close();
        fake.close();
    }

    /** Starts (or restarts) the session {@code live} on this test's store. */
    private void startSession() {
        binance = BinanceLive.prepare(BinanceConfig.local(fake.baseUrl()), new BinanceSigner("test-key",
                "test-secret".toCharArray()), List.of("BTCUSDT"), "1m", 100, fake.klines().clock()::getAsLong);
        store = new TradingStore(db.dataSource(), "live");
        live = new PaperSession(TraderSettings.defaults().with("trader.initial-cash", "1000"), Assembly.SMA_CROSS,
                "live", binance.feed(), store, Clock.systemUTC(), binance.venue());
        binance.connect(live, 100, MarketStreamConfig.defaults(fake.baseUrl().replaceFirst("^http", "ws"))
                .withReconnect(20, 200));
        live.start();
        btc = binance.marketData().spec("BTCUSDT");
        assertFalse(live.parts().killSwitch.state().engaged(), "a clean start-up reconciliation");
    }

    private void stopSession() {
        if (live != null) {
            live.stop();
            binance.close();
            store.close();
            live = null;
        }
    }

    private OrderRequest restingBuy(String id, String price) {
        return OrderRequest.limit(id, btc, Side.BUY, 100, btc.ticks(new BigDecimal(price)), TimeInForce.GTC, false,
                System.currentTimeMillis(), "test: resting order");
    }

    private OrderStatus statusOf(String clientId) {
        return live.parts().exchange.openOrders().stream().filter(o -> o.clientId().equals(clientId))
                .map(o -> o.status()).findFirst().orElse(null);
    }

    private void submit(OrderRequest request) {
        live.runOnEngine(() -> live.parts().exchange.submit(request));
    }

    @Test
    void a503AfterTheVenueAppliedTheOrderLeavesExactlyOneOrder() throws Exception {
        startSession();
        fake.applyThen503OnNextOrder();
        submit(restingBuy("lost-503", "30000.00"));
        waitFor(() -> statusOf("lost-503") == OrderStatus.ACCEPTED, "the order of unknown fate is found accepted");
        assertEquals(1, fake.ordersWithClientId("lost-503"), "looked up, never sent again");
        assertEquals(1, fake.openOrderCount());

        fake.lose503OnNextOrder(); // never applied: sent again, once
        submit(restingBuy("never-seen", "30001.00"));
        waitFor(() -> statusOf("never-seen") == OrderStatus.ACCEPTED, "the unseen order is sent again");
        assertEquals(1, fake.ordersWithClientId("never-seen"));
        assertEquals(2, fake.openOrderCount());
        assertFalse(live.parts().killSwitch.state().engaged(), live.parts().killSwitch.state().reason());
    }

    @Test
    void a429StormAndA418BanSendNoOrderTwiceAndTheSessionGoesOn() throws Exception {
        startSession();
        fake.storm429(1_500, 1);
        submit(restingBuy("storm-1", "30000.00"));
        submit(restingBuy("storm-2", "30001.00"));
        waitFor(() -> statusOf("storm-1") == OrderStatus.ACCEPTED && statusOf("storm-2") == OrderStatus.ACCEPTED,
                "both orders placed after the storm");
        assertTrue(fake.answered429() >= 1, "the storm answered 429");
        assertEquals(0, fake.requestsWhileWaiting(), "no request during the back-off the 429 asked for");
        assertEquals(0, fake.answered418(), "so no ban");
        fake.ban(1_500);
        submit(restingBuy("banned-1", "30002.00"));
        waitFor(() -> statusOf("banned-1") == OrderStatus.ACCEPTED, "placed after the ban");
        assertTrue(fake.answered418() >= 1, "the ban answered 418");
        assertTrue(fake.answered418() <= 2, "only the requests under way when it began met the ban: "
                + fake.answered418());
        for (String id : List.of("storm-1", "storm-2", "banned-1")) {
            assertEquals(1, fake.ordersWithClientId(id), id + " once");
        }
        assertEquals(3, fake.openOrderCount());

        long bars = live.status().barsProcessed();
        fake.klines().advance(2);
        waitFor(() -> live.status().barsProcessed() >= bars + 2, "bars go on after the storm");
        assertEquals("running", live.status().state());
        assertFalse(live.parts().killSwitch.state().engaged(), live.parts().killSwitch.state().reason());
    }

    @Test
    void aFillWhileTheUserStreamIsDroppedCountsOnceAfterItReconnects() throws Exception {
        startSession();
        submit(restingBuy("fill-in-gap", "30000.00"));
        waitFor(() -> statusOf("fill-in-gap") == OrderStatus.ACCEPTED, "resting at the venue");
        long subscriptions = binance.venue().exchange().userStreamSubscriptions();
        fake.dropUserStreamsOnNextFill();
        fake.setPrice("BTCUSDT", new BigDecimal("29990.00"));
        waitFor(() -> "FILLED".equals(fake.statusOf("fill-in-gap")), "filled at the venue");
        waitFor(() -> binance.venue().exchange().userStreamSubscriptions() > subscriptions,
                "the user stream subscribes again");
        waitFor(() -> live.parts().portfolio.positionLots(btc) == 100, "the fill reaches the session");
        waitFor(() -> statusOf("fill-in-gap") == null, "and closes the order");
        assertEquals(100, live.parts().portfolio.positionLots(btc), "counted once");
        assertEquals(1, fake.ordersWithClientId("fill-in-gap"));
        assertFalse(live.parts().killSwitch.state().engaged(), live.parts().killSwitch.state().reason());
    }

    @Test
    void aRestartWithAnOpenOrderAdoptsItNeitherResentNorLost() throws Exception {
        startSession();
        submit(restingBuy("kept", "30000.00"));
        waitFor(() -> statusOf("kept") == OrderStatus.ACCEPTED, "resting at the venue");
        stopSession();

        startSession();
        waitFor(() -> statusOf("kept") == OrderStatus.ACCEPTED, "the restarted session holds the order");
        assertEquals(1, fake.ordersWithClientId("kept"), "not sent again");
        assertEquals(1, fake.openOrderCount(), "still the one order at the venue");
        assertEquals(1, live.parts().exchange.openOrders().size(), "adopted once, not twice");
        assertTrue(live.orders(true, 10).stream().anyMatch(o -> o.clientId().equals("kept")), "shown as open");
        live.runOnEngine(() -> live.parts().exchange.cancel("kept", "test: cancel after restart"));
        waitFor(() -> fake.openOrderCount() == 0, "cancelled at the venue through the adopted order");
        waitFor(() -> statusOf("kept") == null, "and closed in the session");
        assertEquals("CANCELED", fake.statusOf("kept"));
    }
}
