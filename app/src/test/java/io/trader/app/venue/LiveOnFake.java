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
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.HyperliquidConfig;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live {@code sma-cross} session on BTC 1m against the local fake Hyperliquid (a simulated account for the SDK
 * tests' throwaway key) with the embedded PostgreSQL: the set-up the live-on-fake tests share. Not started: call
 * {@link #start} (the wiring of {@code ./trader live}) or {@code md.start(...)} directly.
 */
final class LiveOnFake implements AutoCloseable {

    /** The SDK tests' throwaway key and its address; never a real account. */
    static final String KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    static final String ACCOUNT = "0x14791697260e4c9a71f18484c9f997b308e59325";

    final FakeHyperliquid fake;
    final Database db;
    final SimulatedExchange sim;
    final HyperliquidMarketData md;
    final InstrumentSpec btc;
    final HyperliquidVenue hl;
    final TradingStore store;
    final PaperSession live;

    /** @param dataDir the session's data directory, or null for the default */
    LiveOnFake(Path dir, String session, Path dataDir) {
        long now = System.currentTimeMillis() / 60_000 * 60_000;
        fake = FakeHyperliquid.start(FakeConfig.defaults().withStartTime(now));
        db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        sim = new SimulatedExchange(SimulatedAccountConfig.testnet(ACCOUNT)).attach(fake);
        md = HyperliquidMarketData.open(fake.baseUrl(), List.of("BTC"), "1m");
        HyperliquidConfig config = HyperliquidConfig.DEFAULT.withBaseUrl(fake.baseUrl()).withDeadMan(0, 0);
        HyperliquidSigner signer = HyperliquidSigner.fromHex(KEY.toCharArray(), Network.TESTNET, null,
                new NonceSource(System::currentTimeMillis, 0));
        btc = md.spec("BTC");
        hl = new HyperliquidVenue(md.vertx(), md.connection(), config, signer, List.of(btc));
        store = new TradingStore(db.dataSource(), session);
        TraderSettings settings = TraderSettings.defaults().with("trader.initial-cash", "1000");
        if (dataDir != null) {
            settings = settings.with("trader.data-dir", dataDir.toString());
        }
        live = new PaperSession(settings, Assembly.SMA_CROSS, session, md.feed(), store, Clock.systemUTC(), hl);
    }

    /** Connects as {@code ./trader live} does (reconciling after every user-stream reconnect) and starts. */
    void start() {
        LiveWiring.connect(md, hl, live, 100);
        live.start();
    }

    /** Streams candles until the SMA rule holds a position (at most 90 s). */
    void tradeUntilPosition() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (live.parts().portfolio.positionLots(btc) == 0) {
            assertTrue(System.nanoTime() < deadline, "the SMA rule buys within 90 s of streamed candles");
            fake.advanceCandles("BTC", "1m", 1);
            Thread.sleep(30);
        }
    }

    /** The venue's position in the session's lots. */
    long venueLots() {
        return lots(sim.position("BTC"));
    }

    long lots(BigDecimal size) {
        return size.movePointRight(btc.qtyScale()).longValueExact();
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        live.stop();
        md.close();
        store.close();
        db.close();
        fake.close();
    }
}
