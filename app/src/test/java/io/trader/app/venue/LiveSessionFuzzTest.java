package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.testing.SharedData;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.SimulatedAccountConfig;
import io.trader.fake.hyperliquid.SimulatedExchange;
import io.trader.fake.hyperliquid.fuzz.FuzzCorpus;
import io.trader.fake.hyperliquid.fuzz.MessageMutator;
import io.trader.layer0.venue.hyperliquid.StreamCounters;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated venue messages (built from the recorded responses) pushed over the websocket into a running live
 * session, between real candles and orders: the session keeps running and trading, nothing escapes (no listener
 * error, no engine failure, no halt), the bad messages are counted and dropped by reason, and the session's position
 * still equals the venue's. {@code -Dfuzz.session.messages=N} sets how many (default 20,000).
 */
class LiveSessionFuzzTest {

    private static final String KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    private static final String ACCOUNT = "0x14791697260e4c9a71f18484c9f997b308e59325";

    @Test
    void mutatedVenueMessagesNeverStopARunningSession(@TempDir Path dir) throws Exception {
        FuzzCorpus corpus = FuzzCorpus.load(SharedData.sharedFile("hyperliquid/recorded/test_get_info.yaml")
                .getParent());
        List<String> seeds = corpus.wsMessages();
        int messages = Integer.getInteger("fuzz.session.messages", 20_000);
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
            TradingStore store = new TradingStore(db.dataSource(), "fuzz");
            TraderSettings settings = TraderSettings.defaults().with("trader.initial-cash", "1000")
                    .with("trader.data-dir", dir.resolve("data").toString());
            PaperSession live = new PaperSession(settings, Assembly.SMA_CROSS, "fuzz", md.feed(), store,
                    Clock.systemUTC(), hl);
            try {
                long historyEnd = md.start(live.parts().risk, 100, hl.user(), hl.userListener(), s -> {
                });
                live.warmUpUntil(historyEnd);
                live.start();
                MessageMutator mutator = new MessageMutator(20261203L);
                long t0 = System.nanoTime();
                for (int i = 0; i < messages; i++) {
                    fake.publishRaw(mutator.mutate(mutator.pick(seeds)));
                    if (i % 500 == 0) {
                        fake.advanceCandles("BTC", "1m", 1); // real candles keep the strategy trading
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                fake.advanceCandles("BTC", "1m", 1);
                waitFor(() -> md.counters().messagesByChannel().values().stream().mapToLong(Long::longValue).sum()
                        + md.counters().malformedByReason().values().stream().mapToLong(Long::longValue).sum()
                        >= messages, "every message reached the stream");
                StreamCounters c = md.counters();
                long dropped = c.malformedByReason().values().stream().mapToLong(Long::longValue).sum();
                System.out.printf("session fuzz: %d mutated messages in %.1f s into a live session; %d dropped by "
                        + "reason %s; %d listener errors; %d orders at the venue; session %s%n", messages, seconds,
                        dropped, c.malformedByReason(), c.listenerErrors(), sim.orders().size(), live.status().state());
                assertEquals("running", live.status().state(), "the engine never failed");
                assertEquals(0, c.listenerErrors(), "no exception escaped into the session's listeners");
                assertFalse(live.parts().killSwitch.state().engaged(), "nothing halted the session: "
                        + live.parts().killSwitch.state().reason());
                assertTrue(dropped > messages / 10, "mutated messages were counted and dropped by reason");
                waitFor(() -> lots(sim.position("BTC"), btc) == live.parts().portfolio.positionLots(btc),
                        "the session's position equals the venue's");
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
