package io.trader.app.store;

import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.RiskEvent;
import io.trader.core.port.TradingListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import static io.trader.app.store.StoreFixtures.BTC;
import static io.trader.app.store.StoreFixtures.ETH;
import static io.trader.app.store.StoreFixtures.MINUTE;
import static io.trader.app.store.StoreFixtures.T0;
import static io.trader.app.store.StoreFixtures.count;
import static io.trader.app.store.StoreFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trading store against one real embedded PostgreSQL for the whole class; each test has its own session. */
class StoreEventsTest {

    @TempDir
    static Path dir;
    static Database db;
    static DataSource ds;

    @BeforeAll
    static void startDatabase() {
        db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        ds = db.dataSource();
    }

    @AfterAll
    static void stopDatabase() {
        db.close();
    }

    @Test
    void migrationsApplyAndTimescaleIsANoOpOnPlainPostgres() throws Exception {
        assertEquals(2, count(ds, "SELECT count(*) FROM flyway_schema_history WHERE success AND version IN ('1', '2')"));
        assertEquals(0, count(ds, "SELECT count(*) FROM pg_available_extensions WHERE name = 'timescaledb'"),
                "precondition: the embedded server has no TimescaleDB");
        assertEquals(0, count(ds, "SELECT count(*) FROM pg_extension WHERE extname = 'timescaledb'"));
        for (String table : StoreQueries.TABLES) {
            assertEquals("r", text(ds, "SELECT relkind::text FROM pg_class WHERE relname = ?", table), table);
        }
        assertEquals(0, count(ds, "SELECT count(*) FROM pg_inherits WHERE inhparent IN ('candles'::regclass,"
                + " 'equity'::regclass)"));
    }

    @Test
    void checkpointRoundTripsExactly() throws Exception {
        try (TradingStore store = new TradingStore(ds, "cp")) {
            assertTrue(store.loadCheckpoint().isEmpty());
            OrderState partial = StoreFixtures.partiallyFilledSell("cp-1");
            OrderState market = OrderState.created(OrderRequest.market("cp-2", ETH, Side.BUY, 1, false,
                    T0 + 3 * MINUTE, null));
            Checkpoint first = new Checkpoint("cp", T0 + 3 * MINUTE, 9_876_543_210_123L, -12_345_678L, 1_000_001L,
                    10_000_000_000_000L, "backtest:BTCUSDT,ETHUSDT 1m",
                    List.of(new PositionRow("BTCUSDT", 2, 5, 12_345, 1_303_068_080_001L, 7L, 10_555_432),
                            new PositionRow("ETHUSDT", 2, 4, -3_000_100_000L, -9_007_199_254_740_993L,
                                    -99_999_999_999L, 0)),
                    List.of(partial, market));
            store.checkpoint(first);
            Checkpoint loaded = store.loadCheckpoint().orElseThrow();
            assertEquals(first, loaded);
            // exact decimals in the table: the entry cost (the truth, beyond a double's 2^53 here), the average
            // derived from it and the last price
            assertEquals("13030.68080001|105554.31996768|105554.32|numeric", text(ds, "SELECT concat_ws('|',"
                    + " entry_cost, avg_entry_price, last_price, pg_typeof(avg_entry_price)) FROM positions"
                    + " WHERE session = 'cp' AND symbol = 'BTCUSDT'"));
            assertEquals("-90071992.54740993|300.22996749|", text(ds, "SELECT concat_ws('|', entry_cost,"
                    + " avg_entry_price, coalesce(last_price::text, '')) FROM positions WHERE session = 'cp'"
                    + " AND symbol = 'ETHUSDT'"));
            assertEquals(23, loaded.openOrders().get(0).filledLots());
            assertEquals(notionalAt(23), loaded.openOrders().get(0).filledNotional());

            Checkpoint second = new Checkpoint("cp", T0 + 4 * MINUTE, 1, 2, 3, 4, null,
                    List.of(new PositionRow("ETHUSDT", 2, 4, 5, 1_000_250_000L, 0, 0)), List.of(),
                    "{\"peak\": 4}", "{\"backoffBars\": {\"ETHUSDT\": 3}, \"orderAgeBars\": {}}");
            store.checkpoint(second);
            assertEquals(second, store.loadCheckpoint().orElseThrow(), "a checkpoint replaces the previous one");
        }
    }

    private static long notionalAt(long lots) {
        return Money.notional(BTC, 10_600_001, lots);
    }

    @Test
    void moneyColumnsHoldExactDecimals() throws Exception {
        try (TradingStore store = new TradingStore(ds, "exact")) {
            StoreFixtures.session("exact-1").forEach(call -> call.accept(store));
            store.flush();
        }
        assertEquals("105554.32", text(ds, "SELECT price::text FROM fills WHERE fill_id = 'exact-1-F2'"));
        assertEquals("0.30000", text(ds, "SELECT quantity::text FROM fills WHERE fill_id = 'exact-1-F2'"));
        assertEquals("0.02638858", text(ds, "SELECT fee::text FROM fills WHERE fill_id = 'exact-1-F2'"));
        assertEquals("numeric", text(ds, "SELECT pg_typeof(fee)::text FROM fills WHERE fill_id = 'exact-1-F2'"));
        assertEquals("105554.32", text(ds, "SELECT close::text FROM candles WHERE symbol = 'BTCUSDT' AND open_time = ?",
                Jdbc.ts(T0)));
        assertEquals("60000", text(ds, "SELECT interval_ms::text FROM candles WHERE symbol = 'BTCUSDT' AND open_time = ?",
                Jdbc.ts(T0)));
        assertEquals("FILLED|0.50000|0.50000|52777.16000000|105554.32|105554.32|V-exact-1",
                text(ds, "SELECT concat_ws('|', status, quantity, filled_quantity, filled_notional, limit_price,"
                        + " avg_fill_price, venue_order_id) FROM orders WHERE client_id = 'exact-1'"));
        assertEquals("47222.84000000|-0.03694401|0.03694401",
                text(ds, "SELECT concat_ws('|', cash, realized_pnl, fees) FROM equity WHERE session = 'exact'"));
        assertEquals("0.00000|0.50000|2|momentum|0.4|null",
                text(ds, "SELECT concat_ws('|', current_qty, target_qty, jsonb_array_length(alpha_scores),"
                        + " alpha_scores->0->>'alpha', alpha_scores->0->>'score',"
                        + " coalesce(alpha_scores->1->>'confidence', 'null')) FROM decisions WHERE session = 'exact'"));
    }

    @Test
    void replayingTheSameEventsAddsNoRows() throws Exception {
        List<Consumer<TradingListener>> calls = StoreFixtures.session("replay-1");
        Map<String, Long> once;
        try (TradingStore store = new TradingStore(ds, "replay")) {
            calls.forEach(call -> call.accept(store));
            store.flush();
            once = rowsOf("replay");
            calls.forEach(call -> call.accept(store));
            store.flush();
            assertEquals(once, rowsOf("replay"));
            // a stale event alone never moves the order back
            calls.get(3).accept(store);
            store.flush();
            assertEquals(0, store.writeErrors());
            OrderRow order = store.recentOrders(10).get(0);
            assertEquals(OrderStatus.FILLED, order.status());
            assertEquals(new BigDecimal("0.50000"), order.filledQuantity());
        }
        assertEquals(Map.of("decisions", 1L, "equity", 1L, "fills", 2L, "orders", 1L, "risk_events", 1L), once);
    }

    /**
     * The venue stamps fills with its own clock and the acknowledgement carries the local one: a fill stamped
     * before the local ack (a venue clock behind ours, or a fill that raced the ack) still moves the stored
     * order to FILLED, and a late fill of a cancelled order adds its quantity without reopening it.
     */
    @Test
    void storedOrdersFollowTheirLifecycleNotClockComparisons() {
        OrderRequest req = OrderRequest.market("clock-1", BTC, Side.BUY, 50_000, false, T0, "entry");
        OrderState acked = OrderState.created(req).withVenueId("77", T0 + 5_000)
                .withStatus(OrderStatus.ACCEPTED, T0 + 5_000);
        OrderState filled = acked.withFill(50_000, 10_555_432, T0 + 1_000); // venue time, before the local ack
        io.trader.core.domain.Fill fill = new io.trader.core.domain.Fill("clock-1-F", "clock-1", BTC, Side.BUY,
                10_555_432, 50_000, 0, false, T0 + 1_000);
        OrderRequest req2 = OrderRequest.market("clock-2", BTC, Side.SELL, 50_000, false, T0, "exit");
        OrderState acked2 = OrderState.created(req2).withVenueId("78", T0 + 5_000)
                .withStatus(OrderStatus.ACCEPTED, T0 + 5_000);
        OrderState part = acked2.withFill(20_000, 10_555_432, T0 + 6_000);
        OrderState cancelled = part.withStatus(OrderStatus.CANCELLED, T0 + 7_000);
        OrderState lateFill = part.withFill(10_000, 10_555_432, T0 + 4_000); // raced the cancel, venue time
        try (TradingStore store = new TradingStore(ds, "lifecycle")) {
            store.onOrderSubmitted(req);
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Accepted(acked, T0 + 5_000));
            store.flush(); // the row holds the local ack; the fill comes in a later statement
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Filled(fill, filled, T0 + 1_000));
            store.onOrderSubmitted(req2);
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Accepted(acked2, T0 + 5_000));
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Filled(fill("clock-2-F1", req2, 20_000), part,
                    T0 + 6_000));
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Cancelled(cancelled, "by us", T0 + 7_000));
            store.flush();
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Filled(fill("clock-2-F2", req2, 10_000),
                    lateFill, T0 + 4_000));
            store.flush();
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Accepted(acked, T0 + 9_000)); // stale replay
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Filled(fill, filled, T0 + 1_000));
            store.onOrderEvent(new io.trader.core.event.OrderEvent.Accepted(acked2, T0 + 9_000)); // in one batch
            store.flush();
            assertEquals(0, store.writeErrors());
            Map<String, OrderRow> rows = new TreeMap<>();
            store.recentOrders(10).forEach(o -> rows.put(o.clientId(), o));
            assertEquals(OrderStatus.FILLED, rows.get("clock-1").status());
            assertEquals(new BigDecimal("0.50000"), rows.get("clock-1").filledQuantity());
            assertEquals(OrderStatus.CANCELLED, rows.get("clock-2").status());
            assertEquals(new BigDecimal("0.30000"), rows.get("clock-2").filledQuantity());
        }
    }

    private static io.trader.core.domain.Fill fill(String id, OrderRequest req, long lots) {
        return new io.trader.core.domain.Fill(id, req.clientId(), BTC, req.side(), 10_555_432, lots, 0, false,
                T0 + 4_000);
    }

    private static Map<String, Long> rowsOf(String session) throws Exception {
        Map<String, Long> rows = new TreeMap<>();
        for (String t : List.of("orders", "fills", "equity", "risk_events", "decisions")) {
            rows.put(t, count(ds, "SELECT count(*) FROM " + t + " WHERE session = ?", session));
        }
        return rows;
    }

    @Test
    void queriesReturnTypedRows() {
        try (TradingStore store = new TradingStore(ds, "query")) {
            StoreFixtures.session("query-1").forEach(call -> call.accept(store));
            store.onRiskEvent(new RiskEvent.BreakerTripped("daily_loss", "loss 5.1% above 5%", T0 + 2 * MINUTE));
            store.flush();
            List<OrderRow> orders = store.recentOrders(5);
            assertEquals(1, orders.size());
            OrderRow o = orders.get(0);
            assertEquals("query-1", o.clientId());
            assertEquals(new BigDecimal("105554.32"), o.avgFillPrice());
            assertEquals(T0 + MINUTE + 20, o.updatedTime());
            assertNull(o.statusReason());
            List<RiskEventRow> risks = store.riskEvents(10);
            assertEquals(2, risks.size());
            assertEquals("breaker_tripped", risks.get(0).kind());
            assertEquals("daily_loss", risks.get(0).code());
            assertEquals("MAX_NOTIONAL", risks.get(1).code());
            assertEquals("query-1-2", risks.get(1).clientId());
            assertEquals(T0, store.lastCandleTime("BTCUSDT"));
            assertEquals(Long.MIN_VALUE, store.lastCandleTime("NOPE"));
            assertTrue(store.countRows("candles") >= 1);
            assertThrows(IllegalArgumentException.class, () -> store.countRows("pg_class"));
        }
    }

    @Test
    void aFullQueueBlocksTheProducerAndDropsNothing() throws Exception {
        int points = 5_000;
        try (TradingStore store = new TradingStore(ds, "many", 8, 64)) {
            for (int i = 0; i < points; i++) {
                store.onEquity(new EquityPoint(T0 + i * 1_000L, (1_000 + i) * Money.ONE, 1_000, 0, i, 0, 0, 1_000, 0.0));
            }
        }
        assertEquals(points, count(ds, "SELECT count(*) FROM equity WHERE session = 'many'"));
        assertEquals("5999.00000000", text(ds, "SELECT max(equity)::text FROM equity WHERE session = 'many'"));
    }

    @Test
    void aBadRowIsCountedAndTheRestOfItsBatchIsWritten() throws Exception {
        try (TradingStore store = new TradingStore(ds, "bad")) {
            store.onRiskEvent(new RiskEvent.KillSwitchReset("ok 1", T0));
            store.onRiskEvent(new RiskEvent.KillSwitchReset("nul \u0000 byte", T0 + 1));
            store.onRiskEvent(new RiskEvent.KillSwitchReset("ok 2", T0 + 2));
            store.flush();
            assertEquals(1, store.writeErrors());
            assertEquals(List.of("ok 2", "ok 1"), store.riskEvents(10).stream().map(RiskEventRow::detail).toList());
        }
    }

    @Test
    void checkpointFailuresReachTheCaller() {
        try (TradingStore store = new TradingStore(ds, "fail")) {
            PositionRow p = new PositionRow("BTCUSDT", 2, 5, 1, 100_000, 0, 0);
            Checkpoint duplicate = new Checkpoint("fail", T0, 0, 0, 0, 0, null, List.of(p, p), List.of());
            StoreException e = assertThrows(StoreException.class, () -> store.checkpoint(duplicate));
            assertTrue(e.getMessage().contains("checkpoint"), e.getMessage());
            assertTrue(store.loadCheckpoint().isEmpty(), "the failed checkpoint left nothing behind");
            assertThrows(IllegalArgumentException.class, () -> store.checkpoint(
                    new Checkpoint("other", T0, 0, 0, 0, 0, null, List.of(), List.of())));
        }
    }

    @Test
    void killSwitchIsSavedAndLoaded() {
        try (TradingStore store = new TradingStore(ds, "ks")) {
            store.saveKillSwitch(true, "drawdown 12%", T0 + 5, true);
            KillSwitchRow row = store.loadKillSwitch().orElseThrow();
            assertTrue(row.engaged());
            assertEquals("drawdown 12%", row.reason());
            assertEquals(T0 + 5, row.sinceMillis());
            assertTrue(row.flatten());
            store.saveKillSwitch(false, "reset by operator", T0 + 9, false);
            assertFalse(store.loadKillSwitch().orElseThrow().engaged());
            assertEquals(1, store.countRows("kill_switch"));
        }
    }

    @Test
    void aClosedStoreRefusesEvents() {
        TradingStore store = new TradingStore(ds, "closed");
        store.close();
        store.close();
        assertThrows(IllegalStateException.class, () -> store.onEquity(new EquityPoint(T0, 0, 0, 0, 0, 0, 0, 0, 0)));
        assertThrows(IllegalStateException.class, store::flush);
    }
}
