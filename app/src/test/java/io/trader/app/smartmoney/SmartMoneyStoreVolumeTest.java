package io.trader.app.smartmoney;

import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static io.trader.app.smartmoney.SmartMoneySamples.T0;
import static io.trader.app.smartmoney.SmartMoneySamples.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store at the feed's scale: 500 wallets with 5 positions each, 20 sweeps in which 4 wallets of 5 move (the fifth
 * re-reads unchanged), written and replayed; the times are measured and printed (a sanity bound only).
 */
class SmartMoneyStoreVolumeTest {

    @Test
    void twentySweepsOfFiveHundredWallets(@TempDir Path dir) {
        int wallets = 500;
        int sweeps = 20;
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
             SmartMoneyStore store = new SmartMoneyStore(db.dataSource())) {
            long start = System.nanoTime();
            int written = 0;
            for (int sweep = 0; sweep < sweeps; sweep++) {
                for (int w = 0; w < wallets; w++) {
                    boolean moves = sweep == 0 || w % 5 != 0;
                    int step = moves ? sweep : 0;
                    List<WalletPosition> positions = new ArrayList<>();
                    for (String coin : List.of("BTC", "ETH", "SOL", "HYPE", "DOGE")) {
                        positions.add(new WalletPosition(coin, new BigDecimal((w % 2 == 0 ? "" : "-") + (step + 1)
                                + ".125"), new BigDecimal("100.5"), new BigDecimal(step + 100 + ".25"),
                                new BigDecimal("-1.5"), 10, false, null));
                    }
                    if (store.recordState(WalletState.of(address(w + 1), T0 + sweep * 90_000L + w,
                            new BigDecimal(1_000_000 + step), positions))) {
                        written++;
                    }
                }
            }
            store.flush();
            double writeSeconds = (System.nanoTime() - start) / 1e9;
            assertEquals(wallets + (sweeps - 1) * wallets * 4 / 5, written);
            assertEquals(0, store.writeErrors());

            start = System.nanoTime();
            AtomicLong count = new AtomicLong();
            AtomicReference<WalletState> last = new AtomicReference<>();
            store.replay(T0, T0 + sweeps * 90_000L, s -> {
                WalletState before = last.getAndSet(s);
                assertTrue(before == null || before.time() <= s.time(), "time order");
                assertEquals(5, s.positions().size());
                count.incrementAndGet();
            });
            double replaySeconds = (System.nanoTime() - start) / 1e9;
            assertEquals(written, count.get());
            long changes = store.positionChanges(T0, T0 + sweeps * 90_000L, 1_000_000).size();
            assertEquals((long) (sweeps - 1) * wallets * 4 / 5 * 5, changes, "every coin's size moved each sweep");
            System.out.printf("smart-money store: %d states (%d positions, %d changes) written in %.2f s (%.0f states/s),"
                            + " replayed in %.2f s (%.0f states/s); %d unchanged states skipped%n", written,
                    written * 5L, changes, writeSeconds, written / writeSeconds, replaySeconds,
                    written / replaySeconds, store.statesUnchanged());
            assertTrue(writeSeconds < 300 && replaySeconds < 300, "sanity bound");
        }
    }
}
