package io.trader.app.store;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trading stores open in this JVM, by data source, so that the database's shutdown hook can wait
 * for the application to close them (shutdown hooks run concurrently) before it stops the server.
 */
final class OpenStores {

    private static final Map<DataSource, List<TradingStore>> OPEN = new IdentityHashMap<>();

    private OpenStores() {
    }

    static synchronized void add(DataSource dataSource, TradingStore store) {
        OPEN.computeIfAbsent(dataSource, k -> new ArrayList<>()).add(store);
    }

    static synchronized void remove(DataSource dataSource, TradingStore store) {
        List<TradingStore> stores = OPEN.get(dataSource);
        if (stores != null && stores.remove(store) && stores.isEmpty()) {
            OPEN.remove(dataSource);
        }
        OpenStores.class.notifyAll();
    }

    /** Waits until every store on {@code dataSource} is closed or {@code grace} has passed; returns those still open. */
    static synchronized List<TradingStore> awaitClosed(DataSource dataSource, Duration grace)
            throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (OPEN.containsKey(dataSource)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            OpenStores.class.wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(OPEN.getOrDefault(dataSource, List.of()));
    }
}
