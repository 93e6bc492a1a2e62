package io.trader.app.store;

import io.trader.core.event.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;

import static io.trader.app.store.StoreFixtures.MINUTE;
import static io.trader.app.store.StoreFixtures.T0;
import static io.trader.app.store.StoreFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The decision log keeps what the calibrated ensemble adds: probability, return uncertainty, regime, contributions. */
class StoreDecisionTest {

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
    void theForecastsProbabilityUncertaintyRegimeAndEachContributionAreStored() throws Exception {
        try (TradingStore store = new TradingStore(ds, "calibrated")) {
            store.onDecision(new Decision(T0 + MINUTE, "BTCUSDT", "cal-1",
                    List.of(new Decision.AlphaScore("momentum", 0.4, 0.8, 0.5, 0.31),
                            new Decision.AlphaScore("mean-reversion", -0.1, 0.5, 0.5, -0.025)),
                    0.15, 0.0012, 0.7, 0.62, 0.0004, 2, 0.02, 0.25, 0, 50_000, 100_000.5, "note"));
            store.onDecision(new Decision(T0 + 2 * MINUTE, "BTCUSDT", "plain-1",
                    List.of(new Decision.AlphaScore("momentum", 0.4, 0.8, 0.5)),
                    0.15, 0.0012, 0.7, 0.02, 0.25, 0, 50_000, 100_000.5, "note"));
            store.flush();
            assertEquals(0, store.writeErrors());
        }
        assertEquals("0.62|0.0004|2|0.31|-0.025", text(ds, "SELECT concat_ws('|', forecast_probability,"
                + " expected_return_stdev, regime, alpha_scores->0->>'contribution', alpha_scores->1->>'contribution')"
                + " FROM decisions WHERE client_id = 'cal-1'"));
        // a forecast without them: no probability, no regime (NULL, not NaN or -1), no uncertainty, no contribution
        assertEquals("null|0|null|null", text(ds, "SELECT concat_ws('|', coalesce(forecast_probability::text, 'null'),"
                + " expected_return_stdev, coalesce(regime::text, 'null'),"
                + " coalesce(alpha_scores->0->>'contribution', 'null')) FROM decisions WHERE client_id = 'plain-1'"));
        assertEquals("null", text(ds, "SELECT coalesce((alpha_scores->0->'contribution')::text, 'missing')"
                + " FROM decisions WHERE client_id = 'plain-1'"), "the key is there, with JSON null");
    }
}
