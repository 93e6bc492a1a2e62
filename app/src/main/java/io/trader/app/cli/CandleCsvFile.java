package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.core.market.Candle;
import io.trader.layer0.core.candle.CandleCsv;
import io.trader.layer0.service.CandleCsvFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The venue-independent half of a candle download: the CSV every download writes ({@link CandleCsv}:
 * {@code date,open,high,low,close,volume}, read back by the backtester), resumed after its last row (a torn last
 * line is cut first) so rows are never repeated, each batch appended and forced to disk; and which open times are
 * still to fetch. The venue half ({@link BinanceDownload}, {@link KrakenDownload}) fetches and validates the rows.
 */
final class CandleCsvFile {

    /**
     * What a download still has to write.
     *
     * @param first   first open time to write
     * @param last    last open time to write (inclusive)
     * @param resumed the file already held rows
     */
    record Todo(long first, long last, boolean resumed) {
    }

    private CandleCsvFile() {
    }

    /**
     * Looks at {@code file} (without changing it) and says which open times of {@code [from, to)} are still to write,
     * closed candles only: those before {@code currentOpen}, the open time of the candle in progress. Null (and a
     * line saying so) when the file is up to date.
     *
     * @param step the interval's length in ms (the next row's open time after the file's last)
     */
    static Todo todo(Path file, long from, long to, long step, long currentOpen) {
        long lastRow;
        try {
            lastRow = lastRow(file);
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + file + ": " + e.getMessage());
        }
        long first = lastRow == Long.MIN_VALUE ? from : Math.max(from, lastRow + step);
        long last = Math.min(to - 1, currentOpen - 1);
        if (first > last) {
            System.out.printf(Locale.ROOT, "%s: up to date (last candle %s)%n", file,
                    lastRow == Long.MIN_VALUE ? "none" : CandleCsv.date(lastRow));
            return null;
        }
        return new Todo(first, last, lastRow != Long.MIN_VALUE);
    }

    /** Creates the file with its header, or cuts a torn last line: call once the rows are known to be served. */
    static void open(Path file) {
        try {
            CandleCsvFiles.prepare(file);
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Appends {@code candles} as rows and forces them to disk. */
    static void append(Path file, List<Candle> candles) throws IOException {
        CandleCsvFiles.append(file, candles);
    }

    /** The closing line of one file's download. */
    static void done(Path file, long rows, boolean resumed) {
        System.out.printf(Locale.ROOT, "%s: %d rows written%s%n", file, rows, resumed ? " (resumed)" : "");
    }

    /** The open time of the file's last complete row, or {@code Long.MIN_VALUE}; see {@link CandleCsvFiles#lastRow}. */
    static long lastRow(Path file) throws IOException {
        return CandleCsvFiles.lastRow(file);
    }
}
