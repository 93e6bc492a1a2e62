package io.trader.app.venue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.app.Main;
import io.trader.app.paper.LiveFeed;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.layer5.core.RiskEngine;
import io.trader.venue.kraken.KrakenConfig;
import io.trader.venue.kraken.KrakenRest;
import io.trader.venue.kraken.MalformedCounter;
import io.trader.venue.kraken.NonceSource;
import io.trader.venue.kraken.market.KrakenOhlc;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Kraken's committed OHLC candles as a session's bars, the one bar source of both Kraken sessions: {@link #start}
 * loads the warm-up candles, then polls {@code GET /0/public/OHLC} every {@code pollMillis}; each bar is delivered
 * once and in close-time order across the symbols (a symbol's bar waits until every symbol not stale has been polled
 * up to its close), and the last row of an answer (the current candle, not committed yet) never is, so nothing is
 * decided on a candle before it closed. A market whose polls fail for three intervals is stale in the risk layer until
 * a poll succeeds. The reads go through the {@link PublicReads} given: the live adapter's client and budget
 * ({@link KrakenLive}), or, for a paper session, a public-only client this object owns ({@link #open}).
 */
public final class KrakenMarketData implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KrakenMarketData.class);

    /** A public market-data read ({@code GET /0/public/<method>}): the answer's {@code result}. */
    @FunctionalInterface
    public interface PublicReads {
        CompletionStage<JsonNode> get(String method, Map<String, String> query);
    }

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final KrakenRest ownRest;
    private final PublicReads reads;
    private final LiveFeed feed;
    private final KrakenPairs pairs;
    private final Map<String, InstrumentSpec> specBySymbol = new HashMap<>();
    private final int minutes;
    private final long pollMillis;
    private final Map<String, Long> since = new HashMap<>();
    private final Map<String, Long> lastClose = new HashMap<>();
    /** Per symbol: the close time up to which its committed candles are known (this object's lock). */
    private final Map<String, Long> polledTo = new HashMap<>();
    /** Polled bars not yet delivered, oldest first (this object's lock). */
    private final java.util.PriorityQueue<Bar> held = new java.util.PriorityQueue<>(
            Comparator.comparingLong(Bar::closeTime).thenComparing(b -> b.instrument().symbol()));
    /** Symbols whose polls have failed for three intervals: not waited for (this object's lock). */
    private final java.util.Set<String> stale = new java.util.HashSet<>();
    private final Map<String, Long> lastOk = new java.util.concurrent.ConcurrentHashMap<>();
    /** Symbols with a poll under way: a slow read (retries through a rate-limit storm) is not overlapped. */
    private final java.util.Set<String> polling = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final MalformedCounter rejected = new MalformedCounter();
    private long timer = -1;

    private KrakenMarketData(Vertx vertx, boolean ownsVertx, KrakenRest ownRest, PublicReads reads, LiveFeed feed,
                             KrakenPairs pairs, int minutes, long pollMillis) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.ownRest = ownRest;
        this.reads = reads;
        this.feed = feed;
        this.pairs = pairs;
        this.minutes = minutes;
        this.pollMillis = pollMillis;
        pairs.specs().forEach(i -> specBySymbol.put(i.symbol(), i));
    }

    /**
     * Public market data with a client of its own (a paper session: no key, no order reaches Kraken).
     *
     * @param config     where to read ({@link KrakenConfig#baseUrl()}); its budget and retries apply
     * @param symbols    Kraken's pair names or altnames ({@code XBTUSDT}, {@code BTCUSDT} ...)
     * @param pollMillis how often the committed candles are read
     */
    public static KrakenMarketData open(KrakenConfig config, List<String> symbols, String interval, long pollMillis) {
        int minutes = minutes(interval);
        Vertx vertx = Vertx.vertx();
        KrakenRest rest = new KrakenRest(vertx, config, null, new NonceSource(System::currentTimeMillis),
                System::currentTimeMillis);
        try {
            KrakenPairs pairs = KrakenPairs.resolve(rest, config.baseUrl(), symbols);
            return new KrakenMarketData(vertx, true, rest, (m, q) -> rest.publicGet(m, q).toCompletionStage(),
                    feed(config, symbols, interval), pairs, minutes, pollMillis);
        } catch (RuntimeException e) {
            rest.close();
            vertx.close();
            throw e;
        }
    }

    /**
     * Market data reading through {@code reads} (a live session: the adapter's client, which exists only once the
     * session started it, so {@code reads} is asked at each poll), on {@code vertx} (not closed here).
     */
    static KrakenMarketData shared(Vertx vertx, KrakenPairs pairs, LiveFeed feed, int minutes, long pollMillis,
                                   PublicReads reads) {
        return new KrakenMarketData(vertx, false, null, reads, feed, pairs, minutes, pollMillis);
    }

    /** The live feed a Kraken session's bars arrive in. */
    static LiveFeed feed(KrakenConfig config, List<String> symbols, String interval) {
        return new LiveFeed("kraken:" + config.baseUrl() + ":" + interval, symbols);
    }

    /**
     * Where public market data is read: {@link KrakenConfig#MAINNET_URL} when {@code baseUrl} is null, else
     * {@code baseUrl}. Public candles need no key and send no order, so no money is at stake and no
     * {@code --mainnet} is asked for; the config never reaches an order adapter.
     */
    public static KrakenConfig publicConfig(String baseUrl) {
        KrakenConfig main = KrakenConfig.mainnet(true, "USDT");
        if (baseUrl == null) {
            return main;
        }
        try {
            return new KrakenConfig(baseUrl, true, main.tier(), main.counterMargin(), main.decayFactor(),
                    main.requestTimeoutMillis(), main.pollMillis(), main.fillOverlapMillis(), main.maxSubmitAttempts(),
                    main.maxRetries(), main.quoteAsset(), main.pairOverrides());
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("kraken: " + e.getMessage());
        }
    }

    /** A public read on this object's client or the adapter's: what a download asks. */
    public PublicReads reads() {
        return reads;
    }

    /** Kraken's interval in minutes, or a user error naming the ones it has. */
    public static int minutes(String interval) {
        try {
            return KrakenOhlc.minutes(interval);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("unsupported --interval for kraken: " + e.getMessage());
        }
    }

    public LiveFeed feed() {
        return feed;
    }

    public KrakenPairs pairs() {
        return pairs;
    }

    /** The session's instrument of {@code symbol}. */
    public InstrumentSpec spec(String symbol) {
        InstrumentSpec s = specBySymbol.get(symbol);
        if (s == null) {
            throw new IllegalArgumentException("not a session symbol: " + symbol);
        }
        return s;
    }

    /** Candles dropped as malformed, by reason. */
    public Map<String, Long> rejected() {
        return rejected.snapshot();
    }

    /**
     * Loads the warm-up candles (at most {@code warmupBars} per symbol, the newest; Kraken serves up to 720) into
     * the feed in close-time order and starts polling; feed health goes to {@code risk}.
     *
     * @return the close time of the newest history bar: the session decides nothing on bars up to it
     */
    public long start(RiskEngine risk, int warmupBars) {
        List<Bar> history = new ArrayList<>();
        for (Map.Entry<String, String> e : pairs.pairBySymbol().entrySet()) {
            List<Bar> bars;
            try {
                bars = poll(e.getKey(), e.getValue()).toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted reading Kraken's candles", ex);
            } catch (Exception ex) {
                throw new Main.UserError("kraken: the candles of " + e.getKey() + " could not be read: "
                        + (ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage()));
            }
            history.addAll(bars.subList(Math.max(0, bars.size() - Math.max(0, warmupBars)), bars.size()));
        }
        history.sort(Comparator.comparingLong(Bar::closeTime));
        history.forEach(feed::onBar);
        long historyEnd = history.isEmpty() ? Long.MIN_VALUE : history.get(history.size() - 1).closeTime();
        LOG.info("kraken: {} history bars for {}, polling every {} ms", history.size(), pairs.pairBySymbol().keySet(),
                pollMillis);
        long started = System.currentTimeMillis();
        pairs.pairBySymbol().keySet().forEach(symbol -> lastOk.put(symbol, started));
        timer = vertx.setPeriodic(pollMillis, id -> pairs.pairBySymbol().forEach((symbol, pair) -> {
            if (polling.add(symbol)) {
                poll(symbol, pair).whenComplete((bars, error) -> polled(symbol, bars, error, risk));
            }
        }));
        return historyEnd;
    }

    /** Delivers a poll's bars; a market whose polls failed for three intervals is stale until one succeeds. */
    private void polled(String symbol, List<Bar> bars, Throwable error, RiskEngine risk) {
        try {
            long now = System.currentTimeMillis();
            if (error == null) {
                synchronized (this) {
                    stale.remove(symbol);
                    held.addAll(bars);
                    release();
                }
                if (now - lastOk.get(symbol) > 3 * pollMillis) {
                    LOG.info("kraken market data live again: {}", symbol);
                }
                lastOk.put(symbol, now);
                risk.setFeedStale(symbol, false);
            } else if (now - lastOk.get(symbol) > 3 * pollMillis) {
                LOG.warn("kraken market data stale: {} ({}); no new risk on it", symbol, error.getMessage());
                risk.setFeedStale(symbol, true);
                synchronized (this) {
                    stale.add(symbol);
                    release(); // the others' bars wait no longer for it
                }
            }
        } finally {
            polling.remove(symbol);
        }
    }

    /**
     * Hands the held bars to the feed in close-time order, up to the close time every live symbol has been polled
     * to: the symbols' polls are separate reads, and a bar of one must not overtake an earlier bar of another still
     * on its way (the feed would drop that one as out of order).
     */
    private void release() {
        long mark = Long.MAX_VALUE;
        for (String symbol : pairs.pairBySymbol().keySet()) {
            if (!stale.contains(symbol)) {
                mark = Math.min(mark, polledTo.getOrDefault(symbol, Long.MIN_VALUE));
            }
        }
        while (!held.isEmpty() && held.peek().closeTime() <= mark) {
            feed.onBar(held.poll());
        }
    }

    /** One read of the committed candles after the last one seen: the new bars, in order. */
    private CompletionStage<List<Bar>> poll(String symbol, String pair) {
        Map<String, String> q = new HashMap<>();
        q.put("pair", pair);
        q.put("interval", Integer.toString(minutes));
        long after = since.getOrDefault(symbol, 0L);
        if (after > 0) {
            q.put("since", Long.toString(after));
        }
        InstrumentSpec spec = specBySymbol.get(symbol);
        return reads.get("OHLC", q).thenApply(result -> {
            KrakenOhlc.Rows rows = KrakenOhlc.parse(result, pair, spec, minutes);
            for (int i = 0; i < rows.rejected(); i++) {
                rejected.drop("ohlc_row");
            }
            List<Bar> out = new ArrayList<>();
            synchronized (this) {
                long last = lastClose.getOrDefault(symbol, Long.MIN_VALUE);
                for (Bar b : rows.committed()) {
                    if (b.closeTime() > last) {
                        out.add(b);
                        last = b.closeTime();
                    }
                }
                lastClose.put(symbol, last);
                long known = rows.last() > 0 ? rows.last() * 1000 + minutes * 60_000L : Long.MIN_VALUE;
                polledTo.merge(symbol, Math.max(last, known), Math::max);
                if (rows.last() > 0) {
                    since.put(symbol, rows.last() - 1); // Kraken returns rows after since: keep the last one in view
                }
            }
            return out;
        });
    }

    /** Stops the polls; closes the client and Vert.x when they are this object's own. */
    @Override
    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
        if (ownRest != null) {
            ownRest.close();
        }
        if (ownsVertx) {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.debug("kraken market data: vert.x close: {}", e.toString());
            }
        }
    }
}
