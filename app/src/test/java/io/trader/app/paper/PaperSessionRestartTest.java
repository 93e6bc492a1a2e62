package io.trader.app.paper;

import io.trader.app.config.TraderSettings;
import io.trader.app.engine.BarMerger;
import io.trader.app.engine.EngineMemory;
import io.trader.app.http.Views;
import io.trader.app.run.Assembly;
import io.trader.app.run.SessionParts;
import io.trader.app.store.Checkpoint;
import io.trader.app.store.Database;
import io.trader.app.store.OrderRow;
import io.trader.app.store.PositionRow;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.Position;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paper session on real BTC and ETH hourly candles, stopped three times at steps where it holds positions
 * whose average entry price is off the tick grid (built from several fills at different prices) and restarted
 * from the store each time, ends in exactly the state of the same session run without interruption: cash,
 * positions (lots and entry cost), realised P&amp;L, fees, equity and peak equity are equal, not close; and the
 * orders API of the restarted session lists every order the store holds, as the uninterrupted one does. Right
 * after each restart the session shows the positions, P&amp;L and engine memory it stopped with.
 */
class PaperSessionRestartTest {

    private static final String SESSION = "s";
    private static final int BARS_PER_INSTRUMENT = 4000;
    private static List<Bar> bars;
    private static List<String> symbols;

    @BeforeAll
    static void load() throws Exception {
        CandleFileReader reader = new CandleFileReader();
        var btc = reader.read(SharedData.file(SharedData.BTC_1H));
        var eth = reader.read(SharedData.file(SharedData.ETH_1H));
        bars = BarMerger.merge(List.of(btc.bars().subList(0, BARS_PER_INSTRUMENT),
                eth.bars().subList(0, BARS_PER_INSTRUMENT)));
        symbols = List.of(btc.symbol(), eth.symbol());
    }

    @Test
    void aSessionRestartedThreeTimesEqualsAnUninterruptedOneExactly(@TempDir Path dir) throws Exception {
        Predicate<SessionParts> orderOpen = parts -> !parts.exchange.openOrders().isEmpty();
        assertRestartsChangeNothing(dir, TraderSettings.defaults(), List.of(orderOpen, orderOpen, orderOpen));
    }

    /**
     * Deep limit orders rest for many bars until they fill or time out, and the risk layer's position limit (the
     * sizer's own) refuses some orders, which starts the engine's backoff. Stopped while an order has been working
     * for a bar or more (and, the first time, while a backoff runs), the restarted session still times out and
     * backs off on the same bars.
     */
    @Test
    void restingOrdersTimeOutAndRiskBackoffsEndOnTheSameBarsAfterARestart(@TempDir Path dir) throws Exception {
        TraderSettings settings = TraderSettings.defaults().with("trader.engine.order-type", "limit")
                .with("trader.engine.limit-offset-bps", "300").with("trader.risk.max-position-notional", "50000");
        Predicate<SessionParts> aged = parts -> parts.engine.memory().orderAgeBars().values().stream()
                .anyMatch(age -> age >= 1);
        Predicate<SessionParts> agedInBackoff = aged.and(parts -> !parts.engine.memory().backoffBars().isEmpty());
        assertRestartsChangeNothing(dir, settings, List.of(agedInBackoff, aged, aged));
    }

    /** @param when what must hold at the first, second and third restart point */
    private static void assertRestartsChangeNothing(Path dir, TraderSettings settings,
                                                    List<Predicate<SessionParts>> when) throws Exception {
        List<Integer> cuts = cutPoints(settings, when);
        assertEquals(3, cuts.size(), "three restart points with uneven average entry prices: " + cuts);

        PaperSession whole;
        List<Views.Order> wholeOrders;
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg-whole")))) {
            whole = run(settings, db, bars);
            wholeOrders = whole.orders(false, Integer.MAX_VALUE);
        }
        assertTrue(wholeOrders.size() > 50, "the session trades: " + wholeOrders.size() + " orders");

        Path pg = dir.resolve("pg-split");
        for (int cut : cuts) {
            PaperSession part;
            try (Database db = Database.open(StoreConfig.embedded(pg))) {
                part = run(settings, db, bars.subList(0, cut));
                assertEquals(bars.get(cut - 1).closeTime(), part.parts().engine.stepTime());
            }
            try (Database db = Database.open(StoreConfig.embedded(pg));
                 TradingStore store = new TradingStore(db.dataSource(), SESSION)) {
                Checkpoint c = store.loadCheckpoint().orElseThrow();
                assertTrue(c.positions().stream().anyMatch(PaperSessionRestartTest::offTheTickGrid),
                        "stopped holding a position with an uneven average entry price: " + c.positions());
                assertFalse(c.openOrders().isEmpty(), "stopped with an order open, filled after the restart");
                PaperSession restored = session(settings, store, bars);
                assertEquals(part.parts().portfolio.positions(), restored.parts().portfolio.positions());
                assertEquals(part.positions(), restored.positions(), "positions view right after the restart");
                assertEquals(part.pnl(), restored.pnl(), "P&L view right after the restart");
                assertEquals(part.parts().engine.memory(), restored.parts().engine.memory(), "engine memory");
            }
        }
        try (Database db = Database.open(StoreConfig.embedded(pg))) {
            PaperSession last = run(settings, db, bars);
            Portfolio expected = whole.parts().portfolio;
            Portfolio actual = last.parts().portfolio;
            assertEquals(expected.cashCash(), actual.cashCash(), "cash");
            assertEquals(expected.realizedPnlCash(), actual.realizedPnlCash(), "realised P&L");
            assertEquals(expected.feesCash(), actual.feesCash(), "fees");
            assertEquals(expected.equityCash(), actual.equityCash(), "equity");
            assertEquals(expected.peakEquityCash(), actual.peakEquityCash(), "peak equity");
            assertEquals(expected.positions(), actual.positions(), "positions: lots, entry cost, realised P&L");
            assertEquals(whole.pnl(), last.pnl(), "the P&L view");
            assertEquals(whole.positions(), last.positions(), "the positions view");

            List<Views.Order> orders = last.orders(false, Integer.MAX_VALUE);
            try (TradingStore store = new TradingStore(db.dataSource(), SESSION)) {
                List<OrderRow> stored = store.recentOrders(100_000);
                assertEquals(stored.size(), orders.size(), "the orders API lists every stored order");
                assertEquals(stored.stream().map(OrderRow::clientId).sorted().toList(),
                        orders.stream().map(Views.Order::clientId).sorted().toList());
            }
            assertEquals(wholeOrders, orders, "the same orders, states and fills as without restarts");
            assertEquals(whole.orders(true, 1000), last.orders(true, 1000), "the open orders");
        }
    }

    /**
     * Step boundaries (bar counts) after 25%, 50% and 75% of the run where a position's average entry price is
     * off the tick grid and the cut's condition in {@code when} holds.
     */
    private static List<Integer> cutPoints(TraderSettings settings, List<Predicate<SessionParts>> when) {
        SessionParts parts = SessionParts.paper(settings, Assembly.ENSEMBLE, symbols.size(), SESSION,
                new TradingListener() { }, Runnable::run);
        List<Integer> cuts = new ArrayList<>();
        int n = bars.size();
        for (int i = 0; i < n && cuts.size() < 3; i++) {
            Bar bar = bars.get(i);
            parts.clock.advanceTo(bar.closeTime());
            parts.engine.onBar(bar);
            boolean boundary = i + 1 < n && bars.get(i + 1).closeTime() != bar.closeTime();
            if (!boundary) {
                continue;
            }
            parts.engine.completeStep();
            if (i + 1 >= n * (cuts.size() + 1) / 4 && when.get(cuts.size()).test(parts)
                    && parts.portfolio.positions().stream().anyMatch(PaperSessionRestartTest::offTheTickGrid)) {
                cuts.add(i + 1);
            }
        }
        return cuts;
    }

    /** An open position whose average entry price is not a whole number of ticks. */
    private static boolean offTheTickGrid(Position p) {
        return p.lots() != 0 && p.avgEntryPrice().scale() > p.instrument().priceScale();
    }

    private static boolean offTheTickGrid(PositionRow p) {
        return offTheTickGrid(new Position(new InstrumentSpec(p.symbol(), p.priceScale(), p.qtyScale()), p.lots(),
                p.entryCost(), p.realizedPnl()));
    }

    private static PaperSession run(TraderSettings settings, Database db, List<Bar> input) throws Exception {
        TradingStore store = new TradingStore(db.dataSource(), SESSION);
        PaperSession session = session(settings, store, input);
        session.start();
        session.finished().get();
        session.stop();
        store.close();
        return session;
    }

    private static PaperSession session(TraderSettings settings, TradingStore store, List<Bar> input) {
        return new PaperSession(settings, Assembly.ENSEMBLE, SESSION,
                new ReplayFeed(input, 0, Clock.systemUTC(), "replay:test-BTC-ETH", symbols), store,
                Clock.systemUTC());
    }
}
