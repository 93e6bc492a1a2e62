package io.trader.app.store;

import io.trader.core.event.EquityPoint;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of {@link StoreCrashTest}: opens the embedded store, queues equity points, saves the kill
 * switch, writes a marker file and waits to be killed.
 */
public final class StoreCrashChild {

    static final int POINTS = 500;

    private StoreCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        Database db = Database.open(StoreConfig.embedded(dataDir));
        TradingStore store = new TradingStore(db.dataSource(), "crash");
        for (int i = 0; i < POINTS; i++) {
            store.onEquity(new EquityPoint(StoreFixtures.T0 + i, i, i, 0, 0, 0, 0, i, 0.0));
        }
        store.saveKillSwitch(true, "engaged just before the crash", StoreFixtures.T0, true);
        Files.writeString(marker, "saved");
        Thread.sleep(Long.MAX_VALUE);
    }
}
