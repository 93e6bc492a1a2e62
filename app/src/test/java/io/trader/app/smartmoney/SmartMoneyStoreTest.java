package io.trader.app.smartmoney;

import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WhaleAlert;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.trader.app.smartmoney.SmartMoneySamples.T0;
import static io.trader.app.smartmoney.SmartMoneySamples.address;
import static io.trader.app.smartmoney.SmartMoneySamples.alert;
import static io.trader.app.smartmoney.SmartMoneySamples.d;
import static io.trader.app.smartmoney.SmartMoneySamples.position;
import static io.trader.app.smartmoney.SmartMoneySamples.state;
import static io.trader.app.smartmoney.SmartMoneySamples.tracked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The smart-money store on a real embedded PostgreSQL migrated by the app's Flyway migrations. */
class SmartMoneyStoreTest {

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

    @BeforeEach
    void emptyTables() throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("TRUNCATE sm_leaderboard, sm_wallet_positions, sm_wallet_states, sm_position_changes,"
                    + " sm_whale_alerts");
        }
    }

    @Test
    void statesAndLeaderboardsComeBackWithTheirExactDecimals() {
        WalletState s = state(1, T0, "10000000.000000000000000001",
                position("BTC", "0.00100", "105554.320", "105.55432"),
                new WalletPosition("ETH", d("-12.5"), d("3000.005"), d("37500.0625"), d("0.0"), 3, true, null));
        TrackedWallet whale = tracked(7, Tier.WHALE, 93.19, "25000000.123456789");
        TrackedWallet crowd = tracked(8, Tier.EXTENDED, 51.5, "150000");
        try (SmartMoneyStore store = new SmartMoneyStore(ds)) {
            assertTrue(store.recordState(s));
            store.recordLeaderboard(T0, List.of(whale, crowd));
            store.flush();
            WalletState back = store.latestState(address(1)).orElseThrow();
            assertEquals(s, back, "every figure with its scale, the null liquidation price and the margin mode");
            assertEquals(new BigDecimal("0.00100"), back.position("BTC").size());
            LeaderboardSnapshot lb = store.leaderboardAt(T0 + 1).orElseThrow();
            assertEquals(T0, lb.refreshTime());
            assertEquals(List.of(whale, crowd), lb.wallets(), "rows, windows, tiers and scores exactly");
            assertTrue(store.leaderboardAt(T0 - 1).isEmpty());
            assertEquals(0, store.writeErrors());
        }
    }

    @Test
    void aStateEqualToThePreviousIsNotWrittenAndChangesAreDerived() throws Exception {
        WalletState s1 = state(1, T0, "1000.0", position("BTC", "1.5", "100000", "150000"),
                position("ETH", "-2", "3000", "6000"), position("SOL", "10", "150", "1500"));
        // same figures, other scales and a later time: not a change
        WalletState same = state(1, T0 + 1000, "1000.00", position("BTC", "1.50", "100000.0", "150000"),
                position("ETH", "-2.0", "3000", "6000.00"), position("SOL", "10", "150", "1500"));
        WalletState s2 = state(1, T0 + 2000, "990", position("BTC", "2", "100000", "200000"),
                position("ETH", "3", "3000", "9000"), position("DOGE", "1000", "0.1", "100"));
        try (SmartMoneyStore store = new SmartMoneyStore(ds)) {
            assertTrue(store.recordState(s1));
            assertFalse(store.recordState(same));
            assertTrue(store.recordState(s2));
            assertFalse(store.recordState(state(1, T0 + 1500, "1")), "older than the previous: refused");
            store.flush();
            assertEquals(2, store.statesWritten());
            assertEquals(2, store.statesUnchanged());
            assertEquals(List.of(s1, s2), store.replay(T0, T0 + 3000));
            List<PositionChange> changes = store.positionChanges(T0, T0 + 3000, 100);
            assertEquals(List.of(
                    new PositionChange(address(1), "BTC", T0 + 2000, d("1.5"), d("2"), AlertType.SIZE),
                    new PositionChange(address(1), "DOGE", T0 + 2000, d("0"), d("1000"), AlertType.ENTRY),
                    new PositionChange(address(1), "ETH", T0 + 2000, d("-2"), d("3"), AlertType.REVERSAL),
                    new PositionChange(address(1), "SOL", T0 + 2000, d("10"), d("0"), AlertType.EXIT)), changes);
        }
        try (SmartMoneyStore reopened = new SmartMoneyStore(ds)) {
            WalletState again = state(1, T0 + 5000, "990.0", position("BTC", "2", "100000", "200000"),
                    position("ETH", "3", "3000", "9000"), position("DOGE", "1000", "0.1", "100"));
            assertFalse(reopened.recordState(again), "after a restart the previous state is the stored one");
            assertTrue(reopened.recordState(state(1, T0 + 6000, "990")), "went flat: a change");
            reopened.flush();
            assertEquals(List.of(AlertType.EXIT, AlertType.EXIT, AlertType.EXIT), reopened.positionChanges(T0 + 6000,
                    T0 + 6001, 100).stream().map(PositionChange::type).toList(), "BTC, DOGE and ETH closed");
        }
        assertEquals(3, count("SELECT count(*) FROM sm_wallet_states"));
    }

    @Test
    void alertsAreDeduplicatedOnTheirIdAndPagedNewestFirstWithFilters() throws Exception {
        List<WhaleAlert> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long time = T0 + (i / 3) * 1000L; // three alerts share each time: pages must split ties right
            AlertType type = AlertType.values()[i % 4];
            AlertPriority priority = AlertPriority.values()[i % 3];
            all.add(alert("a" + (100 + i), time, i % 2 == 0 ? "BTC" : "ETH", type, priority));
        }
        try (SmartMoneyStore store = new SmartMoneyStore(ds)) {
            all.forEach(store::recordAlert);
            all.subList(0, 5).forEach(store::recordAlert); // replayed after a restart: no duplicate
            store.flush();
            assertEquals(25, count("SELECT count(*) FROM sm_whale_alerts"));

            List<WhaleAlert> expected = all.stream().sorted(Comparator.comparingLong(WhaleAlert::time)
                    .thenComparing(WhaleAlert::id).reversed()).toList();
            List<WhaleAlert> paged = new ArrayList<>();
            AlertQuery.Cursor before = null;
            int pages = 0;
            do {
                AlertPage page = store.alerts(new AlertQuery(10, before, Long.MIN_VALUE, null, null, null));
                paged.addAll(page.alerts());
                before = page.next();
                pages++;
            } while (before != null);
            assertEquals(3, pages);
            assertEquals(expected, paged, "every alert once, newest first, exact decimals");
            assertEquals(new BigDecimal("12.50000"), paged.get(0).newSize());

            AlertPage btcEntries = store.alerts(new AlertQuery(100, null, Long.MIN_VALUE, "BTC", AlertType.ENTRY,
                    null));
            assertEquals(expected.stream().filter(a -> a.coin().equals("BTC") && a.type() == AlertType.ENTRY)
                    .toList(), btcEntries.alerts());
            assertNull(btcEntries.next());
            AlertPage critical = store.alerts(new AlertQuery(100, null, T0 + 5000, null, null,
                    AlertPriority.CRITICAL));
            assertEquals(expected.stream().filter(a -> a.priority() == AlertPriority.CRITICAL && a.time() >= T0 + 5000)
                    .toList(), critical.alerts());
            assertFalse(critical.alerts().isEmpty());
            AlertQuery.Cursor c = AlertQuery.Cursor.parse(paged.get(9).time() + "~" + paged.get(9).id());
            assertEquals(paged.subList(10, 15), store.alerts(new AlertQuery(5, c, Long.MIN_VALUE, null, null, null))
                    .alerts());
        }
        assertThrows(IllegalArgumentException.class, () -> AlertQuery.Cursor.parse("12345"));
        assertThrows(IllegalArgumentException.class, () -> AlertQuery.Cursor.parse("x~a1"));
        assertThrows(IllegalArgumentException.class, () -> AlertQuery.newest(1001));
    }

    @Test
    void replayReturnsStatesInTimeOrderWithinTheRange() {
        List<WalletState> written = new ArrayList<>();
        try (SmartMoneyStore store = new SmartMoneyStore(ds)) {
            for (int step = 0; step < 50; step++) {
                for (int w = 3; w >= 1; w--) { // recorded newest wallet first, with interleaved times
                    long time = T0 + step * 10_000L + (w == 2 ? 0 : w * 7L);
                    WalletState s = state(w, time, Integer.toString(1000 + step),
                            position("BTC", (step + w) + ".25", "100000", "1"));
                    assertTrue(store.recordState(s));
                    written.add(s);
                }
            }
            store.flush();
            List<WalletState> expected = written.stream().filter(s -> s.time() >= T0 + 100_000
                    && s.time() < T0 + 300_000).sorted(Comparator.comparingLong(WalletState::time)
                    .thenComparing(WalletState::address)).toList();
            List<WalletState> replayed = store.replay(T0 + 100_000, T0 + 300_000);
            assertEquals(expected, replayed);
            assertEquals(60, replayed.size());
            Set<String> latest = new HashSet<>();
            for (WalletState s : store.latestStates()) {
                assertEquals(T0 + 490_000 + (s.address().equals(address(2)) ? 0
                        : Integer.parseInt(s.address().substring(41), 16) * 7L), s.time());
                latest.add(s.address());
            }
            assertEquals(Set.of(address(1), address(2), address(3)), latest);
        }
    }

    @Test
    void writesAfterCloseAreRefusedAndReadsStillWork() {
        SmartMoneyStore store = new SmartMoneyStore(ds);
        store.recordAlert(alert("z1", T0, "BTC", AlertType.EXIT, AlertPriority.HIGH));
        store.close();
        assertThrows(IllegalStateException.class, () -> store.recordAlert(alert("z2", T0, "BTC", AlertType.EXIT,
                AlertPriority.HIGH)));
        assertEquals(1, store.alerts(AlertQuery.newest(10)).alerts().size(), "close wrote what was queued");
    }

    @Test
    void aWriteTheDatabaseRefusesCostsOnlyItself() throws Exception {
        try (SmartMoneyStore store = new SmartMoneyStore(ds)) {
            exec("ALTER TABLE sm_whale_alerts RENAME TO sm_whale_alerts_away");
            try {
                store.recordAlert(alert("lost", T0, "BTC", AlertType.ENTRY, AlertPriority.HIGH));
                assertTrue(store.recordState(state(9, T0, "5", position("BTC", "1", "2", "3"))));
                store.flush();
            } finally {
                exec("ALTER TABLE sm_whale_alerts_away RENAME TO sm_whale_alerts");
            }
            assertEquals(1, store.writeErrors(), "the alert failed, counted");
            assertTrue(store.latestState(address(9)).isPresent(), "the state queued after it was written (in its batch or the next)");
            store.recordAlert(alert("kept", T0, "BTC", AlertType.ENTRY, AlertPriority.HIGH));
            store.flush();
            assertEquals(List.of("kept"), store.alerts(AlertQuery.newest(10)).alerts().stream().map(WhaleAlert::id)
                    .toList(), "the writer goes on");
        }
    }

    private static void exec(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
