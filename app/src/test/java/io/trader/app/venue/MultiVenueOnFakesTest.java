package io.trader.app.venue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.http.ApiToken;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.MergedFeed;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.hyperliquid.FakeCoin;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.SimulatedAccountConfig;
import io.trader.fake.hyperliquid.SimulatedExchange;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.HyperliquidConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One live session on two venues (two fake Hyperliquid venues, one trading BTC, the other ETH, each with its own
 * account): orders are routed to the instrument's venue, each venue's position equals the session's, each venue keeps
 * its own fill ledger, reconciliations after the start do not halt, the session's /metrics shows each venue's orders,
 * fills, positions, reconciliations and rate-limit budget on that venue ({@link VenueSeries}), and the kill switch
 * flattens both venues.
 */
class MultiVenueOnFakesTest {

    private static final HyperliquidConnection CONNECTION =
            HyperliquidConnection.defaults(HyperliquidConfig.DEFAULT.baseUrl());

    @Test
    void aSessionOnTwoVenuesRoutesByInstrumentAndTheKillSwitchFlattensEvery(@TempDir Path dir) throws Exception {
        long now = System.currentTimeMillis() / 60_000 * 60_000;
        FakeHyperliquid fakeA = FakeHyperliquid.start(FakeConfig.defaults().withStartTime(now)
                .withCoins(List.of(FakeCoin.of("BTC", 5, "30135.0"))));
        FakeHyperliquid fakeB = FakeHyperliquid.start(FakeConfig.defaults().withStartTime(now)
                .withCoins(List.of(FakeCoin.of("ETH", 4, "1903.95"))));
        SimulatedExchange simA = new SimulatedExchange(SimulatedAccountConfig.testnet(LiveOnFake.ACCOUNT)).attach(fakeA);
        SimulatedExchange simB = new SimulatedExchange(SimulatedAccountConfig.testnet(LiveOnFake.ACCOUNT)).attach(fakeB);
        HyperliquidMarketData mdA = HyperliquidMarketData.open(fakeA.baseUrl(), List.of("BTC"), "1m");
        HyperliquidMarketData mdB = HyperliquidMarketData.open(fakeB.baseUrl(), List.of("ETH"), "1m");
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "multi");
        PaperSession live = null;
        ApplicationContext ctx = null;
        try {
            InstrumentSpec btc = mdA.spec("BTC");
            InstrumentSpec eth = mdB.spec("ETH");
            HyperliquidVenue a = venue(mdA, fakeA, btc);
            HyperliquidVenue b = venue(mdB, fakeB, eth).named("hyperliquid-b");
            MultiVenueBinding both = new MultiVenueBinding(List.of(a, b), 30_000);
            assertEquals("hyperliquid+hyperliquid-b", both.name());
            TraderSettings settings = TraderSettings.defaults().with("trader.initial-cash", "2000")
                    .with("trader.data-dir", dir.resolve("data").toString());
            live = new PaperSession(settings, Assembly.SMA_CROSS, "multi",
                    new MergedFeed(List.of(mdA.feed(), mdB.feed())), store, Clock.systemUTC(), both);
            LiveWiring.connectAll(List.of(mdA, mdB), List.of(a, b), live, 100);
            live.start();
            PaperSession s = live;
            assertFalse(s.parts().killSwitch.state().engaged(), "the start-up reconciliations agree");

            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (s.parts().portfolio.positionLots(btc) == 0 || s.parts().portfolio.positionLots(eth) == 0) {
                assertTrue(System.nanoTime() < deadline, "the SMA rule takes a position on both venues: BTC "
                        + s.parts().portfolio.positionLots(btc) + ", ETH " + s.parts().portfolio.positionLots(eth)
                        + ", orders at A " + simA.orders().size() + ", at B " + simB.orders().size() + ", halted "
                        + s.parts().killSwitch.state().reason() + ", bars " + s.parts().engine.barsProcessed());
                fakeA.advanceCandles("BTC", "1m", 1);
                fakeB.advanceCandles("ETH", "1m", 1);
                Thread.sleep(30);
            }
            waitFor(() -> lots(simA, "BTC", btc) == s.parts().portfolio.positionLots(btc)
                    && lots(simB, "ETH", eth) == s.parts().portfolio.positionLots(eth),
                    "each venue holds the session's position in its own instrument");
            assertTrue(simA.orders().stream().noneMatch(o -> o.toString().contains("ETH")), "no ETH order at A");
            List<Fill> fillsA = s.parts().engine.appliedFills("hyperliquid").recent();
            List<Fill> fillsB = s.parts().engine.appliedFills("hyperliquid-b").recent();
            assertFalse(fillsA.isEmpty());
            assertFalse(fillsB.isEmpty());
            assertTrue(fillsA.stream().allMatch(f -> f.instrument().symbol().equals(btc.symbol())), "A's ledger");
            assertTrue(fillsB.stream().allMatch(f -> f.instrument().symbol().equals(eth.symbol())), "B's ledger");

            waitFor(() -> s.positions().stream().anyMatch(p -> p.instrument().equals(btc.symbol())
                    && p.venue().equals("hyperliquid")) && s.positions().stream().anyMatch(
                    p -> p.instrument().equals(eth.symbol()) && p.venue().equals("hyperliquid-b")),
                    "the API names each position's venue");
            assertTrue(s.orders(false, 100).stream().allMatch(o -> o.venue().equals(
                    o.instrument().equals(btc.symbol()) ? "hyperliquid" : "hyperliquid-b")), "and each order's");

            boolean[] done = new boolean[1];
            s.runOnEngine(() -> {
                s.reconcileWithVenue();
                done[0] = true;
            });
            waitFor(() -> done[0], "a reconciliation of both venues");
            assertFalse(s.parts().killSwitch.state().engaged(),
                    "each venue's money moved with its own instruments: " + s.parts().killSwitch.state().reason());
            ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                    .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))
                    .singletons(s, new ApiToken("multi-venue-test-token-0123456789")).start();
            URI metrics = URI.create("http://127.0.0.1:" + ctx.getBean(EmbeddedServer.class).getPort() + "/metrics");
            VenueSeries.check(metrics, s, a, b, btc, eth);
            VenueSeries.liveDashboardQueries(metrics.getPort(), dir.resolve("prometheus"),
                    java.util.Set.of(a.name(), b.name()));

            s.engageKillSwitch("test halt", true);
            waitFor(() -> s.venueFlatten() != null, "the flatten started");
            FlattenReport report = s.venueFlatten().get(60, TimeUnit.SECONDS);
            assertTrue(report.flat(), "flat: " + report);
            assertEquals(0, simA.position("BTC").signum(), "venue A is flat");
            assertEquals(0, simB.position("ETH").signum(), "venue B is flat");
            assertTrue(simA.openOrders().isEmpty() && simB.openOrders().isEmpty(), "no order open anywhere");
            waitFor(() -> s.parts().portfolio.positionLots(btc) == 0 && s.parts().portfolio.positionLots(eth) == 0,
                    "the session is flat on both");
        } finally {
            if (ctx != null) {
                ctx.close();
            }
            if (live != null) {
                live.stop();
            }
            mdA.close();
            mdB.close();
            store.close();
            db.close();
            fakeA.close();
            fakeB.close();
        }
    }

    @Test
    void oneInstrumentOnTwoVenuesIsRefusedWithTheReason() {
        HyperliquidVenue a = new HyperliquidVenue(null, CONNECTION, HyperliquidConfig.DEFAULT, null,
                List.of(new InstrumentSpec("BTC", 0, 5)));
        HyperliquidVenue b = new HyperliquidVenue(null, CONNECTION, HyperliquidConfig.DEFAULT, null,
                List.of(new InstrumentSpec("BTC", 0, 5))).named("hyperliquid-b");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MultiVenueBinding(List.of(a, b), 1_000));
        assertTrue(e.getMessage().contains("BTC is traded on both hyperliquid and hyperliquid-b"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MultiVenueBinding(List.of(a,
                new HyperliquidVenue(null, CONNECTION, HyperliquidConfig.DEFAULT, null, List.of(new InstrumentSpec("ETH", 1, 4)))),
                1_000), "two venues named hyperliquid");
    }

    private static HyperliquidVenue venue(HyperliquidMarketData md, FakeHyperliquid fake, InstrumentSpec spec) {
        HyperliquidConfig config = HyperliquidConfig.DEFAULT.withBaseUrl(fake.baseUrl()).withDeadMan(0, 0);
        HyperliquidSigner signer = HyperliquidSigner.fromHex(LiveOnFake.KEY.toCharArray(), Network.TESTNET, null,
                new NonceSource(System::currentTimeMillis, 0));
        return new HyperliquidVenue(md.vertx(), md.connection(), config, signer, List.of(spec));
    }

    private static long lots(SimulatedExchange sim, String coin, InstrumentSpec spec) {
        return sim.position(coin).movePointRight(spec.qtyScale()).longValueExact();
    }
}
