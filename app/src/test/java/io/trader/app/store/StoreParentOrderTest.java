package io.trader.app.store;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.exec.ParentOrder;
import io.trader.core.exec.ParentReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;

import static io.trader.app.store.StoreFixtures.BTC;
import static io.trader.app.store.StoreFixtures.MINUTE;
import static io.trader.app.store.StoreFixtures.T0;
import static io.trader.app.store.StoreFixtures.count;
import static io.trader.app.store.StoreFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A child order keeps its parent id in the store; a parent's report is a row of parent_orders, in exact decimals. */
class StoreParentOrderTest {

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
    void childrenNameTheirParentAndTheParentsEndIsStored() throws Exception {
        ParentOrder parent = new ParentOrder("s-BTCUSDT-1", BTC, Side.BUY, 150_000, "twap", 0, false, 3, T0,
                T0 + 2 * MINUTE, "rebalance");
        try (TradingStore store = new TradingStore(ds, "parents")) {
            store.onOrderSubmitted(OrderRequest.market("s-BTCUSDT-1-c1", BTC, Side.BUY, 50_000, false, T0,
                    "rebalance").childOf(parent.parentId()));
            store.onParentDone(new ParentReport(parent, ParentReport.Status.DONE, 150_000, 6_500_012,
                    6_500_312.5, 4.615, -0.25, 0.0125, 3, T0 + 3 * MINUTE, "filled"));
            store.flush();
        }
        assertEquals("s-BTCUSDT-1", text(ds, "SELECT parent_id FROM orders WHERE client_id = ?", "s-BTCUSDT-1-c1"));
        assertEquals(1, count(ds, "SELECT count(*) FROM parent_orders WHERE session = 'parents'"));
        assertEquals("1.50000", text(ds, "SELECT quantity::text FROM parent_orders WHERE parent_id = ?",
                "s-BTCUSDT-1"));
        assertEquals("65000.12", text(ds, "SELECT arrival_price::text FROM parent_orders"));
        assertEquals("65003.125", text(ds, "SELECT avg_fill_price::text FROM parent_orders"));
        assertEquals("DONE twap 3 filled", text(ds, "SELECT status || ' ' || algorithm || ' ' || children || ' '"
                + " || end_reason FROM parent_orders"));
        assertEquals("4.615", text(ds, "SELECT shortfall_bps::text FROM parent_orders"));
    }
}
