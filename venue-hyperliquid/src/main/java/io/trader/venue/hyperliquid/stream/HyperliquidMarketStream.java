package io.trader.venue.hyperliquid.stream;

import io.trader.core.port.TimeSource;
import io.trader.core.market.CandleBars;
import io.trader.venue.hyperliquid.data.FeedHealth;
import io.trader.venue.hyperliquid.data.FeedState;
import io.trader.venue.hyperliquid.data.FeedStatus;
import io.trader.venue.hyperliquid.data.HlInstruments;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.venue.hyperliquid.data.HlSubscription;
import io.trader.venue.hyperliquid.data.HlWsDecoder;
import io.trader.venue.hyperliquid.data.L2Book;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Hyperliquid market data over one websocket: subscriptions (books, trades, candles, mids, user streams) that
 * survive reconnects, heartbeat, reconnect with backoff and jitter, candle backfill over the info client for every
 * gap, and a {@link FeedStatus} event whenever a stream goes STALE (disconnected, silent too long, waiting for a
 * backfill) or LIVE again. Closed bars go to a {@link io.trader.core.port.MarketDataListener} in time order with
 * no gap and no duplicate.
 *
 * <p>Threading: everything runs on one Vert.x event-loop context, including every listener call; the public
 * methods may be called from any thread.
 */
public final class HyperliquidMarketStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HyperliquidMarketStream.class);
    /** Times the stream thread's own work per message (wall time also counts pauses of the whole process). */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Vertx vertx;
    private final Context ctx;
    private final StreamConfig config;
    private final HlInstruments instruments;
    private final HyperliquidListeners listeners;
    private final TimeSource clock;
    private final StreamMetrics metrics = new StreamMetrics();
    private final FeedHealth health = new FeedHealth();
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final StreamRouter router;
    private final CandleBackfiller backfiller;
    private final HlWsDecoder decoder;
    private final StreamConnection connection;
    private final Promise<Void> firstOpen = Promise.promise();
    private long checkTimer = -1;
    private volatile boolean connected;
    private boolean closed;
    private final CandleBars.Factory bars;

    public HyperliquidMarketStream(Vertx vertx, StreamConfig config, HyperliquidInfoClient info,
                                   HlInstruments instruments, HyperliquidListeners listeners, CandleBars.Factory bars) {
        this(vertx, config, info, instruments, listeners, bars, System::currentTimeMillis,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @param bars   turns each candle subscription's updates into validated closed bars (layer 0's assembler)
     * @param clock  time for status events and for deciding which backfilled candles are closed
     * @param random numbers in [0, 1) for the reconnect jitter
     */
    public HyperliquidMarketStream(Vertx vertx, StreamConfig config, HyperliquidInfoClient info,
                                   HlInstruments instruments, HyperliquidListeners listeners, CandleBars.Factory bars,
                                   TimeSource clock, DoubleSupplier random) {
        this.vertx = vertx;
        this.bars = bars;
        this.ctx = vertx.getOrCreateContext();
        this.config = config;
        this.instruments = instruments;
        this.listeners = listeners;
        this.clock = clock;
        this.backfiller = new CandleBackfiller(vertx, info, config.reconnectBackoff(), clock, random, metrics, health,
                this::emitIfAny);
        this.router = new StreamRouter(listeners, metrics, health, clock, this::emit, this::backfill, this::pong);
        this.decoder = new HlWsDecoder(instruments, router);
        this.connection = new StreamConnection(vertx, config, random, metrics, new StreamConnection.Events() {
            @Override
            public void onOpen() {
                opened();
            }

            @Override
            public void onMessage(byte[] utf8) {
                received(utf8);
            }

            @Override
            public void onDown(String reason) {
                down(reason);
            }

            @Override
            public void onTooLarge(long bytes) {
                decoder.tooLarge(bytes);
            }
        });
    }

    /** Connects (and keeps reconnecting); the future completes when the first connection is open. */
    public Future<Void> start() {
        onContext(() -> {
            connection.connect();
            checkTimer = vertx.setPeriodic(config.staleCheckInterval().toMillis(), id -> checkSilence());
        });
        return firstOpen.future();
    }

    /** Adds a subscription (kept across reconnects); a no-op when already subscribed. */
    public Future<Void> subscribe(HlSubscription s) {
        return onContext(() -> {
            if (router.subscriptions.putIfAbsent(s.key(), s) != null) {
                return;
            }
            health.track(s.key(), config.staleAfterMillis(s.type()));
            states.put(s.key(), FeedState.STALE);
            if (s.type().equals("l2Book")) {
                router.books.put(s.coin(), new L2Book(instruments.require(s.coin())));
            } else if (s.type().equals("candle")) {
                CandleBars a = bars.create(instruments.require(s.coin()), HlInterval.of(s.interval()),
                        bar -> router.safe(() -> listeners.bars().onBar(bar)));
                router.feeds.put(s.key(), new CandleFeed(s, a));
            }
            connection.send(s.request("subscribe"));
        });
    }

    /** Removes a subscription; a no-op when not subscribed. */
    public Future<Void> unsubscribe(HlSubscription s) {
        return onContext(() -> {
            if (router.subscriptions.remove(s.key()) == null) {
                return;
            }
            health.untrack(s.key());
            states.remove(s.key());
            if (s.type().equals("l2Book")) {
                router.books.remove(s.coin());
            }
            CandleFeed f = router.feeds.remove(s.key());
            if (f != null && f.retryTimer != -1) {
                vertx.cancelTimer(f.retryTimer);
            }
            connection.send(s.request("unsubscribe"));
        });
    }

    public Future<Void> subscribeBook(String coin) {
        return subscribe(HlSubscription.l2Book(coin));
    }

    public Future<Void> subscribeTrades(String coin) {
        return subscribe(HlSubscription.trades(coin));
    }

    public Future<Void> subscribeCandles(String coin, HlInterval interval) {
        return subscribe(HlSubscription.candle(coin, interval));
    }

    public Future<Void> subscribeAllMids() {
        return subscribe(HlSubscription.allMids());
    }

    public Future<Void> subscribeOrderUpdates(String user) {
        return subscribe(HlSubscription.orderUpdates(user));
    }

    public Future<Void> subscribeUserFills(String user) {
        return subscribe(HlSubscription.userFills(user));
    }

    public Future<Void> subscribeUserEvents(String user) {
        return subscribe(HlSubscription.userEvents(user));
    }

    /** Current state of stream {@code key} ({@link HlSubscription#key()}); STALE when unknown. */
    public FeedState state(String key) {
        return states.getOrDefault(key, FeedState.STALE);
    }

    /** True while a websocket is open. */
    public boolean connected() {
        return connected;
    }

    public StreamCounters counters() {
        return metrics.snapshot();
    }

    @Override
    public void close() {
        closeAsync();
    }

    /** Closes the stream (no reconnect); the future completes once the socket and timers are gone. */
    public Future<Void> closeAsync() {
        return onContext(() -> {
            closed = true;
            connected = false;
            if (checkTimer != -1) {
                vertx.cancelTimer(checkTimer);
            }
            router.feeds.values().forEach(f -> {
                if (f.retryTimer != -1) {
                    vertx.cancelTimer(f.retryTimer);
                }
            });
            connection.close();
            firstOpen.tryFail("closed");
        });
    }

    private void opened() {
        connected = true;
        for (HlSubscription s : router.subscriptions.values()) {
            CandleFeed f = router.feeds.get(s.key());
            if (f != null && f.assembler.needsBackfill()) {
                emitIfAny(health.hold(f.key(), clock.millis(), "waiting for candle backfill"));
            }
            connection.send(s.request("subscribe"));
        }
        router.feeds.values().stream().filter(f -> f.assembler.needsBackfill()).toList().forEach(this::backfill);
        firstOpen.tryComplete();
    }

    private void received(byte[] utf8) {
        long cpu = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
        long start = System.nanoTime();
        String channel = decoder.decode(utf8);
        long took = System.nanoTime() - start;
        long tookCpu = cpu < 0 ? took : CPU.getCurrentThreadCpuTime() - cpu;
        if (metrics.handled(took, tookCpu)) {
            LOG.warn("a hyperliquid message of {} bytes (channel {}) held the event loop for {} ms ({} ms of CPU)",
                    utf8.length, channel, took / 1_000_000, tookCpu / 1_000_000);
        }
        if (channel != null) {
            metrics.message(channel);
            if (!channel.equals(HlWsDecoder.GREETING)) {
                connection.healthy();
            }
        }
    }

    private void down(String reason) {
        connected = false;
        router.feeds.values().forEach(f -> f.assembler.suspend());
        health.allStale(clock.millis(), "disconnected: " + reason).forEach(this::emit);
    }

    private void pong() {
        connection.onPong();
    }

    private void checkSilence() {
        health.check(clock.millis()).forEach(this::emit);
    }

    private void backfill(CandleFeed feed) {
        if (!closed && router.feeds.get(feed.key()) == feed) {
            backfiller.backfill(feed, () -> !closed && router.feeds.get(feed.key()) == feed);
        }
    }

    private void emitIfAny(FeedStatus e) {
        if (e != null) {
            emit(e);
        }
    }

    private void emit(FeedStatus e) {
        states.put(e.stream(), e.state());
        LOG.info("hyperliquid stream {} is {} ({})", e.stream(), e.state(), e.reason());
        router.safe(() -> listeners.status().onStatus(e));
    }

    private Future<Void> onContext(Runnable r) {
        Promise<Void> done = Promise.promise();
        Runnable task = () -> {
            try {
                r.run();
                done.complete();
            } catch (RuntimeException e) {
                done.fail(e);
            }
        };
        if (Vertx.currentContext() == ctx) {
            task.run();
        } else {
            ctx.runOnContext(v -> task.run());
        }
        return done.future();
    }
}
