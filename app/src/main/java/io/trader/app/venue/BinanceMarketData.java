package io.trader.app.venue;

import io.trader.app.Main;
import io.trader.app.paper.LiveFeed;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.port.TimeSource;
import io.trader.layer5.core.RiskEngine;
import io.trader.venue.binance.BinanceAdapters;
import io.trader.venue.binance.BinanceConfig;
import io.trader.venue.binance.BinanceInstrument;
import io.trader.venue.binance.BinanceRaw;
import io.trader.venue.binance.BinanceWeights;
import io.trader.venue.binance.market.BinanceMarketStream;
import io.trader.venue.binance.market.KlineHistory;
import io.trader.venue.binance.market.KlineInterval;
import io.trader.venue.binance.market.MarketCounters;
import io.trader.venue.binance.market.MarketStatus;
import io.trader.venue.binance.market.MarketStreamConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Binance spot market data for a session: instruments from {@code exchangeInfo}, history for the models' warm-up,
 * then the combined kline stream into a {@link LiveFeed}. Every REST call goes through one {@link BinanceRaw} and
 * so one request budget: its own for a paper session or a download, the order adapter's for a live session. A
 * stale stream marks its instrument stale in the risk engine (no new risk on a market we cannot see) until it is
 * live again.
 */
public final class BinanceMarketData implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BinanceMarketData.class);
    private static final long TIMEOUT_S = 60;
    /** Public market data only (no trading): the default REST base of paper sessions and downloads. */
    public static final String PUBLIC_REST = "https://data-api.binance.vision";
    /** The public market-data stream base matching {@link #PUBLIC_REST}. */
    public static final String PUBLIC_STREAM = "wss://data-stream.binance.vision";

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final BinanceRaw raw;
    private final boolean ownsRaw;
    private final String streamUrl;
    private final Map<String, BinanceInstrument> instruments;
    private final List<String> symbols;
    private final KlineInterval interval;
    private final TimeSource clock;
    private final LiveFeed feed;
    private final KlineHistory history;
    private MarketStreamConfig streamConfig;
    private BinanceMarketStream stream;

    private BinanceMarketData(Vertx vertx, boolean ownsVertx, BinanceRaw raw, boolean ownsRaw, String streamUrl,
                              Map<String, BinanceInstrument> instruments, List<String> symbols,
                              KlineInterval interval, TimeSource clock, LiveFeed feed) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.raw = raw;
        this.ownsRaw = ownsRaw;
        this.streamUrl = streamUrl;
        this.instruments = instruments;
        this.symbols = List.copyOf(symbols);
        this.interval = interval;
        this.clock = clock;
        this.feed = feed != null ? feed : feed(streamUrl, symbols, interval.wire());
        this.history = new KlineHistory(raw, r -> LOG.debug("binance kline row dropped: {}", r));
        this.streamConfig = MarketStreamConfig.defaults(streamUrl);
    }

    /**
     * Public market data at {@code restUrl} / {@code streamUrl} with a budget of its own (paper sessions and
     * downloads); fails with a user error naming the problem.
     */
    public static BinanceMarketData open(String restUrl, String streamUrl, List<String> symbols, String intervalText,
                                         TimeSource clock) {
        KlineInterval interval = interval(intervalText);
        Vertx vertx = Vertx.vertx();
        BinanceConfig config;
        try {
            config = new BinanceConfig(restUrl, streamUrl, streamUrl, false, BinanceConfig.DEFAULT_RECV_WINDOW,
                    10_000, 500, 30_000);
        } catch (IllegalArgumentException e) {
            vertx.close();
            throw new Main.UserError("binance: " + e.getMessage());
        }
        BinanceRaw raw = new BinanceRaw(vertx, config, null, clock);
        try {
            return new BinanceMarketData(vertx, true, raw, true, streamUrl, readInstruments(raw, symbols, restUrl),
                    symbols, interval, clock, null);
        } catch (RuntimeException e) {
            raw.close();
            vertx.close();
            throw e;
        }
    }

    /**
     * Market data sharing the order adapter's client and budget (a live session), into {@code feed} (made with
     * {@link #feed} before the session, which needs it before its adapter exists).
     */
    public static BinanceMarketData shared(Vertx vertx, BinanceRaw raw, String streamUrl, List<String> symbols,
                                           String intervalText, TimeSource clock, LiveFeed feed) {
        return new BinanceMarketData(vertx, false, raw, false, streamUrl,
                readInstruments(raw, symbols, "binance"), symbols, interval(intervalText), clock, feed);
    }

    /** The live feed a Binance session's bars arrive in. */
    public static LiveFeed feed(String streamUrl, List<String> symbols, String interval) {
        return new LiveFeed("binance:" + streamUrl + ":" + interval, symbols);
    }

    /** A market-data stream base for a REST base: the public data stream, testnet, mainnet or a local peer. */
    public static String streamUrlFor(String restUrl) {
        String r = restUrl.endsWith("/") ? restUrl.substring(0, restUrl.length() - 1) : restUrl;
        return switch (r) {
            case PUBLIC_REST -> PUBLIC_STREAM;
            case BinanceConfig.TESTNET_REST -> BinanceConfig.TESTNET_STREAM;
            case BinanceConfig.MAINNET_REST -> BinanceConfig.MAINNET_STREAM;
            default -> r.replaceFirst("^http", "ws");
        };
    }

    public static KlineInterval interval(String text) {
        try {
            return KlineInterval.of(text);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("unsupported --interval '" + text + "' for binance: " + e.getMessage());
        }
    }

    private static Map<String, BinanceInstrument> readInstruments(BinanceRaw raw, List<String> symbols, String where) {
        var reply = await(raw.call(HttpMethod.GET, "/api/v3/exchangeInfo", "", BinanceWeights.EXCHANGE_INFO),
                "exchangeInfo");
        if (!reply.ok()) {
            throw new Main.UserError("binance exchangeInfo failed: " + reply.reason());
        }
        raw.limits(BinanceAdapters.rateLimits(reply.body()));
        Map<String, BinanceInstrument> all = new LinkedHashMap<>();
        BinanceAdapters.instruments(reply.body()).forEach(i -> all.put(i.symbol(), i));
        Map<String, BinanceInstrument> chosen = new LinkedHashMap<>();
        for (String s : symbols) {
            BinanceInstrument i = all.get(s);
            if (i == null) {
                throw new Main.UserError("unknown or not trading symbol '" + s + "' on " + where
                        + " (Binance spelling, e.g. BTCUSDT)");
            }
            chosen.put(s, i);
        }
        return chosen;
    }

    /** Stale and reconnect thresholds (tests shorten them). */
    public BinanceMarketData withStreamConfig(MarketStreamConfig config) {
        this.streamConfig = config;
        return this;
    }

    public LiveFeed feed() {
        return feed;
    }

    public List<String> symbols() {
        return symbols;
    }

    public InstrumentSpec spec(String symbol) {
        BinanceInstrument i = instruments.get(symbol);
        if (i == null) {
            throw new IllegalArgumentException("not a session symbol: " + symbol);
        }
        return i.spec();
    }

    public KlineInterval interval() {
        return interval;
    }

    public KlineHistory history() {
        return history;
    }

    public Vertx vertx() {
        return vertx;
    }

    /** Loads warm-up history, then streams; returns the close time of the newest history bar. */
    public long start(RiskEngine risk, int warmupBars) {
        return start(risk, warmupBars, status -> {
        });
    }

    /**
     * Loads {@code warmupBars} closed klines per symbol into the feed (in close-time order), then streams; stream
     * health goes to the risk engine and to {@code statusHook}.
     *
     * @return the close time of the newest history bar: the session decides nothing on bars up to it
     */
    public long start(RiskEngine risk, int warmupBars, Consumer<MarketStatus> statusHook) {
        stream = new BinanceMarketStream(vertx, streamConfig, history,
                symbols.stream().map(this::spec).toList(), interval, feed, status -> {
                    risk.setFeedStale(status.symbol(), !status.live());
                    if (status.live()) {
                        LOG.info("market data live: {}", status.stream());
                    } else {
                        LOG.warn("market data stale: {} ({}); no new risk on it until it is live", status.stream(),
                                status.reason());
                    }
                    statusHook.accept(status);
                }, clock, () -> ThreadLocalRandom.current().nextDouble());
        // no trading until each stream has delivered a message
        symbols.forEach(s -> risk.setFeedStale(s, true));
        long end = await(stream.start(warmupBars, Long.MIN_VALUE), "history and stream");
        LOG.info("binance: history up to {} for {} ({}), streaming from {}", end, symbols, interval.wire(),
                stream.url());
        return end;
    }

    /** The stream's counters (messages, malformed by reason, reconnects, backfills). */
    public MarketCounters counters() {
        return stream.counters();
    }

    /** Exports malformed stream messages, by reason, to {@code trader_feed_rejected_total} (stream {@code binance:ws}). */
    public void exportRejects(io.trader.monitoring.TradingMetrics metrics) {
        Map<String, Long> exported = new java.util.HashMap<>();
        vertx.setPeriodic(5_000, id -> {
            if (stream == null) {
                return;
            }
            stream.counters().malformedByReason().forEach((reason, n) -> {
                long before = exported.getOrDefault(reason.label(), 0L);
                if (n > before) {
                    metrics.feedRejected("binance:ws", reason.label(), n - before);
                    exported.put(reason.label(), n);
                }
            });
        });
    }

    static <T> T await(Future<T> future, String what) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new Main.UserError("binance " + what + " failed: " + cause.getMessage());
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
        if (ownsRaw) {
            raw.close();
        }
        if (ownsVertx) {
            vertx.close();
        }
    }
}
