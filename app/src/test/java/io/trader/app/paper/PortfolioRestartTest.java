package io.trader.app.paper;

import io.trader.app.config.TraderSettings;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import io.trader.layer5.core.Position;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portfolio method learns step by step (its covariance): a paper session on BTC and ETH sized by HRP equals the
 * backtest, and so does the same session stopped and restarted, because the steps replayed after the restart teach
 * the sizer what they taught it the first time (nothing is traded on them).
 */
class PortfolioRestartTest {

    private static List<Bar> bars;
    private static List<String> symbols;

    @BeforeAll
    static void load() throws Exception {
        CandleSeries btc = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        CandleSeries eth = new CandleFileReader().read(SharedData.file(SharedData.ETH_1H));
        bars = Backtest.merge(List.of(btc, eth)).subList(0, 4000);
        symbols = List.of(btc.symbol(), eth.symbol());
    }

    @Test
    void aRestartedHrpSessionEqualsTheUninterruptedBacktest(@TempDir Path dir) throws Exception {
        TraderSettings settings = TraderSettings.defaults().with("trader.sizing.method", "hrp")
                .with("trader.portfolio.min-history", "200").with("trader.portfolio.no-trade-band", "0.01")
                .with("trader.portfolio.max-weight", "0.8");
        Backtest.Result reference = Backtest.run(settings, bars, 2, Assembly.ENSEMBLE, null, null);
        long expectedEquity = reference.parts().portfolio.equityCash();
        List<Position> expectedPositions = reference.parts().portfolio.positions();
        int expectedOrders = reference.recorder().orders().size();
        assertTrue(expectedOrders > 10, "the reference run trades: " + expectedOrders);

        Path pg = dir.resolve("pg");
        try (Database db = Database.open(StoreConfig.embedded(pg))) {
            PaperSession first = run(settings, db, bars.subList(0, 1600));
            assertEquals(1600, first.status().barsProcessed());
        }
        try (Database db = Database.open(StoreConfig.embedded(pg))) {
            PaperSession second = run(settings, db, bars);
            assertEquals(bars.size() - 1600, second.status().barsProcessed(), "resumed after the last bar");
            assertEquals(expectedEquity, second.parts().portfolio.equityCash(), "equity of the resumed session");
            assertEquals(expectedPositions, second.parts().portfolio.positions());
        }
    }

    private static PaperSession run(TraderSettings settings, Database db, List<Bar> input) throws Exception {
        TradingStore store = new TradingStore(db.dataSource(), "hrp");
        PaperSession session = new PaperSession(settings, Assembly.ENSEMBLE, "hrp",
                new ReplayFeed(input, 0, Clock.systemUTC(), "replay:test-book", symbols), store, Clock.systemUTC());
        session.start();
        session.finished().get();
        session.stop();
        store.close();
        return session;
    }
}
