package io.trader.layer0.service;

import io.trader.core.port.TimeSource;
import io.trader.core.market.Candle;
import io.trader.layer0.core.candle.CandleCsv;
import io.trader.core.market.CandleInterval;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Downloads closed candles of one instrument and interval from any venue ({@link CandlePages}) into a CSV in the {@code shared/data} layout
 * ({@link CandleCsv}). Resumable: when the file exists, the run continues after its last row, so rows are never
 * duplicated; a torn last line left by a crash is cut off first. Each page is appended with one write and forced
 * to disk before progress is reported. The candle still in progress is never written. File work runs on Vert.x
 * worker threads, one page after another.
 */
public final class CandleDownloader {

    private static final long DAY = 86_400_000L;

    private final Vertx vertx;
    private final TimeSource clock;

    /** A venue's candle history: pages of closed candles with open times in {@code [start, end]}, oldest first. */
    @FunctionalInterface
    public interface CandlePages {
        /** Fetches every page in order, handing each to {@code page}; completes after the last one. */
        Future<?> fetch(long startOpenTime, long endOpenTime, Consumer<List<Candle>> page);
    }

    public CandleDownloader(Vertx vertx, TimeSource clock) {
        this.vertx = vertx;
        this.clock = clock;
    }

    /**
     * Appends the candles of the last {@code days} days (from the file's last row when resuming) to {@code file}.
     *
     * @param symbol   the instrument, for progress reports
     * @param pages    the venue's candle history of {@code symbol} at {@code interval}
     * @param progress called after each page is on disk (on a Vert.x thread)
     */
    public Future<DownloadResult> download(String symbol, CandleInterval interval, int days, Path file,
                                           CandlePages pages, Consumer<DownloadProgress> progress) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be > 0");
        }
        long asOf = clock.millis();
        long lastClosed = interval.openTimeOf(asOf) - interval.millis();
        return vertx.executeBlocking(() -> CandleCsvFiles.prepare(file)).compose(last -> {
            boolean resumed = last != Long.MIN_VALUE;
            long start = Math.max(interval.openTimeOf(asOf - days * DAY),
                    resumed ? last + interval.millis() : Long.MIN_VALUE);
            if (start > lastClosed) {
                return Future.succeededFuture(new DownloadResult(file, resumed, 0, last));
            }
            Writer w = new Writer(file, last);
            return pages.fetch(start, lastClosed, page -> {
                List<Candle> rows = page.stream().filter(c -> c.openTime() <= lastClosed).toList();
                w.chain = w.chain.compose(v -> vertx.executeBlocking(() -> {
                    w.write(rows);
                    progress.accept(new DownloadProgress(symbol, interval.wire(), w.rows, w.last, start, lastClosed));
                    return null;
                }));
            }).compose(all -> w.chain).map(v -> new DownloadResult(file, resumed, w.rows, w.last));
        });
    }

    /** Appends pages in order; touched by one worker task at a time (the chain serialises them). */
    private static final class Writer {
        final Path file;
        Future<Void> chain = Future.succeededFuture();
        long rows;
        long last;

        Writer(Path file, long last) {
            this.file = file;
            this.last = last;
        }

        void write(List<Candle> page) throws IOException {
            List<Candle> fresh = page.stream().filter(c -> c.openTime() > last).toList();
            CandleCsvFiles.append(file, fresh);
            if (!fresh.isEmpty()) {
                rows += fresh.size();
                last = fresh.get(fresh.size() - 1).openTime();
            }
        }
    }
}
