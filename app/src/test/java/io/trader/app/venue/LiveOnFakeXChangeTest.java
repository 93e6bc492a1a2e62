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
import io.trader.fake.coinbase.CoinbaseSignature;
import io.trader.fake.coinbase.FakeCoinbase;
import io.trader.fake.coinbase.FakeCoinbaseMarket;
import io.trader.fake.okx.FakeOkx;
import io.trader.fake.spot.FakeSpotMarket;
import io.trader.fake.okx.OkxSignature;
import io.trader.venue.xchange.XChangeCredentials;
import io.trader.venue.xchange.XChangeExchange;
import io.trader.venue.xchange.XChangeVenue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live session on the fakes of the XChange route (the wiring of {@code ./trader live --venue okx|coinbase
 * --base-url <fake>}): warm-up and live bars built from the venue's public trades through the real XChange 5.2.1
 * modules, a clean start-up reconciliation with the starting balances kept in the data directory, an order sent
 * through the session filled at the venue with the session's position equal to the venue's balance change, and the
 * kill switch flattening at the venue. The bars' clock is the test's: trades are printed at past minutes and the
 * clock moved past each minute, so no test waits for wall-clock minutes.
 */
class LiveOnFakeXChangeTest {

    static final BigDecimal PRICE = new BigDecimal("50000");
    static final BigDecimal START_BTC = new BigDecimal("2");

    /** What the test needs from one fake. */
    interface Venue extends AutoCloseable {
        String baseUrl();

        XChangeCredentials keys();

        /** A trade of others on the public tape at {@code time}. */
        void print(BigDecimal price, long time);

        BigDecimal btc();

        /** BTC the venue charged as fees (buys on OKX): the account received that much less than it bought. */
        BigDecimal btcFees();

        int openOrders();

        /** Every order the venue ever took. */
        int allOrders();

        @Override
        void close();
    }

    @Test
    void okxTradesOnBarsFromItsPublicTradesAndTheKillSwitchFlattens(@TempDir Path dir) throws Exception {
        FakeSpotMarket m = new FakeSpotMarket(FakeOkx.defaultProducts());
        m.setPrice("BTC-USDT", PRICE);
        m.setBalance("USDT", new BigDecimal("100000"));
        m.setBalance("BTC", START_BTC);
        FakeOkx fake = new FakeOkx(m, new OkxSignature("okx-key", "okx-secret-0123456789", "okx-pass", true));
        fake.start();
        run(dir, "okx", "BTC-USDT", new Venue() {
            public String baseUrl() {
                return fake.baseUrl();
            }

            public XChangeCredentials keys() {
                return new XChangeCredentials("okx-key", "okx-secret-0123456789", "okx-pass");
            }

            public void print(BigDecimal price, long time) {
                m.print("BTC-USDT", price, new BigDecimal("0.001"), "buy", time);
            }

            public BigDecimal btc() {
                return m.balances().getOrDefault("BTC", BigDecimal.ZERO);
            }

            public BigDecimal btcFees() {
                return m.executions("BTC-USDT", null).stream().filter(e -> "BTC".equals(e.feeCurrency()))
                        .map(FakeSpotMarket.Execution::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
            }

            public int openOrders() {
                return m.openOrders(null).size();
            }

            public int allOrders() {
                return m.allOrders().size();
            }

            public void close() {
                fake.close();
            }
        });
    }

    @Test
    void coinbaseTradesOnBarsFromItsPublicTradesAndTheKillSwitchFlattens(@TempDir Path dir) throws Exception {
        FakeCoinbaseMarket m = new FakeCoinbaseMarket(FakeCoinbase.defaultProducts());
        m.setPrice("BTC-USD", PRICE);
        m.setBalance("USD", new BigDecimal("100000"));
        m.setBalance("BTC", START_BTC);
        String secret = "ZmFrZS1zZWNyZXQtZm9yLWxvY2FsLXRlc3Rz"; // base64 of a made-up secret
        FakeCoinbase fake = new FakeCoinbase(m, new CoinbaseSignature("cb-key", secret, "cb-pass"));
        fake.start();
        run(dir, "coinbase", "BTC-USD", new Venue() {
            public String baseUrl() {
                return fake.baseUrl();
            }

            public XChangeCredentials keys() {
                return new XChangeCredentials("cb-key", secret, "cb-pass");
            }

            public void print(BigDecimal price, long time) {
                m.print("BTC-USD", price, new BigDecimal("0.001"), "buy", time);
            }

            public BigDecimal btc() {
                return m.balances().getOrDefault("BTC", BigDecimal.ZERO);
            }

            public BigDecimal btcFees() {
                return BigDecimal.ZERO; // Coinbase charges fees in the quote currency
            }

            public int openOrders() {
                return m.openOrders(null).size();
            }

            public int allOrders() {
                return m.allOrders().size();
            }

            public void close() {
                fake.close();
            }
        });
    }

    private static void run(Path dir, String venueName, String symbol, Venue venue) throws Exception {
        long minute = 60_000;
        // the bars' clock: 2 s past a minute boundary two hours ago (so the venue's own prints at wall time never close)
        long boundary = System.currentTimeMillis() / minute * minute - 120 * minute;
        AtomicLong clock = new AtomicLong(boundary + XChangeLive.GRACE_MS);
        LongSupplier now = clock::get;
        for (int i = 40; i >= 1; i--) { // 40 minutes of history, one trade a minute
            venue.print(PRICE, boundary - i * minute + 1_000);
        }
        Path data = dir.resolve("data");
        XChangeLive x = XChangeLive.prepare(venueName, venue.keys(),
                new XChangeVenue.Options(false, venue.baseUrl(), false, 5_000), List.of(symbol), "1m", 100, 30_000,
                data, 100, new XChangeExchange.Settings(100, 3, 100, 100, 5), now);
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), venueName);
        PaperSession live = new PaperSession(TraderSettings.defaults().with("trader.initial-cash", "1000")
                .with("trader.data-dir", data.toString()), Assembly.SMA_CROSS, venueName, x.feed(), store,
                Clock.systemUTC(), x.venue());
        try {
            x.connect(live);
            live.start();
            assertFalse(live.parts().killSwitch.state().engaged(), "a clean start-up reconciliation");
            assertTrue(Files.exists(data.resolve(XChangeReconciler.startFile(venueName))), "starting balances kept");
            InstrumentSpec btc = x.venue().instruments().get(0);
            assertEquals(40, x.warmupBars(), "a warm-up bar for each minute of history the venue served");
            long warm = 0; // warm-up bars only warm the models: not counted as processed

            for (int i = 0; i < 3; i++) { // live bars: a trade in the open minute, then the clock passes its end
                venue.print(PRICE, boundary + 1_000);
                boundary += minute;
                clock.set(boundary + XChangeLive.GRACE_MS);
                long expected = warm + i + 1;
                waitFor(() -> live.status().barsProcessed() == expected, "live bar " + (i + 1) + " from the trades");
            }
            assertEquals(0, x.lateTrades(), "no trade came after its bar");

            long lots = btc.lotsPerUnit() / 100; // 0.01 BTC
            live.runOnEngine(() -> live.parts().exchange.submit(OrderRequest.limit("probe-buy", btc, Side.BUY, lots,
                    btc.ticks(new BigDecimal("50100")), TimeInForce.GTC, false, System.currentTimeMillis(),
                    "test: marketable buy")));
            waitFor(() -> live.parts().portfolio.positionLots(btc) > 0, "the buy filled at the venue");
            long net = lots - venue.btcFees().movePointRight(btc.qtyScale()).longValueExact();
            waitFor(() -> live.parts().portfolio.positionLots(btc) == net, "the session holds what the account"
                    + " received: the lots bought less a fee charged in BTC (OKX)");
            assertEquals(net, venueLots(venue, btc), "the session's position equals the venue's BTC change");
            java.util.List<String> halts = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.CompletableFuture<io.trader.core.venue.ReconciliationResult> check =
                    new java.util.concurrent.CompletableFuture<>();
            live.runOnEngine(() -> check.complete(x.venue().reconcile(live.parts(), halts::add)));
            var r = check.get(60, TimeUnit.SECONDS);
            assertEquals(List.of(), halts, "a reconciliation after the fill finds nothing unexplained");
            assertEquals(net, r.positions().get(symbol), "the venue's position as the reconciliation read it");
            assertFalse(live.parts().killSwitch.state().engaged());

            int before = venue.allOrders();
            live.runOnEngine(() -> live.parts().exchange.submit(OrderRequest.limit("probe-ioc", btc, Side.BUY, lots,
                    btc.ticks(new BigDecimal("40000")), TimeInForce.IOC, false, System.currentTimeMillis(),
                    "test: an IOC that does not cross (OKX: sent GTC, cancelled on arrival)")));
            waitFor(() -> venue.allOrders() == before + 1, "the IOC reached the venue");
            waitFor(() -> venue.openOrders() == 0 && live.parts().exchange.openOrders().isEmpty(),
                    "and nothing of it rests there");

            live.runOnEngine(() -> live.parts().exchange.submit(OrderRequest.limit("probe-rest", btc, Side.BUY, lots,
                    btc.ticks(new BigDecimal("40000")), TimeInForce.GTC, false, System.currentTimeMillis(),
                    "test: resting order")));
            waitFor(() -> venue.openOrders() == 1, "a resting order is open at the venue");
            live.engageKillSwitch("test halt", true);
            waitFor(() -> live.venueFlatten() != null, "the flatten started");
            FlattenReport report = live.venueFlatten().get(60, TimeUnit.SECONDS);
            assertTrue(report.flat(), "flat: " + report);
            assertEquals(0, venue.openOrders(), "the kill switch cancelled at the venue");
            assertEquals(0, venueLots(venue, btc), "the venue is back at its starting BTC");
            waitFor(() -> live.parts().portfolio.positionLots(btc) == 0, "and the session is flat");
            assertEquals(venueName, live.status().venue());
        } finally {
            live.stop();
            x.close();
            store.close();
            db.close();
            venue.close();
        }
    }

    private static long venueLots(Venue venue, InstrumentSpec btc) {
        return venue.btc().subtract(START_BTC).movePointRight(btc.qtyScale()).longValueExact();
    }
}
