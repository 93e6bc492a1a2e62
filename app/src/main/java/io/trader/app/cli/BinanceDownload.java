package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.venue.BinanceMarketData;
import io.trader.layer0.core.DateText;
import io.trader.core.market.Candle;
import io.trader.layer0.core.candle.CandleCsv;
import io.trader.venue.binance.market.Kline;
import io.trader.venue.binance.market.KlineInterval;
import io.vertx.core.Future;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Closed Binance spot klines into the candle CSV every download writes ({@link CandleCsv}:
 * {@code date,open,high,low,close,volume}, read back by the backtester), paged through one request budget. Resumes a
 * file after its last row (a torn last line is cut first), so rows are never repeated; each page is appended and
 * forced to disk before the next is requested.
 */
final class BinanceDownload {

    private static final int TAIL = 64 * 1024;

    private BinanceDownload() {
    }

    /** Downloads {@code [from, to)} of {@code symbol} into {@code file}; returns the rows written. */
    static long run(BinanceMarketData md, String symbol, KlineInterval interval, long from, long to, Path file,
                    long now) {
        long last;
        try {
            last = prepare(file);
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + file + ": " + e.getMessage());
        }
        long start = last == Long.MIN_VALUE ? from : Math.max(from, last + interval.millis());
        long end = Math.min(to - 1, interval.openTimeOf(now) - 1);
        if (start > end) {
            System.out.printf(Locale.ROOT, "%s: up to date (last candle %s)%n", file, CandleCsv.date(last));
            return 0;
        }
        long[] rows = {0};
        Future<Long> done = md.history().pages(symbol, interval, start, end, now, page -> {
            try {
                append(file, page);
                rows[0] += page.size();
                System.err.printf(Locale.ROOT, "download %s %s: %d rows, up to %s%n", symbol, interval.wire(),
                        rows[0], CandleCsv.date(page.get(page.size() - 1).openTime()));
                return Future.succeededFuture();
            } catch (IOException e) {
                return Future.failedFuture(e);
            }
        });
        long n = awaitLong(done);
        System.out.printf(Locale.ROOT, "%s: %d rows written%s%n", file, n, last == Long.MIN_VALUE ? "" : " (resumed)");
        return n;
    }

    private static long awaitLong(Future<Long> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            throw new Main.UserError("download failed: " + c.getMessage());
        }
    }

    /** Creates the file with its header, or checks it and cuts a torn last line; the last row's open time. */
    static long prepare(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, CandleCsv.HEADER + "\n", StandardCharsets.UTF_8);
            return Long.MIN_VALUE;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            String first = raf.readLine();
            if (!CandleCsv.HEADER.equals(first == null ? null : first.strip())) {
                throw new IOException("not a candle CSV (header " + first + ")");
            }
            long size = raf.length();
            int n = (int) Math.min(TAIL, size);
            byte[] tail = new byte[n];
            raf.seek(size - n);
            raf.readFully(tail);
            int end = n;
            while (end > 0 && tail[end - 1] != '\n') {
                end--;
            }
            if (end < n) {
                raf.setLength(size - (n - end));
            }
            int lineStart = end - 1;
            while (lineStart > 0 && tail[lineStart - 1] != '\n') {
                lineStart--;
            }
            String lastLine = new String(tail, Math.max(0, lineStart), Math.max(0, end - 1 - lineStart),
                    StandardCharsets.UTF_8).strip();
            long t = CandleCsv.openTimeOf(lastLine);
            return t == DateText.INVALID ? Long.MIN_VALUE : t;
        }
    }

    private static void append(Path file, List<Kline> page) throws IOException {
        StringBuilder sb = new StringBuilder(page.size() * 64);
        for (Kline k : page) {
            sb.append(CandleCsv.row(new Candle(k.symbol(), k.interval(), k.openTime(), k.closeTime(), k.open(),
                    k.high(), k.low(), k.close(), k.volume(), k.trades()))).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }
}
