package io.trader.app.venue;

import io.trader.app.Main;
import io.trader.app.paper.LiveFeed;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.layer0.core.candle.CandleAssembler;
import io.trader.venue.hyperliquid.data.FeedState;
import io.trader.venue.hyperliquid.data.FeedStatus;
import io.trader.core.market.Candle;
import io.trader.venue.hyperliquid.data.HlInstruments;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoClient;
import io.trader.venue.hyperliquid.stream.HyperliquidListeners;
import io.trader.venue.hyperliquid.stream.HyperliquidMarketStream;
import io.trader.venue.hyperliquid.stream.StreamConfig;
import io.trader.layer5.core.RiskEngine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hyperliquid market data for a session: instruments from {@code meta}, history for the models' warm-up,
 * then the live candle and book streams into a {@link LiveFeed}. A stale stream marks its instrument
 * stale in the risk engine (no trading on a book we cannot see) until it is live again. It opens the session's
 * {@link HyperliquidConnection} (its one {@code /info} transport and its one {@code meta} read, which the adapter
 * shares) on its Vert.x and closes it with itself.
 */
public final class HyperliquidMarketData implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HyperliquidMarketData.class);
    private static final long TIMEOUT_S = 60;

    private final Vertx vertx;
    private final HyperliquidEndpoint endpoint;
    private final HyperliquidConnection connection;
    private final HyperliquidInfoClient info;
    private final HlInstruments instruments;
    private final List<String> coins;
    private final HlInterval interval;
    private final LiveFeed feed;
    private HyperliquidMarketStream stream;
    /** The live auxiliary data when a session asked for it ({@link #liveAux}), else null. */
    private LiveAuxData aux;
    /** Latest two-sided mid of each instrument (symbol), in its ticks, with the wall time it arrived. */
    private final java.util.concurrent.ConcurrentHashMap<String, long[]> mids = new java.util.concurrent.ConcurrentHashMap<>();
    /** A mid older than this is no reference for an order. */
    static final long MID_MAX_AGE_MS = 30_000;

    private HyperliquidMarketData(Vertx vertx, HyperliquidEndpoint endpoint, HyperliquidConnection connection,
                                  HyperliquidInfoClient info, HlInstruments instruments, List<String> coins,
                                  HlInterval interval) {
        this.vertx = vertx;
        this.endpoint = endpoint;
        this.connection = connection;
        this.info = info;
        this.instruments = instruments;
        this.coins = List.copyOf(coins);
        this.interval = interval;
        this.feed = new LiveFeed("hyperliquid:" + endpoint.baseUrl() + ":" + interval.wire(), coins);
    }

    /** {@link #open(HyperliquidConnection, List, String)} on a new connection with the default budget. */
    public static HyperliquidMarketData open(String baseUrl, List<String> coins, String intervalText) {
        return open(HyperliquidConnection.defaults(baseUrl), coins, intervalText);
    }

    /**
     * Connects to the venue's REST API and reads the instruments; fails with a user error naming the problem. Every
     * REST request goes through the connection's one transport on its data lane, and the instruments come from the
     * connection's one {@code meta} read (hand the same connection to the execution side, which reuses both).
     */
    public static HyperliquidMarketData open(HyperliquidConnection connection, List<String> coins,
                                             String intervalText) {
        String baseUrl = connection.baseUrl();
        HlInterval interval;
        try {
            interval = HlInterval.of(intervalText);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("unsupported --interval '" + intervalText + "': " + e.getMessage());
        }
        HyperliquidEndpoint endpoint = HyperliquidEndpoint.of(baseUrl);
        Vertx vertx = Vertx.vertx();
        try {
            connection.open(vertx);
            HyperliquidInfoClient info = connection.info();
            HlInstruments instruments = HlInstruments.of(await(connection.meta(), "meta"));
            for (String coin : coins) {
                if (!instruments.contains(coin)) {
                    throw new Main.UserError("unknown coin '" + coin + "' on " + baseUrl);
                }
            }
            return new HyperliquidMarketData(vertx, endpoint, connection, info, instruments, coins, interval);
        } catch (RuntimeException e) {
            connection.close();
            vertx.close();
            throw e;
        }
    }

    public LiveFeed feed() {
        return feed;
    }

    public List<String> symbols() {
        return coins.stream().map(c -> instruments.require(c).symbol()).toList();
    }

    public InstrumentSpec spec(String coin) {
        return instruments.require(coin);
    }

    /**
     * The coins' auxiliary data live (book, trades, asset contexts, funding), created on first call; {@link #start}
     * then also subscribes the trades and starts the polls. {@code daily} gives a symbol's daily series (files) or null.
     */
    public synchronized LiveAuxData liveAux(java.util.function.Function<String, io.trader.layer0.core.aux.AuxAligner>
                                                    daily) {
        if (aux == null) {
            aux = new LiveAuxData(coins.stream().map(instruments::require).toList(), daily);
        }
        return aux;
    }

    /** Typed info requests over the connection's one transport (data lane). */
    public HyperliquidInfoClient info() {
        return info;
    }

    public Vertx vertx() {
        return vertx;
    }

    public HyperliquidEndpoint endpoint() {
        return endpoint;
    }

    /** The connection whose weight budget this market data draws on (share it with the execution side). */
    public HyperliquidConnection connection() {
        return connection;
    }

    /**
     * Loads {@code warmupBars} closed candles per coin (after the feed's resume point when there is one),
     * hands them to the feed in time order, then starts the live streams.
     */
    public long start(RiskEngine risk, int warmupBars) {
        return start(risk, warmupBars, null, null, status -> {
        });
    }

    /**
     * Loads {@code warmupBars} closed candles per coin, hands them to the feed in time order, then starts the
     * live streams (and the user streams of {@code user} when given).
     *
     * @return the close time of the newest history bar: the session decides nothing on bars up to it
     */
    public long start(RiskEngine risk, int warmupBars, String user, io.trader.venue.hyperliquid.stream.HlUserListener
            userListener, java.util.function.Consumer<FeedStatus> statusHook) {
        long now = System.currentTimeMillis();
        long from = now - (long) warmupBars * interval.millis();
        List<Bar> history = new ArrayList<>();
        for (String coin : coins) {
            List<Candle> candles = await(info.candles(coin, interval, from, now), "candleSnapshot " + coin);
            CandleAssembler assembler = new CandleAssembler(instruments.require(coin), interval, history::add);
            assembler.backfill(candles, now);
        }
        history.sort(Comparator.comparingLong(Bar::closeTime));
        history.forEach(feed::onBar);
        LOG.info("hyperliquid: {} history bars for {} ({}), streaming from {}", history.size(), coins,
                interval.wire(), endpoint.wsUrl());
        HyperliquidListeners listeners = HyperliquidListeners.none().withBars(feed)
                .withMarket(new io.trader.venue.hyperliquid.stream.HlMarketListener() {
                    final io.trader.venue.hyperliquid.stream.HlMarketListener auxListener =
                            aux == null ? null : aux.listener();

                    @Override
                    public void onBook(io.trader.venue.hyperliquid.data.L2Book book) {
                        if (book.isTwoSided()) {
                            mids.put(book.instrument().symbol(), new long[]{(book.bestBid() + book.bestAsk()) / 2,
                                    System.currentTimeMillis()});
                        }
                        if (auxListener != null) {
                            auxListener.onBook(book);
                        }
                    }

                    @Override
                    public void onTrade(io.trader.venue.hyperliquid.data.HlTrade trade) {
                        if (auxListener != null) {
                            auxListener.onTrade(trade);
                        }
                    }
                })
                .withStatus(status -> {
                    onStatus(risk, status);
                    statusHook.accept(status);
                });
        if (userListener != null) {
            listeners = listeners.withUser(userListener);
        }
        stream = new HyperliquidMarketStream(vertx, StreamConfig.defaults(endpoint), info, instruments, listeners,
                CandleAssembler::new);
        await(stream.start(), "websocket connect");
        for (String coin : coins) {
            await(stream.subscribeCandles(coin, interval), "subscribe candle " + coin);
            await(stream.subscribeBook(coin), "subscribe l2Book " + coin);
            if (aux != null) {
                await(stream.subscribeTrades(coin), "subscribe trades " + coin);
            }
        }
        if (aux != null) {
            aux.startPolling(vertx, info);
        }
        if (user != null) {
            await(stream.subscribeOrderUpdates(user), "subscribe orderUpdates");
            await(stream.subscribeUserFills(user), "subscribe userFills");
        }
        return history.isEmpty() ? Long.MIN_VALUE : history.get(history.size() - 1).closeTime();
    }

    private static void onStatus(RiskEngine risk, FeedStatus status) {
        String coin = coinOf(status.stream());
        boolean stale = status.state() == FeedState.STALE;
        risk.setFeedStale(coin == null ? RiskEngine.ALL_FEEDS : coin, stale);
        if (stale) {
            LOG.warn("market data stale: {} ({}); no trading on it until it is live", status.stream(), status.reason());
        } else {
            LOG.info("market data live again: {}", status.stream());
        }
    }

    /** {@code l2Book:BTC} and {@code candle:BTC:1m} to {@code BTC}; null for streams of no single coin. */
    static String coinOf(String stream) {
        int a = stream.indexOf(':');
        if (a < 0) {
            return null;
        }
        int b = stream.indexOf(':', a + 1);
        String coin = b < 0 ? stream.substring(a + 1) : stream.substring(a + 1, b);
        return coin.isEmpty() || coin.startsWith("0x") ? null : coin;
    }

    static <T> T await(Future<T> future, String what) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new Main.UserError("hyperliquid " + what + " failed: " + cause.getMessage());
        }
    }

    /**
     * The reference price of a market order on {@code spec}: the latest mid of its streamed book (in ticks, rounded
     * down to the grid), or 0 when there is none younger than {@value #MID_MAX_AGE_MS} ms (the adapter then asks
     * {@code allMids}). Saves a request per market order and keeps orders going when {@code /info} is throttled.
     */
    public long referenceTicks(InstrumentSpec spec) {
        long[] m = mids.get(spec.symbol());
        return m == null || System.currentTimeMillis() - m[1] > MID_MAX_AGE_MS ? 0 : m[0];
    }

    /** The websocket stream's counters (messages, drops by reason, reconnects, listener errors). */
    public io.trader.venue.hyperliquid.stream.StreamCounters counters() {
        return stream.counters();
    }

    /**
     * Exports the venue messages dropped at the decoder, by reason, to {@code trader_feed_rejected_total} (stream
     * {@code hyperliquid:ws}) every few seconds, as files' rejected rows are.
     */
    public void exportRejects(io.trader.monitoring.TradingMetrics metrics) {
        java.util.Map<String, Long> exported = new java.util.HashMap<>();
        vertx.setPeriodic(5_000, id -> {
            if (stream == null) {
                return;
            }
            stream.counters().malformedByReason().forEach((reason, n) -> {
                long before = exported.getOrDefault(reason.label(), 0L);
                if (n > before) {
                    metrics.feedRejected("hyperliquid:ws", reason.label(), n - before);
                    exported.put(reason.label(), n);
                }
            });
        });
    }

    @Override
    public void close() {
        if (aux != null) {
            aux.stop();
        }
        if (stream != null) {
            stream.close();
        }
        connection.close();
        vertx.close();
    }
}
