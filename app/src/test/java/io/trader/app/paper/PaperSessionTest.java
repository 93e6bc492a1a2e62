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
 * Paper sessions run the backtest's code path, and a restarted session restores its state from the
 * store and resumes after the last step it completed.
 */
class PaperSessionTest {

    private static List<Bar> bars;
    private static String symbol;

    @BeforeAll
    static void load() throws Exception {
        CandleSeries s = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        bars = s.bars().subList(0, 6000);
        symbol = s.symbol();
    }

    @Test
    void paperSessionEqualsBacktestAndARestartResumesWhereItStopped(@TempDir Path dir) throws Exception {
        TraderSettings settings = TraderSettings.defaults();
        Backtest.Result reference = Backtest.run(settings, bars, 1, Assembly.ENSEMBLE, null, null);
        long expectedEquity = reference.parts().portfolio.equityCash();
        List<Position> expectedPositions = reference.parts().portfolio.positions();
        int expectedOrders = reference.recorder().orders().size();
        assertTrue(expectedOrders > 10, "the reference run trades: " + expectedOrders);

        // one uninterrupted paper session on the same bars
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg-a")))) {
            PaperSession whole = run(settings, db, "whole", bars);
            assertEquals(expectedEquity, whole.parts().portfolio.equityCash(), "paper == backtest equity");
            assertEquals(expectedPositions, whole.parts().portfolio.positions());
        }

        // the same session stopped after 2,500 bars, then restarted on the full file
        Path pg = dir.resolve("pg-b");
        try (Database db = Database.open(StoreConfig.embedded(pg))) {
            PaperSession first = run(settings, db, "split", bars.subList(0, 2500));
            assertEquals(2500, first.status().barsProcessed());
        }
        try (Database db = Database.open(StoreConfig.embedded(pg))) {
            PaperSession second = run(settings, db, "split", bars);
            assertEquals(bars.size() - 2500, second.status().barsProcessed(), "resumed after the last bar");
            assertEquals(expectedEquity, second.parts().portfolio.equityCash(), "equity of the resumed session");
            assertEquals(expectedPositions, second.parts().portfolio.positions(), "lots and exact entry costs");
            try (TradingStore store = new TradingStore(db.dataSource(), "split")) {
                assertEquals(expectedOrders, store.recentOrders(100_000).size(),
                        "every order stored once across the restart");
            }
        }
    }

    @Test
    void aTrippedDailyLossBreakerStaysTrippedAcrossARestart(@TempDir Path dir) throws Exception {
        // a tiny daily-loss limit trips on the first losing day of the fee-paying SMA rule
        TraderSettings settings = TraderSettings.defaults().with("trader.risk.max-daily-loss", "0.0001");
        Path pg = dir.resolve("pg");
        List<Bar> day = bars.subList(0, 400);
        long trippedAt;
        try (Database db = Database.open(StoreConfig.embedded(pg))) {
            PaperSession first = run(settings, db, "brk", day, Assembly.SMA_CROSS);
            assertTrue(first.status().breakerHalted(), "the breaker tripped during the run");
            trippedAt = first.parts().risk.breakerMemory().utcDay();
        }
        try (Database db = Database.open(StoreConfig.embedded(pg));
             TradingStore store = new TradingStore(db.dataSource(), "brk")) {
            PaperSession restarted = new PaperSession(settings, Assembly.SMA_CROSS, "brk",
                    new ReplayFeed(day, 0, Clock.systemUTC(), "replay:test-" + symbol, List.of(symbol)), store,
                    Clock.systemUTC());
            assertTrue(restarted.status().breakerHalted(), "still halted after the restart, before any bar");
            assertEquals(trippedAt, restarted.parts().risk.breakerMemory().utcDay());
        }
    }

    private static PaperSession run(TraderSettings settings, Database db, String name, List<Bar> input)
            throws Exception {
        return run(settings, db, name, input, Assembly.ENSEMBLE);
    }

    private static PaperSession run(TraderSettings settings, Database db, String name, List<Bar> input,
                                    String strategy) throws Exception {
        TradingStore store = new TradingStore(db.dataSource(), name);
        PaperSession session = new PaperSession(settings, strategy, name,
                new ReplayFeed(input, 0, Clock.systemUTC(), "replay:test-" + symbol, List.of(symbol)), store,
                Clock.systemUTC());
        session.start();
        session.finished().get();
        session.stop();
        store.close();
        return session;
    }
}
