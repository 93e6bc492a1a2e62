package io.trader.app.models;

import io.trader.app.Main;
import io.trader.app.cli.PaperCommand;
import io.trader.app.config.TraderSettings;
import io.trader.app.store.Database;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The model registry of the settings' {@code trader.data-dir}, on its store: the running session's database
 * when one holds the directory, else one started for the caller. Closing it closes what was opened.
 */
public record OpenRegistry(Database database, ModelRegistry registry) implements AutoCloseable {

    /** Opens it; a store that cannot be opened or reached stops the command with its reason (exit 2). */
    public static OpenRegistry open(TraderSettings settings) {
        Database db;
        try {
            db = Database.openOrAttach(PaperCommand.storeConfig(settings));
        } catch (IllegalStateException e) {
            throw new Main.UserError(e.getMessage());
        }
        return new OpenRegistry(db, new ModelRegistry(db.dataSource(),
                ModelRegistry.modelsDir(Path.of(settings.raw("trader.data-dir"))), Clock.systemUTC()));
    }

    @Override
    public void close() {
        database.close();
    }
}
