package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.app.venue.XChangeBinding;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./trader live --venue okx|coinbase --base-url <fake> --key-file F} as the CLI builds it ({@link LiveVenues})
 * on the fakes {@code ./trader fake-venue --venue okx|coinbase} runs ({@link XChangeFakes}, the key from a key file):
 * a clean start-up, warm-up bars from the venue's public trades, an order filled at the venue and the kill switch
 * flattening there. Bybit is refused with the reason.
 */
class LiveXChangeVenuesOnFakesTest {

    @Test
    void okxFromTheCliWiring(@TempDir Path dir) throws Exception {
        run(dir, Venues.OKX, "apiKey=" + XChangeFakes.KEY + "\nsecret=" + XChangeFakes.SECRET + "\npassphrase="
                + XChangeFakes.PASSPHRASE, "BTC");
    }

    @Test
    void coinbaseFromTheCliWiring(@TempDir Path dir) throws Exception {
        run(dir, Venues.COINBASE, "apiKey=" + XChangeFakes.KEY + "\nsecret=" + XChangeFakes.COINBASE_SECRET
                + "\npassphrase=" + XChangeFakes.PASSPHRASE, "BTC-USD");
    }

    @Test
    void bybitIsRefusedWithItsModulesLimits(@TempDir Path dir) throws Exception {
        XChangeFakes.Running fake = XChangeFakes.start(Venues.BYBIT, 0);
        try {
            Path key = Files.writeString(dir.resolve("bybit.key"), "apiKey=fake-key\nsecret=fake-secret\n");
            LiveVenues.Options o = new LiveVenues.Options(TraderSettings.defaults()
                    .with("trader.data-dir", dir.resolve("data").toString()), false, "1m", 100,
                    Map.of(Venues.BYBIT, key));
            Main.UserError e = assertThrows(Main.UserError.class,
                    () -> LiveVenues.open(Venues.BYBIT, List.of("BTC-USDT"), fake.baseUrl(), o));
            assertTrue(e.getMessage().contains("getTrades"), e.getMessage());
        } finally {
            fake.closer().close();
        }
    }

    private static void run(Path dir, String venue, String keyFileText, String symbol) throws Exception {
        XChangeFakes.Running fake = XChangeFakes.start(venue, 0);
        long minute = 60_000;
        long start = System.currentTimeMillis() / minute * minute - 30 * minute;
        for (int i = 0; i < 20; i++) {
            fake.printer().print(new BigDecimal("50000"), new BigDecimal("0.001"), start + i * minute + 1_000);
        }
        BigDecimal startBtc = fake.btc().get();
        Path key = Files.writeString(dir.resolve(venue + ".key"), keyFileText + "\n");
        TraderSettings settings = TraderSettings.defaults().with("trader.initial-cash", "1000")
                .with("trader.data-dir", dir.resolve("data").toString());
        LiveVenues.Part part = LiveVenues.open(venue, List.of(symbol), fake.baseUrl(),
                new LiveVenues.Options(settings, false, "1m", 100, Map.of(venue, key)));
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), venue);
        PaperSession live = new PaperSession(settings, Assembly.SMA_CROSS, venue, part.feed(), store,
                Clock.systemUTC(), part.binding());
        try {
            part.connect().accept(live);
            live.start();
            assertFalse(live.parts().killSwitch.state().engaged(), "a clean start-up reconciliation");
            XChangeBinding binding = (XChangeBinding) part.binding();
            InstrumentSpec btc = binding.instruments().get(0);
            assertEquals(fake.pair(), btc.symbol(), "a bare BTC is the venue's usual pair");
            long lots = btc.lotsPerUnit() / 100;
            live.runOnEngine(() -> live.parts().exchange.submit(OrderRequest.limit("cli-buy", btc, Side.BUY, lots,
                    btc.ticks(new BigDecimal("50500")), TimeInForce.GTC, false, System.currentTimeMillis(),
                    "test: marketable buy")));
            waitFor(() -> live.parts().portfolio.positionLots(btc) > 0, "the buy filled at the venue");
            waitFor(() -> live.parts().portfolio.positionLots(btc) == fake.btc().get().subtract(startBtc)
                    .movePointRight(btc.qtyScale()).longValueExact(), "the session holds what the account received"
                    + " (OKX's buy fee is charged in BTC)");
            live.engageKillSwitch("test halt", true);
            waitFor(() -> live.venueFlatten() != null, "the flatten started");
            FlattenReport report = live.venueFlatten().get(60, TimeUnit.SECONDS);
            assertTrue(report.flat(), "flat: " + report);
            waitFor(() -> live.parts().portfolio.positionLots(btc) == 0, "the session is flat");
            assertTrue(fake.btc().get().compareTo(startBtc) <= 0
                    && startBtc.subtract(fake.btc().get()).compareTo(new BigDecimal("0.0001")) < 0,
                    "the venue is back at its starting BTC, less fees charged in BTC: " + fake.btc().get());
        } finally {
            live.stop();
            part.closer().close();
            store.close();
            db.close();
            fake.closer().close();
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(20);
        }
    }
}
