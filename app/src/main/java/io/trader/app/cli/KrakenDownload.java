package io.trader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.app.Main;
import io.trader.app.venue.KrakenMarketData;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Candle;
import io.trader.layer0.core.candle.CandleCsv;
import io.trader.venue.kraken.market.KrakenOhlc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kraken's committed OHLC candles into the candle CSV every download writes ({@link CandleCsvFile}). Kraken's public
 * {@code OHLC} serves only the {@value #SERVED} most recent candles of an interval (its {@code since} / {@code last}
 * cursor moves within them, never before), so one read per symbol holds everything there is: every symbol's range
 * is checked against what was served before any file is touched, and a range that starts before the oldest served
 * candle is refused with the date it could start at, rather than written short. Rows are validated as the live feed
 * validates them ({@link KrakenOhlc#candles}: on the price grid, a consistent range); the current candle is never
 * written.
 */
final class KrakenDownload {

    /** The most candles Kraken's OHLC endpoint serves (its documentation: "up to 720 of the most recent entries"). */
    static final int SERVED = 720;

    /** One symbol's download: its pair, instrument and file. */
    record Job(String symbol, String pair, InstrumentSpec spec, Path file) {
    }

    private KrakenDownload() {
    }

    /** Downloads {@code [from, to)} of each job; nothing is written unless every job's range is served. */
    static void run(KrakenMarketData.PublicReads reads, List<Job> jobs, String interval, int minutes, long from,
                    long to, long now) {
        long step = minutes * 60_000L;
        List<Runnable> writes = new ArrayList<>();
        for (Job job : jobs) {
            CandleCsvFile.Todo todo = CandleCsvFile.todo(job.file(), from, to, step, now / step * step);
            if (todo == null) {
                continue;
            }
            KrakenOhlc.Candles served = read(reads, job.pair(), job.spec(), minutes);
            long firstOpen = Math.floorDiv(todo.first() + step - 1, step) * step; // the first candle asked for
            if (served.committed().isEmpty() || served.committed().get(0).openTime() > firstOpen) {
                throw new Main.UserError(refusal(job.symbol(), interval, served, todo, from));
            }
            List<Candle> rows = new ArrayList<>();
            for (KrakenOhlc.Candle c : served.committed()) {
                if (c.openTime() >= todo.first() && c.openTime() <= todo.last()) {
                    rows.add(new Candle(job.symbol(), interval, c.openTime(), c.openTime() + step - 1, c.open(),
                            c.high(), c.low(), c.close(), c.volume(), c.trades()));
                }
            }
            if (served.rejected() > 0) {
                System.err.printf(Locale.ROOT, "download %s %s: %d malformed rows from kraken skipped%n", job.symbol(),
                        interval, served.rejected());
            }
            writes.add(() -> write(job.file(), rows, todo.resumed()));
        }
        writes.forEach(Runnable::run);
    }

    private static String refusal(String symbol, String interval, KrakenOhlc.Candles served, CandleCsvFile.Todo todo,
                                  long from) {
        String limit = "kraken's OHLC serves only the " + SERVED + " most recent " + interval + " candles";
        if (served.committed().isEmpty()) {
            return limit + ", and it served none of " + symbol + "; nothing written";
        }
        String oldest = CandleCsv.date(served.committed().get(0).openTime());
        String what = todo.first() == from ? "--from " + CandleCsv.date(from)
                : "the file's next candle " + CandleCsv.date(todo.first());
        return limit + ": the oldest " + symbol + " candle it has is " + oldest + ", so " + what + " cannot be served "
                + "(nothing written); give --from " + oldest + " or later, or a longer --interval";
    }

    private static KrakenOhlc.Candles read(KrakenMarketData.PublicReads reads, String pair, InstrumentSpec spec,
                                           int minutes) {
        JsonNode result;
        try {
            result = reads.get("OHLC", Map.of("pair", pair, "interval", Integer.toString(minutes)))
                    .toCompletableFuture().get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            throw new Main.UserError("download failed: kraken OHLC of " + pair + ": " + c.getMessage());
        }
        return KrakenOhlc.candles(result, pair, spec);
    }

    private static void write(Path file, List<Candle> rows, boolean resumed) {
        CandleCsvFile.open(file);
        try {
            CandleCsvFile.append(file, rows);
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + file + ": " + e.getMessage());
        }
        CandleCsvFile.done(file, rows.size(), resumed);
    }
}
