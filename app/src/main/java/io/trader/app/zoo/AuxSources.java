package io.trader.app.zoo;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.core.port.MarketContextSource;
import io.trader.layer0.core.aux.AuxAligner;
import io.trader.layer0.core.aux.AuxConfig;
import io.trader.layer0.core.aux.AuxInputException;
import io.trader.layer0.service.aux.AuxDataFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The auxiliary data of an instrument from files ({@code trader.aux.dir}, laid out like {@code shared/data}):
 * funding, mark and index prices and the daily on-chain / sentiment series, each visible only from the time
 * it was known ({@code trader.aux.daily-lag-hours} after a daily value's day closed). Empty setting: none.
 */
public final class AuxSources {

    private AuxSources() {
    }

    public static MarketContextSource forSymbol(TraderSettings settings, String symbol) {
        return source(aligner(settings, symbol));
    }

    /** The context source reading {@code aligner} (null: no auxiliary data). */
    public static MarketContextSource source(AuxAligner aligner) {
        if (aligner == null) {
            return MarketContextSource.NONE;
        }
        return (bar, context) -> aligner.fill(bar.openTime(), bar.closeTime(), context);
    }

    /** The files' aligner of {@code symbol}, or null when {@code trader.aux.dir} is empty. */
    public static AuxAligner aligner(TraderSettings settings, String symbol) {
        String dir = settings.raw("trader.aux.dir").strip();
        if (dir.isEmpty()) {
            return null;
        }
        Path root = Path.of(dir);
        if (!Files.isDirectory(root)) {
            throw new Main.UserError("trader.aux.dir (" + dir + ") is not a folder");
        }
        long lag = Math.round(settings.dbl("trader.aux.daily-lag-hours") * 3_600_000L);
        AuxAligner aligner;
        try {
            aligner = AuxDataFiles.aligner(root, symbol, AuxConfig.DEFAULT.withDailyLag(lag));
        } catch (AuxInputException e) {
            throw new Main.UserError("auxiliary data refused: " + e.getMessage());
        } catch (IOException e) {
            throw new Main.UserError("cannot read auxiliary data in " + dir + ": " + e.getMessage());
        }
        return aligner;
    }
}
