package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads the candle files named on the command line, with clear errors for the user. */
final class DataFiles {

    private DataFiles() {
    }

    static List<CandleSeries> load(List<Path> files) {
        CandleFileReader reader = new CandleFileReader();
        List<CandleSeries> out = new ArrayList<>();
        Set<String> symbols = new HashSet<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new Main.UserError("data file not found: " + f);
            }
            CandleSeries s;
            try {
                s = reader.read(f);
            } catch (IOException e) {
                throw new Main.UserError("cannot read " + f + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new Main.UserError("cannot use " + f + ": " + e.getMessage());
            }
            if (s.isEmpty()) {
                throw new Main.UserError("no valid bars in " + f + " (" + s.report() + ")");
            }
            if (!symbols.add(s.symbol())) {
                throw new Main.UserError("instrument " + s.symbol() + " is given twice (" + f + ")");
            }
            out.add(s);
        }
        return out;
    }
}
