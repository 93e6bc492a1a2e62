package io.trader.app.store;

import io.trader.core.domain.Money;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import static io.trader.app.store.StoreFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A store written by an earlier version (positions with a double precision average entry price in ticks) is
 * migrated: every position gets the entry cost that version's restore computed from it, as an exact NUMERIC,
 * and the average becomes an exact decimal price.
 */
class StoreMigrationTest {

    @Test
    void positionsOfVersion3BecomeExactEntryCosts(@TempDir Path dir) throws Exception {
        Path pg = dir.resolve("pg");
        // BTCUSDT 2/5: 0.12345 BTC for 13030.68080001; ETHUSDT 2/4: short 300010 ETH for 90071992.54740993
        double btcTicks = legacyAverageTicks(1_303_068_080_001L, 12_345, 2, 5);
        double ethTicks = legacyAverageTicks(-9_007_199_254_740_993L, -3_000_100_000L, 2, 4);
        try (EmbeddedServer server = EmbeddedServer.start(pg)) {
            DataSource ds = server.dataSource();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("3").load().migrate();
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(true);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (session, last_step_time, cash,"
                        + " realized_pnl, fees, peak_equity) VALUES ('old', now(), 1, 2, 3, 4)")) {
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO positions (session, symbol, ordinal,"
                        + " price_scale, qty_scale, quantity, avg_entry_price, realized_pnl) VALUES"
                        + " ('old', 'BTCUSDT', 0, 2, 5, 0.12345, ?, 0.00000007),"
                        + " ('old', 'ETHUSDT', 1, 2, 4, -300010.0000, ?, 0),"
                        + " ('old', 'SOLUSDT', 2, 3, 2, 0.00, 0, 0)")) {
                    ps.setDouble(1, btcTicks);
                    ps.setDouble(2, ethTicks);
                    ps.executeUpdate();
                }
            }
        }
        try (Database db = Database.open(StoreConfig.embedded(pg));
             TradingStore store = new TradingStore(db.dataSource(), "old")) {
            List<PositionRow> rows = store.loadCheckpoint().orElseThrow().positions();
            assertEquals(new PositionRow("BTCUSDT", 2, 5, 12_345, legacyCost(btcTicks, 12_345, 2, 5), 7, 0), rows.get(0));
            assertEquals(1_303_068_080_001L, rows.get(0).entryCost(), "a double held this one to the cash unit");
            assertEquals(new PositionRow("ETHUSDT", 2, 4, -3_000_100_000L, legacyCost(ethTicks, -3_000_100_000L, 2, 4),
                    0, 0), rows.get(1));
            assertEquals(new PositionRow("SOLUSDT", 3, 2, 0, 0, 0, 0), rows.get(2));
            assertEquals("105554.31996768|numeric|", text(db.dataSource(), "SELECT concat_ws('|', avg_entry_price,"
                    + " pg_typeof(entry_cost), coalesce(last_price::text, '')) FROM positions WHERE symbol = 'BTCUSDT'"));
            assertEquals(null, text(db.dataSource(), "SELECT avg_entry_price FROM positions WHERE symbol = 'SOLUSDT'"));
        }
    }

    /** What version 3 stored: the average entry price in ticks as a double. */
    private static double legacyAverageTicks(long cost, long lots, int priceScale, int qtyScale) {
        return Math.abs(cost / (double) lots / Math.pow(10, Money.CASH_SCALE - priceScale - qtyScale));
    }

    /** What version 3's restore made of it: average ticks x lots, to the nearest cash unit. */
    private static long legacyCost(double avgTicks, long lots, int priceScale, int qtyScale) {
        return new BigDecimal(avgTicks).multiply(BigDecimal.valueOf(lots))
                .scaleByPowerOfTen(Money.CASH_SCALE - priceScale - qtyScale)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
