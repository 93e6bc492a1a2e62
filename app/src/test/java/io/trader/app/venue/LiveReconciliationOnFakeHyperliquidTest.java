package io.trader.app.venue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.config.TraderSettings;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.OrderRow;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.SimulatedAccountConfig;
import io.trader.fake.hyperliquid.SimulatedExchange;
import io.trader.layer0.core.hyperliquid.FeedState;
import io.trader.layer4.core.hyperliquid.HyperliquidSigner;
import io.trader.layer4.core.hyperliquid.Network;
import io.trader.layer4.core.hyperliquid.NonceSource;
import io.trader.layer4.venue.hyperliquid.HyperliquidConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live session on the fake Hyperliquid holding a position: reconciliations after user-stream reconnects find
 * the session equal to the venue and do not halt; a kill-switch flatten whose fill is lost in a stream drop still
 * ends flat, with the sale credited exactly once (the session's equity moved exactly as the venue's account value),
 * every order closed in the session and the store.
 */
class LiveReconciliationOnFakeHyperliquidTest {

    private static final String KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    private static final String ACCOUNT = "0x14791697260e4c9a71f18484c9f997b308e59325";

    @Test
    void reconnectsConvergeAndAFillLostInADropIsCreditedOnce(@TempDir Path dir) throws Exception {
        long now = System.currentTimeMillis() / 60_000 * 60_000;
        try (FakeHyperliquid fake = FakeHyperliquid.start(FakeConfig.defaults().withStartTime(now));
             Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            SimulatedExchange sim = new SimulatedExchange(SimulatedAccountConfig.testnet(ACCOUNT)).attach(fake);
            HyperliquidMarketData md = HyperliquidMarketData.open(fake.baseUrl(), List.of("BTC"), "1m");
            HyperliquidConfig config = HyperliquidConfig.DEFAULT.withBaseUrl(fake.baseUrl()).withDeadMan(0, 0);
            HyperliquidSigner signer = HyperliquidSigner.fromHex(KEY.toCharArray(), Network.TESTNET, null,
                    new NonceSource(System::currentTimeMillis, 0));
            InstrumentSpec btc = md.spec("BTC");
            HyperliquidVenue hl = new HyperliquidVenue(md.vertx(), config, signer, List.of(btc));
            TradingStore store = new TradingStore(db.dataSource(), "live");
            TraderSettings settings = TraderSettings.defaults().with("trader.initial-cash", "1000")
                    .with("trader.data-dir", dir.resolve("data").toString());
            BigDecimal venueStart = accountValue(sim);
            PaperSession live = new PaperSession(settings, Assembly.SMA_CROSS, "live", md.feed(), store,
                    Clock.systemUTC(), hl);
            int[] reconnectReconciles = new int[1];
            try {
                long historyEnd = md.start(live.parts().risk, 100, hl.user(), hl.userListener(), status -> {
                    if (status.state() == FeedState.LIVE && (status.stream().startsWith("orderUpdates")
                            || status.stream().startsWith("userFills"))) {
                        live.runOnEngine(() -> {
                            live.reconcileWithVenue();
                            reconnectReconciles[0]++;
                        });
                    }
                });
                live.warmUpUntil(historyEnd);
                live.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (live.parts().portfolio.positionLots(btc) == 0) {
                    assertTrue(System.nanoTime() < deadline, "the SMA rule buys within 90 s of streamed candles");
                    fake.advanceCandles("BTC", "1m", 1);
                    Thread.sleep(30);
                }
                waitFor(() -> lots(sim.position("BTC"), btc) == live.parts().portfolio.positionLots(btc),
                        "the session's position equals the venue's");

                // a reconnect with a position held: the reconciliation finds the two equal and does not halt
                int before = reconnectReconciles[0];
                fake.dropConnections();
                waitFor(() -> reconnectReconciles[0] > before, "a reconciliation after the reconnect");
                assertFalse(live.parts().killSwitch.state().engaged(),
                        "no halt for a position the venue and the session agree on: " + live.parts().killSwitch
                                .state().reason());
                waitFor(() -> lots(sim.position("BTC"), btc) == live.parts().portfolio.positionLots(btc),
                        "still equal after the reconnect (the strategy may have traded meanwhile)");

                // the kill switch's flatten fills while the user streams are down: the fill is recovered, once
                sim.dropStreamsOnNextAccept();
                live.engageKillSwitch("test halt", true);
                waitFor(() -> live.venueFlatten() != null, "the venue flatten started");
                FlattenReport report = live.venueFlatten().get(60, TimeUnit.SECONDS);
                assertTrue(report.flat(), "flat: " + report);
                assertEquals(0, sim.position("BTC").signum(), "the venue is flat");
                assertTrue(sim.openOrders().isEmpty(), "no order open at the venue");
                waitFor(() -> live.parts().portfolio.positionLots(btc) == 0, "the session is flat");
                BigDecimal movedVenue = accountValue(sim).subtract(venueStart);
                BigDecimal movedLocal = BigDecimal.valueOf(live.parts().portfolio.equityCash(), 8)
                        .subtract(new BigDecimal("1000"));
                assertTrue(movedLocal.subtract(movedVenue).abs().compareTo(new BigDecimal("0.01")) <= 0,
                        "the session's equity moved " + movedLocal + ", the venue's account value " + movedVenue);
                assertTrue(movedVenue.signum() != 0, "fees were paid at the venue");
                assertTrue(live.parts().exchange.openOrders().isEmpty(), "no order open in the session");
                assertEquals(0, live.parts().portfolio.openOrderLots(btc));
                store.flush();
                for (OrderRow o : store.recentOrders(100)) {
                    assertTrue(o.status().isTerminal(), "stored order " + o.clientId() + " is " + o.status());
                }
            } finally {
                live.stop();
                md.close();
                store.close();
            }
        }
    }

    static BigDecimal accountValue(SimulatedExchange sim) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String state = sim.answerInfo(json.readTree("{\"type\":\"clearinghouseState\",\"user\":\"" + ACCOUNT
                + "\"}")).orElseThrow();
        return new BigDecimal(json.readTree(state).path("marginSummary").path("accountValue").asText());
    }

    private static long lots(BigDecimal size, InstrumentSpec spec) {
        return size.movePointRight(spec.qtyScale()).longValueExact();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(20);
        }
    }
}
