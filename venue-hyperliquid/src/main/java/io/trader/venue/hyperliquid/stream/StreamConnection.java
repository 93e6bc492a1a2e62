package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.data.HlWsDecoder;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.DoubleSupplier;

/**
 * One logical websocket to the venue that keeps itself up: connects, pings every {@code pingInterval} and drops
 * the socket when no pong arrives within {@code pongTimeout}, and after any drop reconnects with exponential
 * backoff and jitter (the attempt count resets once the new connection delivers a message). Callbacks from a
 * replaced socket are ignored. Must be used on one Vert.x context: every method and callback runs there.
 */
final class StreamConnection {

    /** What the owner hears. */
    interface Events {
        void onOpen();

        /** One complete text message, as UTF-8 bytes. */
        void onMessage(byte[] utf8);

        void onDown(String reason);

        /** A message was dropped unparsed because it outgrew the size cap (at least {@code bytes} long). */
        void onTooLarge(long bytes);
    }

    private static final Logger LOG = LoggerFactory.getLogger(StreamConnection.class);
    /**
     * Largest message accepted (also the largest frame): a longer one is dropped unparsed and counted. A single
     * frame over the cap makes Vert.x close the socket (status 1009); the connection then reconnects as after any
     * drop.
     */
    private static final int MAX_MESSAGE = HlWsDecoder.MAX_MESSAGE_BYTES;
    private static final String PING = "{\"method\":\"ping\"}";

    private final Vertx vertx;
    private final StreamConfig config;
    private final WebSocketClient client;
    private final DoubleSupplier random;
    private final StreamMetrics metrics;
    private final Events events;
    private WebSocket ws;
    /** A fragmented text message being reassembled, or {@code null}. */
    private Buffer partial;
    /** True while the rest of an over-size fragmented message is being skipped. */
    private boolean skipping;
    private int generation;
    private int attempt;
    private long pingTimer = -1;
    private long pongTimer = -1;
    private long reconnectTimer = -1;
    private boolean closed;

    StreamConnection(Vertx vertx, StreamConfig config, DoubleSupplier random, StreamMetrics metrics, Events events) {
        this.vertx = vertx;
        this.config = config;
        this.random = random;
        this.metrics = metrics;
        this.events = events;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxFrameSize(MAX_MESSAGE).setMaxMessageSize(MAX_MESSAGE));
    }

    void connect() {
        if (closed) {
            return;
        }
        reconnectTimer = -1;
        int gen = ++generation;
        HyperliquidEndpoint e = config.endpoint();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(e.host()).setPort(e.port())
                .setSsl(e.ssl()).setURI("/ws");
        client.connect(options).onComplete(ar -> {
            if (closed || gen != generation) {
                if (ar.succeeded()) {
                    ar.result().close();
                }
                return;
            }
            if (ar.failed()) {
                metrics.connectFailures.incrementAndGet();
                down("connect failed: " + ar.cause().getMessage());
                return;
            }
            opened(ar.result(), gen);
        });
    }

    private void opened(WebSocket socket, int gen) {
        ws = socket;
        partial = null;
        skipping = false;
        metrics.connects.incrementAndGet();
        socket.frameHandler(frame -> {
            if (gen != generation) {
                return;
            }
            if (frame.isText()) {
                partial = null;
                skipping = false;
                if (frame.isFinal()) {
                    events.onMessage(frame.binaryData().getBytes());
                } else {
                    partial = Buffer.buffer(Math.min(MAX_MESSAGE, 4 * frame.binaryData().length()));
                    partial.appendBuffer(frame.binaryData());
                }
            } else if (frame.isContinuation()) {
                continuation(frame.binaryData(), frame.isFinal());
            }
        });
        socket.closeHandler(v -> {
            if (gen == generation) {
                down("connection closed (" + socket.closeStatusCode() + " " + socket.closeReason() + ")");
            }
        });
        socket.exceptionHandler(t -> {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Max frame length")) {
                // Netty's decoder refused a frame over the cap; Vert.x closes the socket (1009) and we reconnect
                events.onTooLarge(MAX_MESSAGE + 1L);
            }
            LOG.debug("hyperliquid websocket error: {}", t.toString());
        });
        pingTimer = vertx.setPeriodic(config.pingInterval().toMillis(), id -> ping(gen));
        events.onOpen();
    }

    private void continuation(Buffer data, boolean last) {
        if (partial != null) {
            if (partial.length() + (long) data.length() > MAX_MESSAGE) {
                LOG.warn("dropped a hyperliquid message larger than {} bytes", MAX_MESSAGE);
                events.onTooLarge(partial.length() + (long) data.length());
                partial = null;
                skipping = !last;
            } else {
                partial.appendBuffer(data);
                if (last) {
                    byte[] whole = partial.getBytes();
                    partial = null;
                    events.onMessage(whole);
                }
            }
        } else if (skipping && last) {
            skipping = false;
        }
    }

    private void ping(int gen) {
        if (gen != generation || ws == null) {
            return;
        }
        send(PING);
        if (pongTimer == -1) {
            pongTimer = vertx.setTimer(config.pongTimeout().toMillis(), id -> {
                pongTimer = -1;
                if (gen == generation) {
                    metrics.pongTimeouts.incrementAndGet();
                    down("no pong within " + config.pongTimeout().toMillis() + " ms");
                }
            });
        }
    }

    /** A pong arrived: the connection is alive. */
    void onPong() {
        cancel(pongTimer);
        pongTimer = -1;
    }

    /** A real message arrived on the current connection: the next drop starts the backoff from scratch. */
    void healthy() {
        attempt = 0;
    }

    /** Sends {@code text} when connected; returns false otherwise (the owner resends on the next open). */
    boolean send(String text) {
        if (ws == null || ws.isClosed()) {
            return false;
        }
        ws.writeTextMessage(text);
        return true;
    }

    boolean isOpen() {
        return ws != null && !ws.isClosed();
    }

    private void down(String reason) {
        generation++;
        cancel(pingTimer);
        cancel(pongTimer);
        pingTimer = -1;
        pongTimer = -1;
        if (ws != null) {
            WebSocket old = ws;
            ws = null;
            if (!old.isClosed()) {
                old.close();
            }
        }
        events.onDown(reason);
        if (!closed && reconnectTimer == -1) {
            long delay = config.reconnectBackoff().delay(attempt++, random.getAsDouble());
            LOG.info("hyperliquid websocket down ({}); reconnecting in {} ms", reason, delay);
            reconnectTimer = vertx.setTimer(delay, id -> connect());
        }
    }

    /** Closes for good: no reconnect. */
    void close() {
        closed = true;
        generation++;
        cancel(pingTimer);
        cancel(pongTimer);
        cancel(reconnectTimer);
        if (ws != null && !ws.isClosed()) {
            ws.close();
        }
        ws = null;
        client.close();
    }

    private void cancel(long timer) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }
}
