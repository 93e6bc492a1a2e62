package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.venue.BinanceMarketData;
import io.trader.core.market.Candle;
import io.trader.layer0.core.candle.CandleCsv;
import io.trader.venue.binance.market.Kline;
import io.trader.venue.binance.market.KlineInterval;
import io.vertx.core.Future;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Closed Binance spot klines into the candle CSV every download writes ({@link CandleCsvFile}), paged through one
 * request budget; each page is appended and forced to disk before the next is requested.
 */
final class BinanceDownload {

    private BinanceDownload() {
    }

    /** Downloads {@code [from, to)} of {@code symbol} into {@code file}; returns the rows written. */
    static long run(BinanceMarketData md, String symbol, KlineInterval interval, long from, long to, Path file,
                    long now) {
        CandleCsvFile.Todo todo = CandleCsvFile.todo(file, from, to, interval.millis(), interval.openTimeOf(now));
        if (todo == null) {
            return 0;
        }
        CandleCsvFile.open(file);
        long[] rows = {0};
        Future<Long> done = md.history().pages(symbol, interval, todo.first(), todo.last(), now, page -> {
            try {
                CandleCsvFile.append(file, page.stream().map(BinanceDownload::candle).toList());
                rows[0] += page.size();
                System.err.printf(Locale.ROOT, "download %s %s: %d rows, up to %s%n", symbol, interval.wire(),
                        rows[0], CandleCsv.date(page.get(page.size() - 1).openTime()));
                return Future.succeededFuture();
            } catch (IOException e) {
                return Future.failedFuture(e);
            }
        });
        long n = awaitLong(done);
        CandleCsvFile.done(file, n, todo.resumed());
        return n;
    }

    private static Candle candle(Kline k) {
        return new Candle(k.symbol(), k.interval(), k.openTime(), k.closeTime(), k.open(), k.high(), k.low(),
                k.close(), k.volume(), k.trades());
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
}
