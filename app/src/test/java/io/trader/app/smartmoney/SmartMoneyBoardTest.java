package io.trader.app.smartmoney;

import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.WhaleAlert;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.trader.app.smartmoney.SmartMoneySamples.T0;
import static io.trader.app.smartmoney.SmartMoneySamples.address;
import static io.trader.app.smartmoney.SmartMoneySamples.alert;
import static io.trader.app.smartmoney.SmartMoneySamples.bias;
import static io.trader.app.smartmoney.SmartMoneySamples.tracked;
import static io.trader.app.smartmoney.SmartMoneySamples.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmartMoneyBoardTest {

    @Test
    void walletsCarryTheirWeightAndLastReadAndARefreshDropsTheUntracked() {
        SmartMoneyBoard board = new SmartMoneyBoard();
        assertEquals(-1, board.leaderboardTime());
        board.onWallets(T0, List.of(tracked(3, Tier.EXTENDED, 55, "1"), tracked(1, Tier.WHALE, 90, "2"),
                tracked(2, Tier.WHALE, 120, "3")));
        board.onWeights(List.of(weight(1, Tier.WHALE, 1.7), weight(3, Tier.EXTENDED, 0.9)));
        board.onState(address(1), T0 + 500, "ws");
        board.onState(address(1), T0 + 400, "rest"); // late older read: ignored
        List<BoardWallet> all = board.wallets(null);
        assertEquals(List.of(address(2), address(1), address(3)), all.stream().map(BoardWallet::address).toList(),
                "tier 1 first, best score first");
        BoardWallet one = all.get(1);
        assertEquals(1.7, one.weight().composite());
        assertEquals(T0 + 500, one.lastRefresh());
        assertEquals("ws", one.source());
        assertNull(all.get(0).weight());
        assertEquals(-1, all.get(0).lastRefresh());
        assertEquals(Map.of(Tier.WHALE, 2, Tier.CORE, 0, Tier.EXTENDED, 1), board.walletCounts());
        assertEquals(List.of(address(3)), board.wallets(Tier.EXTENDED).stream().map(BoardWallet::address).toList());

        board.onWallets(T0 + 300_000, List.of(tracked(1, Tier.CORE, 75, "2"), tracked(4, Tier.CORE, 71, "9")));
        assertEquals(T0 + 300_000, board.leaderboardTime());
        List<BoardWallet> next = board.wallets(null);
        assertEquals(List.of(address(1), address(4)), next.stream().map(BoardWallet::address).toList());
        assertEquals(T0 + 500, next.get(0).lastRefresh(), "a wallet still tracked keeps its read time and weight");
        assertEquals(1.7, next.get(0).weight().composite());
        board.onWallets(T0 + 600_000, List.of(tracked(3, Tier.EXTENDED, 55, "1")));
        assertNull(board.wallets(null).get(0).weight(), "wallet 3 left and came back: its old weight was dropped");
    }

    @Test
    void biasIsLatestPerCoinAndFoundIgnoringCaseWhenUnambiguous() {
        SmartMoneyBoard board = new SmartMoneyBoard();
        board.onBias(bias("BTC", T0 + 10, 0.5));
        board.onBias(bias("BTC", T0 + 5, -0.9)); // older: kept out
        board.onBias(bias("kPEPE", T0, 0.1));
        assertEquals(0.5, board.bias("BTC").orElseThrow().bias());
        assertEquals(0.5, board.bias("btc").orElseThrow().bias());
        assertEquals(0.1, board.bias("KPEPE").orElseThrow().bias());
        board.onBias(bias("KPEPE", T0, 0.2));
        assertEquals(0.2, board.bias("KPEPE").orElseThrow().bias(), "exact name first");
        assertTrue(board.bias("kpepe").isEmpty(), "two coins match ignoring case: only an exact name answers");
        assertTrue(board.bias("ETH").isEmpty());
        assertEquals(List.of("BTC", "KPEPE", "kPEPE"), new ArrayList<>(board.biases().keySet()));
    }

    @Test
    void theAlertRingIsBoundedNewestFirstAndIgnoresDuplicates() {
        SmartMoneyBoard board = new SmartMoneyBoard(3);
        for (int i = 0; i < 5; i++) {
            assertTrue(board.onAlert(alert("a" + i, T0 + i, "BTC", AlertType.ENTRY, AlertPriority.HIGH)));
        }
        assertFalse(board.onAlert(alert("a4", T0 + 4, "BTC", AlertType.ENTRY, AlertPriority.HIGH)));
        assertEquals(List.of("a4", "a3", "a2"), board.recentAlerts(10).stream().map(WhaleAlert::id).toList());
        assertEquals(List.of("a4"), board.recentAlerts(1).stream().map(WhaleAlert::id).toList());
        assertEquals(5, board.alertCount(AlertType.ENTRY, AlertPriority.HIGH));
        assertTrue(board.onAlert(alert("a0", T0, "BTC", AlertType.ENTRY, AlertPriority.HIGH)),
                "an id that left the ring is no longer known (the store dedupes for good)");
    }

    /** Writers and readers at once: nothing is lost or counted twice, the ring stays bounded and consistent. */
    @Test
    void concurrentWritersAndReaders() throws Exception {
        int threads = 8;
        int perThread = 2_000;
        // room for every alert: a duplicate always finds its original in the ring (a smaller ring may evict the original
        // while its thread is descheduled, and then accepts the duplicate: the store dedupes for good)
        SmartMoneyBoard board = new SmartMoneyBoard(threads * perThread);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    AlertType type = AlertType.values()[i % 4];
                    board.onAlert(alert(thread + ":" + i, T0 + i, "C" + (i % 7), type, AlertPriority.MEDIUM));
                    board.onAlert(alert(thread + ":" + i, T0 + i, "C" + (i % 7), type, AlertPriority.MEDIUM));
                    board.onState(address(thread), T0 + i, "rest");
                    board.onBias(bias("C" + (i % 7), T0 + i, 0.1));
                    if (i % 100 == 0) {
                        board.onWallets(T0 + i, List.of(tracked(thread, Tier.WHALE, 90, "1")));
                    }
                }
                return null;
            }));
        }
        for (int r = 0; r < 2; r++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 2_000; i++) {
                    List<WhaleAlert> recent = board.recentAlerts(1000);
                    Set<String> ids = new HashSet<>();
                    recent.forEach(a -> ids.add(a.id()));
                    assertEquals(recent.size(), ids.size(), "no duplicate in the ring");

                    board.wallets(null);
                    board.biases();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long total = 0;
        for (AlertType type : AlertType.values()) {
            total += board.alertCount(type, AlertPriority.MEDIUM);
        }
        assertEquals((long) threads * perThread, total, "each alert counted once, duplicates not at all");
        assertEquals(threads * perThread, board.recentAlerts(Integer.MAX_VALUE).size());
        assertEquals(7, board.biases().size());
        assertEquals(T0 + 1995, board.biases().get("C0").time(), "the newest bias of C0 (i = 1995) won");
    }
}
