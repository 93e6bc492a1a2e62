package io.trader.venue.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.port.TimeSource;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The user-data stream over the WebSocket API: connect to {@link BinanceConfig#wsApiUrl()}, send
 * {@code userDataStream.subscribe.signature} ({@code apiKey}, {@code timestamp}, HMAC {@code signature} of the
 * params sorted by name), then hand every {@code executionReport} event on. Binance discontinued the spot listenKey
 * ({@code POST /api/v3/userDataStream}) on 2026-02-20 in favour of this form. A dropped connection is re-opened
 * with doubling back-off; after each re-subscription {@code onResubscribed} runs (the adapter then resolves every
 * open order by REST). Malformed messages are counted by reason and dropped.
 */
final class BinanceUserStream {

    private static final Logger LOG = LoggerFactory.getLogger(BinanceUserStream.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUBSCRIBE_WEIGHT = 2;

    private final Vertx vertx;
    private final BinanceConfig config;
    private final BinanceRaw raw;
    private final TimeSource clock;
    private final Consumer<BinanceWire.ExecutionReport> onReport;
    private final Runnable onResubscribed;
    private final Consumer<String> onFatal;
    private final WebSocketClient client;
    private final Map<String, AtomicLong> malformed = new ConcurrentHashMap<>();
    private final AtomicLong subscriptions = new AtomicLong();
    private volatile WebSocket socket;
    private volatile boolean stopped;
    private long delay;

    BinanceUserStream(Vertx vertx, BinanceConfig config, BinanceRaw raw, TimeSource clock,
                      Consumer<BinanceWire.ExecutionReport> onReport, Runnable onResubscribed, Consumer<String> onFatal) {
        this.vertx = vertx;
        this.config = config;
        this.raw = raw;
        this.clock = clock;
        this.onReport = onReport;
        this.onResubscribed = onResubscribed;
        this.onFatal = onFatal;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) config.requestTimeoutMillis()));
        this.delay = config.reconnectMinMillis();
    }

    /** Connects and subscribes; completes once the first subscription is confirmed. */
    Future<Void> start() {
        Promise<Void> first = Promise.promise();
        connect(first);
        return first.future();
    }

    private void connect(Promise<Void> first) {
        if (stopped) {
            return;
        }
        long wait = raw.budget().tryAcquire(SUBSCRIBE_WEIGHT, 0, clock.millis());
        if (wait > 0) {
            vertx.setTimer(wait, id -> connect(first));
            return;
        }
        client.connect(new WebSocketConnectOptions().setAbsoluteURI(config.wsApiUrl())).onComplete(ar -> {
            if (ar.failed()) {
                LOG.warn("binance user stream: connect failed ({}); retrying in {} ms", ar.cause().getMessage(), delay);
                retry(first);
                return;
            }
            WebSocket ws = ar.result();
            socket = ws;
            ws.textMessageHandler(text -> onText(text, first));
            ws.closeHandler(v -> {
                if (!stopped) {
                    LOG.warn("binance user stream closed; reconnecting in {} ms", delay);
                    retry(first);
                }
            });
            long ts = clock.millis() + raw.offsetMillis();
            String payload = "apiKey=" + raw.signer().apiKey() + "&timestamp=" + ts;
            String sig = raw.signer().sign(payload);
            ws.writeTextMessage("{\"id\":\"sub-" + subscriptions.get() + "\",\"method\":"
                    + "\"userDataStream.subscribe.signature\",\"params\":{\"apiKey\":\"" + raw.signer().apiKey()
                    + "\",\"timestamp\":" + ts + ",\"signature\":\"" + sig + "\"}}");
        });
    }

    private void retry(Promise<Void> first) {
        long d = delay;
        delay = Math.min(config.reconnectMaxMillis(), delay * 2);
        vertx.setTimer(d, id -> connect(first));
    }

    private void onText(String text, Promise<Void> first) {
        JsonNode msg;
        try {
            msg = JSON.readTree(text);
        } catch (java.io.IOException e) {
            count("unparsable json");
            return;
        }
        if (msg.has("event")) {
            JsonNode ev = msg.get("event");
            if (!"executionReport".equals(ev.path("e").asText())) {
                return;
            }
            try {
                onReport.accept(BinanceAdapters.executionReport(ev));
            } catch (IllegalArgumentException e) {
                count(e.getMessage());
            }
            return;
        }
        if (msg.has("status") && msg.path("id").asText().startsWith("sub-")) {
            if (msg.path("status").asInt() == 200) {
                delay = config.reconnectMinMillis();
                boolean again = subscriptions.getAndIncrement() > 0;
                if (!first.tryComplete() || again) {
                    onResubscribed.run();
                }
            } else {
                JsonNode err = msg.path("error");
                BinanceErrorCode code = BinanceErrorAdapter.classify(msg.path("status").asInt(), err.path("code").asInt());
                String reason = BinanceErrorAdapter.reason(code, err.path("code").asInt(), err.path("msg").asText());
                if (code.fatal()) {
                    onFatal.accept(reason);
                    first.tryFail(reason);
                } else if (code == BinanceErrorCode.TIMESTAMP) {
                    raw.syncTime().onComplete(x -> closeSocket());
                } else {
                    LOG.warn("binance user stream subscribe refused: {}", reason);
                    closeSocket();
                }
            }
            return;
        }
        count("unexpected message");
    }

    private void closeSocket() {
        WebSocket ws = socket;
        if (ws != null) {
            ws.close();
        }
    }

    private void count(String reason) {
        malformed.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
    }

    /** Malformed messages dropped, by reason. */
    Map<String, Long> malformed() {
        Map<String, Long> out = new java.util.TreeMap<>();
        malformed.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Subscriptions confirmed so far (1 + reconnects). */
    long subscriptions() {
        return subscriptions.get();
    }

    void stop() {
        stopped = true;
        closeSocket();
        client.close();
    }
}
