package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.layer0.core.CandleInputException;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.RejectReason;
import io.trader.layer0.core.ValidationReport;
import io.trader.layer0.service.CandleFileReader;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads the candle files named on the command line. A file that cannot be candles, or whose share of
 * rejected rows is above {@code trader.data.max-rejected-share}, stops the command with one line saying
 * why (exit code 2); what the reader handled (sorted rows, rejected rows, zero volume) is logged.
 */
public final class DataFiles {

    static final String MAX_REJECTED = "trader.data.max-rejected-share";

    private DataFiles() {
    }

    public static List<CandleSeries> load(List<Path> files, TraderSettings settings) {
        double maxRejected = settings.dbl(MAX_REJECTED);
        CandleFileReader reader = new CandleFileReader();
        List<CandleSeries> out = new ArrayList<>();
        Set<String> symbols = new HashSet<>();
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new Main.UserError("data file not found: " + f);
            }
            CandleSeries s;
            try {
                s = reader.read(f);
            } catch (CandleInputException e) {
                throw new Main.UserError(e.getMessage());
            } catch (IOException e) {
                throw new Main.UserError("cannot read " + f + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new Main.UserError("cannot use " + f + ": " + e.getMessage());
            }
            ValidationReport r = s.report();
            if (r.rejectedShare() > maxRejected) {
                throw new Main.UserError(String.format(Locale.ROOT,
                        "%s: %d of %d rows rejected (%.2f%%), more than %s allows (%s = %s%%): %s; fix the file, "
                                + "or raise %s to use the rest", f, r.rejected(), r.totalRows(),
                        100 * r.rejectedShare(), MAX_REJECTED, settings.raw(MAX_REJECTED),
                        percent(settings.raw(MAX_REJECTED)), reasons(r), MAX_REJECTED));
            }
            if (s.isEmpty()) {
                throw new Main.UserError("no valid bars in " + f + ": " + reasons(r));
            }
            if (!symbols.add(s.symbol())) {
                throw new Main.UserError("instrument " + s.symbol() + " is given twice (" + f + ")");
            }
            out.add(s);
        }
        return out;
    }

    /** "OUT_OF_ORDER 38 (first lines [12, 52, ...]), MALFORMED 2 (first lines [...])". */
    static String reasons(ValidationReport r) {
        List<String> parts = new ArrayList<>();
        for (RejectReason reason : RejectReason.values()) {
            long n = r.count(reason);
            if (n > 0) {
                parts.add(reason + " " + n + " (first lines " + r.examplesOf(reason) + ")");
            }
        }
        return String.join(", ", parts);
    }

    private static String percent(String fraction) {
        return new BigDecimal(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
