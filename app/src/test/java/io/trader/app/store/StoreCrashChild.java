package io.trader.app.store;

import io.trader.core.event.EquityPoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link StoreCrashTest}. Mode {@code kill}: queues equity points, saves the kill switch,
 * writes the marker file and waits to be killed. Mode {@code term}: registers a shutdown hook like the
 * application's (a moment of work, a last checkpoint, then close store and database), writes the marker
 * and waits for SIGTERM.
 */
public final class StoreCrashChild {

    static final int POINTS = 500;
    static final long LAST_STEP = StoreFixtures.T0 + 42;

    private StoreCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        Database db = Database.open(StoreConfig.embedded(dataDir));
        TradingStore store = new TradingStore(db.dataSource(), "crash");
        if (args[2].equals("term")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(500); // stopping the engine takes a moment while the database's own hook runs
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                store.checkpoint(new Checkpoint("crash", LAST_STEP, 1, 2, 3, 4, "term", List.of(), List.of()));
                store.close();
                db.close();
            }));
        } else {
            for (int i = 0; i < POINTS; i++) {
                store.onEquity(new EquityPoint(StoreFixtures.T0 + i, i, i, 0, 0, 0, 0, i, 0.0));
            }
            store.saveKillSwitch(true, "engaged just before the crash", StoreFixtures.T0, true);
        }
        Files.writeString(marker, "ready");
        Thread.sleep(Long.MAX_VALUE);
    }
}
