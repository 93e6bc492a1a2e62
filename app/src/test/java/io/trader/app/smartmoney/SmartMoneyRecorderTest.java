package io.trader.app.smartmoney;

import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.data.WalletState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.trader.app.smartmoney.SmartMoneySamples.T0;
import static io.trader.app.smartmoney.SmartMoneySamples.address;
import static io.trader.app.smartmoney.SmartMoneySamples.alert;
import static io.trader.app.smartmoney.SmartMoneySamples.position;
import static io.trader.app.smartmoney.SmartMoneySamples.state;
import static io.trader.app.smartmoney.SmartMoneySamples.tracked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmartMoneyRecorderTest {

    @Test
    void feedsTheBoardAndTheStore(@TempDir Path dir) {
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
             SmartMoneyStore store = new SmartMoneyStore(db.dataSource())) {
            SmartMoneyRecorder recorder = new SmartMoneyRecorder(new SmartMoneyBoard(), store);
            recorder.onWallets(T0, List.of(tracked(1, Tier.WHALE, 100, "10000000")));
            WalletState s = state(1, T0 + 1000, "10000000", position("BTC", "2", "100000", "200000"));
            assertTrue(recorder.onState(s, "ws"));
            assertFalse(recorder.onState(state(1, T0 + 2000, "10000000", position("BTC", "2", "100000", "200000")),
                    "rest"), "unchanged: not stored again");
            assertTrue(recorder.onAlert(alert("r1", T0 + 1000, "BTC", AlertType.ENTRY, AlertPriority.CRITICAL)));
            assertFalse(recorder.onAlert(alert("r1", T0 + 1000, "BTC", AlertType.ENTRY, AlertPriority.CRITICAL)));
            store.flush();
            assertEquals(T0 + 2000, recorder.board().wallets(null).get(0).lastRefresh(), "the board saw both reads");
            assertEquals("rest", recorder.board().wallets(null).get(0).source());
            assertEquals(List.of(s), store.replay(T0, T0 + 10_000));
            assertEquals(1, store.alerts(AlertQuery.newest(10)).alerts().size());
            assertEquals(List.of(address(1)), store.leaderboardAt(T0).orElseThrow().wallets().stream()
                    .map(w -> w.address()).toList());
        }
        SmartMoneyRecorder boardOnly = new SmartMoneyRecorder(new SmartMoneyBoard(), null);
        assertFalse(boardOnly.onState(state(1, T0, "1"), "rest"));
        assertTrue(boardOnly.onAlert(alert("r2", T0, "ETH", AlertType.EXIT, AlertPriority.MEDIUM)));
        assertEquals(1, boardOnly.board().recentAlerts(10).size());
    }
}
