package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.app.venue.BinanceVenue;
import io.trader.app.venue.HyperliquidVenue;
import io.trader.app.venue.KrakenVenue;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.fake.binance.FakeBinance;
import io.trader.fake.binance.FakeBinanceConfig;
import io.trader.fake.hyperliquid.FakeCoin;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.SimulatedAccountConfig;
import io.trader.fake.hyperliquid.SimulatedExchange;
import io.trader.fake.kraken.FakeKraken;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./trader live --venue hyperliquid,binance,kraken} as the CLI builds it ({@link LiveVenues}), on three local
 * fakes of three venue families, keys read from key files: the start-up reconciliation with all three is clean, an
 * order on each instrument goes to that instrument's venue only and fills there, and the kill switch flattens every
 * venue.
 */
class LiveVenuesOnFakesTest {

    /** Test keys of the fakes; never real accounts. */
    private static final String HL_KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    private static final String HL_ACCOUNT = "0x14791697260e4c9a71f18484c9f997b308e59325";
    private static final String KRAKEN_SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

    @Test
    void threeVenueFamiliesInOneSessionRouteByInstrumentAndTheKillSwitchFlattensEvery(@TempDir Path dir)
            throws Exception {
        long now = System.currentTimeMillis() / 60_000 * 60_000;
        FakeHyperliquid hl = FakeHyperliquid.start(FakeConfig.defaults().withStartTime(now)
                .withCoins(List.of(FakeCoin.of("BTC", 5, "30135.0"))));
        SimulatedExchange hlSim = new SimulatedExchange(SimulatedAccountConfig.testnet(HL_ACCOUNT)).attach(hl);
        FakeBinance binance = FakeBinance.start(FakeBinanceConfig.defaults("test-key", "test-secret"));
        Vertx vertx = Vertx.vertx();
        FakeKraken kraken = new FakeKraken(vertx);
        kraken.addKey("test-key", KRAKEN_SECRET, 20, 20);
        kraken.setBalance("USDT", new BigDecimal("10000"));
        kraken.start(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        kraken.advanceCandles("XBTUSDT", 150);
        // the venue pushes its book continually; the fake only when asked: without pushes the session sees the
        // Hyperliquid book go stale after 10 s and (rightly) refuses to buy on it, which failed this test on a
        // slow start
        ScheduledExecutorService books = Executors.newSingleThreadScheduledExecutor();
        books.scheduleAtFixedRate(() -> hl.pushBook("BTC"), 1, 1, TimeUnit.SECONDS);

        Path keys = Files.createDirectories(dir.resolve("keys"));
        Map<String, Path> keyFiles = Map.of(Venues.HYPERLIQUID, keyFile(keys, "hl", HL_KEY),
                Venues.BINANCE, keyFile(keys, "binance", "test-key\ntest-secret"),
                Venues.KRAKEN, keyFile(keys, "kraken", "test-key\n" + KRAKEN_SECRET));
        TraderSettings settings = TraderSettings.defaults().with("trader.initial-cash", "3000")
                .with("trader.data-dir", dir.resolve("data").toString());
        LiveVenues.Options options = new LiveVenues.Options(settings, false, "1m", 100, keyFiles);
        List<LiveVenues.Part> parts = new ArrayList<>();
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "multi");
        PaperSession live = null;
        try {
            Map<String, List<String>> symbols = LiveVenues.symbolsByVenue(
                    List.of(Venues.HYPERLIQUID, Venues.BINANCE, Venues.KRAKEN),
                    List.of("hyperliquid:BTC", "binance:ETHUSDT", "kraken:XBTUSDT"));
            parts.add(LiveVenues.open(Venues.HYPERLIQUID, symbols.get(Venues.HYPERLIQUID), hl.baseUrl(), options));
            parts.add(LiveVenues.open(Venues.BINANCE, symbols.get(Venues.BINANCE), binance.baseUrl(), options));
            parts.add(LiveVenues.open(Venues.KRAKEN, symbols.get(Venues.KRAKEN), kraken.baseUrl(), options));
            live = new PaperSession(settings, Assembly.SMA_CROSS, "multi", LiveVenues.feed(parts), store,
                    Clock.systemUTC(), LiveVenues.binding(parts, settings), LiveVenues.aux(parts));
            PaperSession s = live;
            parts.forEach(p -> p.connect().accept(s));
            s.start();
            assertFalse(s.parts().killSwitch.state().engaged(),
                    "the start-up reconciliations of all three agree: " + s.parts().killSwitch.state().reason());

            InstrumentSpec btc = ((HyperliquidVenue) parts.get(0).binding()).instruments().get(0);
            BinanceVenue binanceVenue = (BinanceVenue) parts.get(1).binding();
            InstrumentSpec eth = binanceVenue.instruments().get(0);
            KrakenVenue krakenVenue = (KrakenVenue) parts.get(2).binding();
            InstrumentSpec xbt = krakenVenue.instruments().get(0);
            List<InstrumentSpec> all = List.of(btc, eth, xbt);
            for (InstrumentSpec spec : all) {
                long lots = new BigDecimal(spec == eth ? "0.01" : "0.001").movePointRight(spec.qtyScale())
                        .longValueExact();
                OrderRequest buy = OrderRequest.market("probe-" + spec.symbol(), spec, Side.BUY, lots, false,
                        System.currentTimeMillis(), "test: a position on each venue");
                s.runOnEngine(() -> s.parts().exchange.submit(buy));
            }
            waitFor(() -> all.stream().allMatch(i -> s.parts().portfolio.positionLots(i) > 0),
                    "each order fills on its own venue");
            waitFor(() -> lots(hlSim.position("BTC"), btc) == s.parts().portfolio.positionLots(btc)
                    && binanceLots(binanceVenue, eth) == s.parts().portfolio.positionLots(eth)
                    && lots(kraken.balance("XXBT"), xbt) == s.parts().portfolio.positionLots(xbt),
                    "each venue holds the session's position in its own instrument");
            waitFor(() -> s.positions().stream().anyMatch(p -> p.instrument().equals(eth.symbol())
                    && p.venue().equals("binance")) && s.positions().stream().anyMatch(
                    p -> p.instrument().equals(xbt.symbol()) && p.venue().equals("kraken")),
                    "the API names each position's venue");
            assertTrue(hlSim.orders().stream().noneMatch(o -> o.toString().contains("ETH")), "no ETH at Hyperliquid");

            s.engageKillSwitch("test halt", true);
            PaperSession started = s;
            waitFor(() -> started.venueFlatten() != null, "the flatten started");
            FlattenReport report = s.venueFlatten().get(90, TimeUnit.SECONDS);
            assertTrue(report.flat(), "flat: " + report);
            waitFor(() -> lots(hlSim.position("BTC"), btc) == 0 && binanceLots(binanceVenue, eth) == 0
                    && lots(kraken.balance("XXBT"), xbt) == 0, "every venue is flat");
            waitFor(() -> all.stream().allMatch(i -> started.parts().portfolio.positionLots(i) == 0),
                    "and the session");
        } finally {
            if (live != null) {
                live.stop();
            }
            books.shutdownNow();
            LiveVenues.closeAll(parts).close();
            store.close();
            db.close();
            hl.close();
            binance.close();
            kraken.close();
            vertx.close();
        }
    }

    @Test
    void multiVenueSymbolsNameTheirVenue() {
        List<String> venues = List.of(Venues.HYPERLIQUID, Venues.BINANCE);
        assertEquals(Map.of(Venues.HYPERLIQUID, List.of("BTC"), Venues.BINANCE, List.of("ETHUSDT", "BTCUSDT")),
                LiveVenues.symbolsByVenue(venues, List.of("hyperliquid:BTC", "binance:ETHUSDT", "binance:BTCUSDT")));
        assertTrue(assertThrows(RuntimeException.class, () -> LiveVenues.symbolsByVenue(venues, List.of("BTC")))
                .getMessage().contains("venue:SYMBOL"));
        assertTrue(assertThrows(RuntimeException.class, () -> LiveVenues.symbolsByVenue(venues,
                List.of("kraken:XBTUSDT", "hyperliquid:BTC", "binance:ETHUSDT"))).getMessage().contains("kraken"));
        assertTrue(assertThrows(RuntimeException.class, () -> LiveVenues.symbolsByVenue(venues,
                List.of("hyperliquid:BTC"))).getMessage().contains("binance has no symbol"));
    }

    private static Path keyFile(Path dir, String name, String content) throws Exception {
        Path f = dir.resolve(name + ".key");
        Files.writeString(f, content + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    private static long lots(BigDecimal qty, InstrumentSpec spec) {
        return (qty == null ? BigDecimal.ZERO : qty).movePointRight(spec.qtyScale()).longValueExact();
    }

    /** The venue's net fills in lots, read over signed REST through the adapter. */
    private static long binanceLots(BinanceVenue venue, InstrumentSpec spec) {
        try {
            return venue.exchange().readAccount(List.of(spec.symbol()), 0).toCompletableFuture()
                    .get(10, TimeUnit.SECONDS).fills().stream()
                    .mapToLong((Fill f) -> f.side() == Side.BUY ? f.qtyLots() : -f.qtyLots()).sum();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        // generous: Kraken on its default starter tier reports fills by polling, tens of seconds on a loaded machine
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(50);
        }
    }
}
