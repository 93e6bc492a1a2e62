package io.trader.venue.binance.market;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.port.MarketDataListener;
import io.trader.core.port.TimeSource;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Binance closed klines of several symbols as bars: one combined websocket
 * ({@code /stream?streams=btcusdt@kline_1m/...}) kept up with exponential back-off and jitter, and a REST backfill
 * ({@link KlineHistory}, through the adapter's one request budget) on every (re)connect and after any hole, so no
 * closed bar is lost or delivered twice. The first backfill loads the warm-up history. While a backfill runs every
 * symbol's stream klines are held; bars of a batch reach the listener in close-time order across symbols.
 *
 * <p>Health: a stream is reported stale ({@link MarketStatus}) when the connection drops or no message arrived for
 * {@link MarketStreamConfig#staleAfterMillis()}, and live again on its next message; a connection silent for
 * {@link MarketStreamConfig#silentDropMillis()} is dropped and reconnected. Malformed messages are counted by
 * reason ({@link MarketCounters}) and dropped. All state lives on one Vert.x context.
 */
public final class BinanceMarketStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BinanceMarketStream.class);
    private static final int MAX_MESSAGE = 64 * 1024;

    private final Vertx vertx;
    private final Context context;
    private final MarketStreamConfig config;
    private final KlineHistory history;
    private final KlineInterval interval;
    private final MarketDataListener out;
    private final Consumer<MarketStatus> status;
    private final TimeSource clock;
    private final DoubleSupplier random;
    private final WebSocketClient client;
    private final Map<String, KlineBars> bars = new LinkedHashMap<>();
    private final Map<String, Long> lastMessage = new LinkedHashMap<>();
    private final Map<String, Boolean> live = new LinkedHashMap<>();
    private final List<Bar> batch = new ArrayList<>();
    private final MarketCounters counters = new MarketCounters();
    private WebSocket ws;
    private int generation;
    private int attempt;
    private long connectionLastMessage;
    private long reconnectTimer = -1;
    private long healthTimer = -1;
    private boolean backfilling;
    private boolean backfillAgain;
    private long warmupFrom = Long.MIN_VALUE;
    private Promise<Long> started;
    private boolean closed;

    /**
     * @param out    receives closed bars (on the stream's Vert.x context)
     * @param status receives stream health changes (on the stream's Vert.x context)
     */
    public BinanceMarketStream(Vertx vertx, MarketStreamConfig config, KlineHistory history,
                               List<InstrumentSpec> instruments, KlineInterval interval, MarketDataListener out,
                               Consumer<MarketStatus> status, TimeSource clock, DoubleSupplier random) {
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("at least one instrument is required");
        }
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.config = config;
        this.history = history;
        this.interval = interval;
        this.out = out;
        this.status = status;
        this.clock = clock;
        this.random = random;
        for (InstrumentSpec spec : instruments) {
            bars.put(spec.symbol(), new KlineBars(spec, interval, batch::add, counters::malformed));
            live.put(spec.symbol(), false);
        }
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) config.connectTimeoutMillis())
                .setMaxFrameSize(MAX_MESSAGE).setMaxMessageSize(MAX_MESSAGE));
    }

    /** The combined-stream URL of these symbols. */
    public String url() {
        StringBuilder b = new StringBuilder(config.streamUrl()).append("/stream?streams=");
        String sep = "";
        for (String s : bars.keySet()) {
            b.append(sep).append(s.toLowerCase(Locale.ROOT)).append("@kline_").append(interval.wire());
            sep = "/";
        }
        return b.toString();
    }

    /**
     * Connects and loads {@code warmupBars} closed klines per symbol (bars after {@code resumeAfterOpen} only, when
     * that is not {@code Long.MIN_VALUE}), then streams.
     *
     * @return close time of the newest history bar ({@code Long.MIN_VALUE} when none), once history is delivered
     */
    public Future<Long> start(int warmupBars, long resumeAfterOpen) {
        Promise<Long> p = Promise.promise();
        context.runOnContext(v -> {
            long now = clock.millis();
            warmupFrom = interval.openTimeOf(now) - (long) warmupBars * interval.millis();
            if (resumeAfterOpen != Long.MIN_VALUE) {
                bars.values().forEach(b -> b.resumeAfter(resumeAfterOpen));
            }
            started = p;
            healthTimer = vertx.setPeriodic(Math.max(50, config.staleAfterMillis() / 4), id -> checkHealth());
            connect();
        });
        return p.future();
    }

    private void connect() {
        reconnectTimer = -1;
        if (closed) {
            return;
        }
        int gen = ++generation;
        WebSocketConnectOptions options = new WebSocketConnectOptions().setAbsoluteURI(url())
                .setConnectTimeout(config.connectTimeoutMillis());
        client.connect(options).onComplete(ar -> {
            if (closed || gen != generation) {
                if (ar.succeeded()) {
                    ar.result().close();
                }
                return;
            }
            if (ar.failed()) {
                counters.connectFailures.incrementAndGet();
                down("connect failed: " + ar.cause().getMessage());
                return;
            }
            opened(ar.result(), gen);
        });
    }

    private void opened(WebSocket socket, int gen) {
        ws = socket;
        counters.connects.incrementAndGet();
        connectionLastMessage = monotonicMillis();
        socket.textMessageHandler(text -> {
            if (gen == generation) {
                onMessage(text.getBytes(StandardCharsets.UTF_8));
            }
        });
        socket.closeHandler(v -> {
            if (gen == generation) {
                down("connection closed (" + socket.closeStatusCode() + " " + socket.closeReason() + ")");
            }
        });
        socket.exceptionHandler(t -> LOG.debug("binance market stream error: {}", t.toString()));
        LOG.info("binance market stream connected: {}", url());
        // whatever closed while we were away (or before the first connect) comes from REST; until it is in, stream
        // klines wait so that bars of all symbols leave in close-time order
        bars.values().forEach(KlineBars::suspend);
        backfill();
    }

    private void onMessage(byte[] utf8) {
        long now = monotonicMillis();
        counters.messages.incrementAndGet();
        connectionLastMessage = now;
        attempt = 0;
        KlineMessage m = KlineParser.parseEvent(utf8);
        if (m instanceof KlineMessage.Rejected r) {
            counters.malformed(r.reason());
            return;
        }
        if (!(m instanceof KlineMessage.Update u)) {
            return;
        }
        Kline k = u.kline();
        KlineBars b = bars.get(k.symbol());
        if (b == null || !k.interval().equals(interval.wire())) {
            counters.malformed(KlineReject.UNKNOWN_STREAM);
            return;
        }
        lastMessage.put(k.symbol(), now);
        if (!live.get(k.symbol())) {
            setLive(k.symbol(), true, "message received");
        }
        KlineBars.Outcome o = b.onStream(k);
        if (o == KlineBars.Outcome.HELD && !backfilling) {
            LOG.info("binance {} {}: kline {} after a hole; backfilling", k.symbol(), interval.wire(), k.openTime());
            backfill();
        }
        flush();
    }

    /** One REST backfill of every symbol from its last bar (or the warm-up start) to now. */
    private void backfill() {
        if (backfilling) {
            backfillAgain = true;
            return;
        }
        backfilling = true;
        backfillAgain = false;
        long requestTime = clock.millis();
        long to = interval.openTimeOf(requestTime) - 1;
        List<Future<List<Kline>>> reads = new ArrayList<>();
        List<KlineBars> order = new ArrayList<>(bars.values());
        for (KlineBars b : order) {
            long from = b.backfillFrom() == KlineBars.UNKNOWN ? warmupFrom : b.backfillFrom();
            reads.add(history.closed(b.instrument().symbol(), interval, from, to, requestTime));
        }
        counters.backfills.incrementAndGet();
        Future.join(reads).onComplete(ar -> context.runOnContext(v -> {
            backfilling = false;
            int n = 0;
            boolean failed = false;
            for (int i = 0; i < order.size(); i++) {
                Future<List<Kline>> f = reads.get(i);
                if (f.succeeded()) {
                    n += order.get(i).backfill(f.result(), requestTime);
                } else {
                    failed = true;
                    LOG.warn("binance backfill of {} failed: {}", order.get(i).instrument().symbol(),
                            f.cause().getMessage());
                }
            }
            counters.backfilledBars.addAndGet(n);
            long newest = batch.stream().mapToLong(Bar::closeTime).max().orElse(Long.MIN_VALUE);
            flush();
            if (failed) {
                counters.backfillFailures.incrementAndGet();
                if (started != null) {
                    Promise<Long> p = started;
                    started = null;
                    p.fail("binance history failed: " + reads.stream().filter(Future::failed)
                            .map(f -> f.cause().getMessage()).findFirst().orElse("?"));
                    return;
                }
                vertx.setTimer(config.backoff(attempt++, random.getAsDouble()), id -> backfill());
                return;
            }
            if (started != null) {
                Promise<Long> p = started;
                started = null;
                p.complete(newest);
            }
            if (backfillAgain || bars.values().stream().anyMatch(KlineBars::needsBackfill)) {
                backfill();
            }
        }));
    }

    /** Hands the bars emitted so far to the listener in close-time order. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Bar> ready = new ArrayList<>(batch);
        batch.clear();
        ready.sort(Comparator.comparingLong(Bar::closeTime));
        for (Bar bar : ready) {
            try {
                out.onBar(bar);
            } catch (RuntimeException e) {
                counters.listenerErrors.incrementAndGet();
                LOG.error("bar listener failed on {}", bar, e);
            }
        }
    }

    private void checkHealth() {
        long now = monotonicMillis();
        if (ws != null && now - connectionLastMessage > config.silentDropMillis()) {
            down("no message for " + (now - connectionLastMessage) + " ms");
            return;
        }
        for (String s : bars.keySet()) {
            Long last = lastMessage.get(s);
            if (live.get(s) && (last == null || now - last > config.staleAfterMillis())) {
                setLive(s, false, "no message for " + config.staleAfterMillis() + " ms");
            }
        }
    }

    private void down(String reason) {
        generation++;
        if (ws != null) {
            WebSocket old = ws;
            ws = null;
            if (!old.isClosed()) {
                old.close();
            }
        }
        for (String s : bars.keySet()) {
            if (live.get(s)) {
                setLive(s, false, "disconnected: " + reason);
            }
        }
        if (!closed && reconnectTimer == -1) {
            long delay = config.backoff(attempt++, random.getAsDouble());
            LOG.info("binance market stream down ({}); reconnecting in {} ms", reason, delay);
            reconnectTimer = vertx.setTimer(delay, id -> connect());
        }
    }

    private void setLive(String symbol, boolean up, String reason) {
        live.put(symbol, up);
        try {
            status.accept(new MarketStatus("kline:" + symbol + ":" + interval.wire(), symbol, up, clock.millis(),
                    reason));
        } catch (RuntimeException e) {
            counters.listenerErrors.incrementAndGet();
            LOG.error("status listener failed", e);
        }
    }

    /** Elapsed time for health checks: monotonic, independent of the (venue) clock that judges klines closed. */
    private static long monotonicMillis() {
        return System.nanoTime() / 1_000_000;
    }

    /** Closes the current connection as a network failure would (tests, operators): it reconnects and backfills. */
    public void dropConnection() {
        context.runOnContext(v -> {
            if (ws != null) {
                down("dropped on request");
            }
        });
    }

    public MarketCounters counters() {
        return counters;
    }

    public KlineInterval interval() {
        return interval;
    }

    @Override
    public void close() {
        context.runOnContext(v -> {
            closed = true;
            generation++;
            if (reconnectTimer != -1) {
                vertx.cancelTimer(reconnectTimer);
            }
            if (healthTimer != -1) {
                vertx.cancelTimer(healthTimer);
            }
            if (ws != null && !ws.isClosed()) {
                ws.close();
            }
            ws = null;
            client.close();
        });
    }
}
