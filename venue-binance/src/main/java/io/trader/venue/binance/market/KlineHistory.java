package io.trader.venue.binance.market;

import io.trader.venue.binance.BinanceRaw;
import io.trader.venue.binance.BinanceWeights;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Closed klines over REST: {@code GET /api/v3/klines} paged by {@code startTime}/{@code endTime} with
 * {@value #PAGE} rows a request, each request charged to the adapter's one {@link io.trader.venue.binance.RequestBudget}
 * through {@link BinanceRaw} (weight {@link BinanceWeights#KLINES}). Pages are read one after the other; a refusal
 * or a lost answer fails the future with the venue's reason. Malformed rows go to the reject callback.
 */
public final class KlineHistory {

    /** Rows per request: the endpoint's maximum. */
    public static final int PAGE = 1000;

    private final BinanceRaw raw;
    private final Consumer<KlineMessage.Rejected> rejects;

    public KlineHistory(BinanceRaw raw, Consumer<KlineMessage.Rejected> rejects) {
        this.raw = raw;
        this.rejects = rejects;
    }

    /**
     * Every kline of {@code symbol} opening in {@code [from, to]} that had closed at {@code requestTime}, oldest
     * first.
     */
    public Future<List<Kline>> closed(String symbol, KlineInterval interval, long from, long to, long requestTime) {
        List<Kline> all = new ArrayList<>();
        return pages(symbol, interval, from, to, requestTime, page -> {
            all.addAll(page);
            return Future.succeededFuture();
        }).map(n -> all);
    }

    /**
     * Streams the klines of {@link #closed} page by page to {@code onPage}; the next page is requested once the
     * future {@code onPage} returned has completed (a writer's back-pressure).
     *
     * @return the number of klines handed over
     */
    public Future<Long> pages(String symbol, KlineInterval interval, long from, long to, long requestTime,
                              Function<List<Kline>, Future<Void>> onPage) {
        if (from > to) {
            return Future.succeededFuture(0L);
        }
        return page(symbol, interval, interval.openTimeOf(from), to, requestTime, onPage, 0L);
    }

    private Future<Long> page(String symbol, KlineInterval interval, long start, long to, long requestTime,
                              Function<List<Kline>, Future<Void>> onPage, long sofar) {
        String query = "symbol=" + symbol + "&interval=" + interval.wire() + "&startTime=" + start + "&endTime=" + to
                + "&limit=" + PAGE;
        return raw.call(HttpMethod.GET, "/api/v3/klines", query, BinanceWeights.KLINES).compose(reply -> {
            if (!reply.ok()) {
                return Future.failedFuture("klines " + symbol + " " + interval.wire() + ": " + reply.reason());
            }
            List<Kline> rows = KlineParser.parseRest(reply.body(), symbol, interval.wire(), requestTime, rejects);
            int received = reply.body().size();
            List<Kline> closed = rows.stream()
                    .filter(k -> k.closed() && k.openTime() >= start && k.openTime() <= to).toList();
            long lastOpen = rows.isEmpty() ? Long.MIN_VALUE : rows.get(rows.size() - 1).openTime();
            boolean more = received >= PAGE && lastOpen != Long.MIN_VALUE && lastOpen + interval.millis() <= to
                    && lastOpen >= start && rows.get(rows.size() - 1).closed();
            Future<Void> handed = closed.isEmpty() ? Future.succeededFuture() : onPage.apply(closed);
            long total = sofar + closed.size();
            return handed.compose(v -> more
                    ? page(symbol, interval, lastOpen + interval.millis(), to, requestTime, onPage, total)
                    : Future.succeededFuture(total));
        });
    }
}
