package io.trader.app.http;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.FaultyDataSource;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * A paper session (sma-cross, bars replayed as fast as possible) with the application's HTTP server, on
 * the embedded PostgreSQL and data directory under {@code dir}: opening it again on the same directory is
 * a restart. Its store reaches the database through a {@link FaultyDataSource}, so a test can make the
 * kill-switch statements fail or hang.
 */
final class PaperApi implements AutoCloseable {

    final Database db;
    final FaultyDataSource faults;
    final TradingStore store;
    final PaperSession session;
    final ApiServer api;

    /** @param faults sets the faults before the session starts (and restores its state) */
    PaperApi(Path dir, List<Bar> bars, Consumer<FaultyDataSource> faults) {
        db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        this.faults = new FaultyDataSource(db.dataSource());
        faults.accept(this.faults);
        store = new TradingStore(this.faults, "ks");
        TraderSettings settings = TraderSettings.defaults().with("trader.data-dir", dir.resolve("data").toString());
        session = new PaperSession(settings, Assembly.SMA_CROSS, "ks", new ReplayFeed(bars, 0, Clock.systemUTC(),
                "replay:test", List.of(bars.get(0).instrument().symbol())), store, Clock.systemUTC());
        api = new ApiServer(session);
        session.start();
    }

    PaperApi(Path dir, List<Bar> bars) {
        this(dir, bars, f -> { });
    }

    @Override
    public void close() {
        faults.release();
        session.stop();
        api.close();
        store.close();
        db.close();
    }
}
