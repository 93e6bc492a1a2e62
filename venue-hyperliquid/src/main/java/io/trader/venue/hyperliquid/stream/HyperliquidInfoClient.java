package io.trader.venue.hyperliquid.stream;

import io.trader.core.port.TimeSource;
import io.trader.core.venue.WeightBudget;
import io.trader.core.market.Candle;
import io.trader.venue.hyperliquid.data.HlFunding;
import io.trader.venue.hyperliquid.data.HlInfoParser;
import io.trader.venue.hyperliquid.data.HlInfoWeights;
import io.trader.venue.hyperliquid.data.HlInstruments;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.venue.hyperliquid.data.HlMalformedException;
import io.trader.venue.hyperliquid.data.HlMeta;
import io.trader.venue.hyperliquid.data.HlMetaAndCtxs;
import io.trader.venue.hyperliquid.data.L2Snapshot;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Typed Hyperliquid info requests over {@link HyperliquidInfoRaw} (rate limit and retries included). Time-range
 * requests are paged: the venue returns at most {@link HyperliquidResilience#ROWS_PER_CALL} rows per call, so the
 * paged methods ask again from just after the last row received until the range is covered or a page brings
 * nothing new. Results are venue-neutral records; a body that does not parse fails with
 * {@link HyperliquidException.Kind#MALFORMED_RESPONSE}. Thread-safe.
 */
public final class HyperliquidInfoClient implements AutoCloseable {

    private final HyperliquidInfoRaw raw;

    /** A client with a weight budget of its own (tests, standalone commands): see {@link HyperliquidInfoRaw}. */
    public HyperliquidInfoClient(Vertx vertx, InfoClientConfig config) {
        this(new HyperliquidInfoRaw(vertx, config, System::currentTimeMillis,
                () -> ThreadLocalRandom.current().nextDouble()));
    }

    /** A client taking the data lane of {@code budget}, the connection's one budget shared with order entry. */
    public HyperliquidInfoClient(Vertx vertx, InfoClientConfig config, WeightBudget budget) {
        this(new HyperliquidInfoRaw(vertx, config, budget, System::currentTimeMillis,
                () -> ThreadLocalRandom.current().nextDouble()));
    }

    public HyperliquidInfoClient(Vertx vertx, InfoClientConfig config, TimeSource clock) {
        this(new HyperliquidInfoRaw(vertx, config, clock, () -> ThreadLocalRandom.current().nextDouble()));
    }

    public HyperliquidInfoClient(HyperliquidInfoRaw raw) {
        this.raw = raw;
    }

    /** The perp universe (asset id = index). */
    public Future<HlMeta> meta() {
        return call(new JsonObject().put("type", "meta"), HlInfoParser::meta);
    }

    /** The universe with funding, open interest, mark and oracle prices. */
    public Future<HlMetaAndCtxs> metaAndAssetCtxs() {
        return call(new JsonObject().put("type", "metaAndAssetCtxs"), HlInfoParser::metaAndAssetCtxs);
    }

    /** Every coin's mid. */
    public Future<Map<String, BigDecimal>> allMids() {
        return call(new JsonObject().put("type", "allMids"), HlInfoParser::allMids);
    }

    /** One book snapshot of {@code coin}, scaled with {@code instruments}. */
    public Future<L2Snapshot> l2Book(String coin, HlInstruments instruments) {
        return call(new JsonObject().put("type", "l2Book").put("coin", coin), b -> HlInfoParser.l2Book(b, instruments));
    }

    /** One {@code candleSnapshot} call (at most one page). */
    public Future<List<Candle>> candleSnapshot(String coin, HlInterval interval, long startTime, long endTime) {
        JsonObject req = new JsonObject().put("coin", coin).put("interval", interval.wire()).put("startTime", startTime)
                .put("endTime", endTime);
        long rows = Math.max(0, endTime - startTime) / interval.millis() + 1;
        return raw.post(new JsonObject().put("type", "candleSnapshot").put("req", req).encode(),
                HlInfoWeights.candleSnapshot(rows)).compose(parse(HlInfoParser::candles));
    }

    /** Every candle with open time in {@code [startTime, endTime]}, paged, oldest first, no duplicates. */
    public Future<List<Candle>> candles(String coin, HlInterval interval, long startTime, long endTime) {
        return candles(coin, interval, startTime, endTime, page -> {
        });
    }

    /** Like {@link #candles(String, HlInterval, long, long)}, handing each page's new candles to {@code onPage}. */
    public Future<List<Candle>> candles(String coin, HlInterval interval, long startTime, long endTime,
                                          Consumer<List<Candle>> onPage) {
        Promise<List<Candle>> result = Promise.promise();
        long maxPages = (endTime - startTime) / interval.millis() + 2;
        candlePage(coin, interval, interval.openTimeOf(startTime), endTime, new ArrayList<>(), onPage, maxPages, result);
        return result.future();
    }

    private void candlePage(String coin, HlInterval interval, long start, long end, List<Candle> acc,
                            Consumer<List<Candle>> onPage, long pagesLeft, Promise<List<Candle>> result) {
        candleSnapshot(coin, interval, start, end).onComplete(ar -> {
            if (ar.failed()) {
                result.fail(ar.cause());
                return;
            }
            long last = acc.isEmpty() ? Long.MIN_VALUE : acc.get(acc.size() - 1).openTime();
            List<Candle> fresh = new ArrayList<>();
            for (Candle c : ar.result()) {
                if (c.openTime() > last && c.openTime() <= end) {
                    fresh.add(c);
                    last = c.openTime();
                }
            }
            if (fresh.isEmpty()) {
                result.complete(acc);
                return;
            }
            acc.addAll(fresh);
            try {
                onPage.accept(List.copyOf(fresh));
            } catch (RuntimeException e) {
                result.fail(e);
                return;
            }
            long next = last + interval.millis();
            if (next > end || pagesLeft <= 1) {
                result.complete(acc);
            } else {
                candlePage(coin, interval, next, end, acc, onPage, pagesLeft - 1, result);
            }
        });
    }

    /** Funding rows of {@code coin} with time in {@code [startTime, endTime]}, paged, oldest first. */
    public Future<List<HlFunding>> fundingHistory(String coin, long startTime, long endTime) {
        Promise<List<HlFunding>> result = Promise.promise();
        fundingPage(coin, startTime, endTime, new ArrayList<>(), 10_000, result);
        return result.future();
    }

    private void fundingPage(String coin, long start, long end, List<HlFunding> acc, int pagesLeft,
                             Promise<List<HlFunding>> result) {
        JsonObject req = new JsonObject().put("type", "fundingHistory").put("coin", coin).put("startTime", start)
                .put("endTime", end);
        Future<List<HlFunding>> page = raw.post(req.encode(), HlInfoWeights.fundingHistory(start, end))
                .compose(parse(HlInfoParser::fundingHistory));
        page.onComplete(ar -> {
            if (ar.failed()) {
                result.fail(ar.cause());
                return;
            }
            long last = acc.isEmpty() ? Long.MIN_VALUE : acc.get(acc.size() - 1).time();
            int before = acc.size();
            for (HlFunding f : ar.result()) {
                if (f.time() > last && f.time() <= end) {
                    acc.add(f);
                    last = f.time();
                }
            }
            if (acc.size() == before || last + 1 > end || pagesLeft <= 1) {
                result.complete(acc);
            } else {
                fundingPage(coin, last + 1, end, acc, pagesLeft - 1, result);
            }
        });
    }

    /** Any info request: the raw response body. */
    public Future<String> post(JsonObject request) {
        return raw.post(request.encode(), HlInfoWeights.of(request.getString("type", "")));
    }

    public HyperliquidInfoRaw raw() {
        return raw;
    }

    @Override
    public void close() {
        raw.close();
    }

    private <T> Future<T> call(JsonObject request, Function<String, T> parser) {
        return post(request).compose(parse(parser));
    }

    private static <T> Function<String, Future<T>> parse(Function<String, T> parser) {
        return body -> {
            try {
                return Future.succeededFuture(parser.apply(body));
            } catch (HlMalformedException e) {
                return Future.failedFuture(new HyperliquidException(HyperliquidException.Kind.MALFORMED_RESPONSE, 200,
                        1, e.getMessage(), e));
            }
        };
    }
}
