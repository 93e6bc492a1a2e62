package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.SimulatedAccountConfig;
import io.trader.fake.hyperliquid.SimulatedExchange;
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
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full pipeline trading live against the local fake Hyperliquid: signed orders that the fake accepts
 * only from the configured key, fills back over the user streams, the session's position equal to the
 * venue's, and the kill switch flattening the position at the venue.
 */
class LiveSessionOnFakeHyperliquidTest {

    /** The SDK tests' throwaway key and its address; never a real account. */
    private static final String KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    private static final String ACCOUNT = "0x14791697260e4c9a71f18484c9f997b308e59325";

    @Test
    void liveSessionTradesOnTheFakeVenueAndTheKillSwitchFlattensThere(@TempDir Path dir) throws Exception {
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
            TraderSettings settings = TraderSettings.defaults().with("trader.initial-cash", "1000");
            PaperSession live = new PaperSession(settings, Assembly.SMA_CROSS, "live", md.feed(), store,
                    Clock.systemUTC(), hl);
            try {
                long historyEnd = md.start(live.parts().risk, 100, hl.user(), hl.userListener(), s -> {
                });
                live.warmUpUntil(historyEnd);
                live.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (live.parts().portfolio.positionLots(btc) == 0) {
                    assertTrue(System.nanoTime() < deadline, "the SMA rule buys within 90 s of streamed candles");
                    fake.advanceCandles("BTC", "1m", 1);
                    Thread.sleep(30);
                }
                assertTrue(sim.orders().size() >= 1, "the order reached the venue");
                assertTrue(sim.signers().stream().allMatch(ACCOUNT::equalsIgnoreCase),
                        "every action recovers to the configured account: " + sim.signers());
                waitFor(() -> lots(sim.position("BTC"), btc) == live.parts().portfolio.positionLots(btc),
                        "the session's position equals the venue's");

                live.engageKillSwitch("test halt", true);
                waitFor(() -> sim.position("BTC").signum() == 0, "the kill switch flattened the venue position");
                waitFor(() -> live.parts().portfolio.positionLots(btc) == 0, "and the session knows it");
                int orders = sim.orders().size();
                fake.advanceCandles("BTC", "1m", 20);
                Thread.sleep(500);
                assertEquals(orders, sim.orders().size(), "no order after the kill switch");
            } finally {
                live.stop();
                md.close();
                store.close();
            }
        }
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
