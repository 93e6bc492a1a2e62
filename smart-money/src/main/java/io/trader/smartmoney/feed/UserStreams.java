package io.trader.smartmoney.feed;

import io.trader.core.port.TimeSource;
import io.trader.smartmoney.data.ClearinghouseDecoder;
import io.trader.smartmoney.data.MalformedDataException;
import io.trader.smartmoney.data.UserChannelMessage;
import io.trader.smartmoney.data.WalletState;
import io.trader.venue.hyperliquid.data.HlBackoff;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidResilience;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * One WebSocket to the venue carrying a {@code clearinghouseState} subscription per WebSocket-assigned wallet (at
 * most {@code maxUsers}: the IP's user slots minus the trading session's). Pushes are decoded with
 * {@link ClearinghouseDecoder}; a wallet is <i>live</i> from its first push until the connection drops. The
 * connection pings every {@link HyperliquidResilience#PING_INTERVAL}, is dropped when silent for a ping interval plus
 * {@link HyperliquidResilience#PONG_TIMEOUT}, and reconnects with {@link HyperliquidResilience#RECONNECT_BACKOFF},
 * resubscribing every wallet. The venue's {@code Cannot track more than N total users.} error refuses the oldest
 * unacknowledged subscription (the venue answers subscriptions in order): counted, reported, and that wallet is left
 * to REST polling (asked again at the next {@link #track}).
 *
 * <p>Runs on the context passed in; {@link #track} and {@link #close} may be called from any thread.
 */
public final class UserStreams implements AutoCloseable {

    /** What the streams report (on the streams' context). */
    public interface Events {
        void onState(WalletState state);

        /** {@code user}'s stream became live (first push) or stopped (drop, unsubscribe, refusal). */
        void onLive(String user, boolean live);

        /** The venue refused {@code user}'s subscription. */
        void onRefused(String user, String reason);
    }

    private static final Logger LOG = LoggerFactory.getLogger(UserStreams.class);
    private static final String PING = "{\"method\":\"ping\"}";
    private static final int MAX_MESSAGE = 1 << 20;

    private final Context ctx;
    private final Vertx vertx;
    private final HyperliquidEndpoint endpoint;
    private final int maxUsers;
    private final FeedMetrics metrics;
    private final TimeSource clock;
    private final DoubleSupplier random;
    private final Events events;
    private final HlBackoff backoff = HyperliquidResilience.RECONNECT_BACKOFF;
    private final long pingMillis;
    private final WebSocketClient client;
    private final ClearinghouseDecoder decoder = new ClearinghouseDecoder();
    private final Set<String> desired = new LinkedHashSet<>();
    private final Set<String> refused = new LinkedHashSet<>();
    private final Set<String> live = new LinkedHashSet<>();
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private WebSocket ws;
    private int generation;
    private int attempt;
    private long lastMessage;
    private long pingTimer = -1;
    private long reconnectTimer = -1;
    private boolean started;
    private boolean closed;

    /**
     * @param maxUsers   WebSocket user slots this feed may use (>= 0)
     * @param pingMillis ping interval (the venue drops connections silent for 60 s; the production value is
     *                   {@link HyperliquidResilience#PING_INTERVAL})
     * @param random     numbers in [0, 1) for the reconnect jitter
     */
    public UserStreams(Context ctx, HyperliquidEndpoint endpoint, int maxUsers, long pingMillis, FeedMetrics metrics,
                       TimeSource clock, DoubleSupplier random, Events events) {
        if (ctx == null || endpoint == null || maxUsers < 0 || pingMillis < 1 || metrics == null || clock == null
                || random == null || events == null) {
            throw new IllegalArgumentException("all arguments are required; maxUsers >= 0, pingMillis >= 1");
        }
        this.ctx = ctx;
        this.vertx = ctx.owner();
        this.endpoint = endpoint;
        this.maxUsers = maxUsers;
        this.pingMillis = pingMillis;
        this.metrics = metrics;
        this.clock = clock;
        this.random = random;
        this.events = events;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) HyperliquidResilience.REQUEST_TIMEOUT.toMillis())
                .setMaxFrameSize(MAX_MESSAGE).setMaxMessageSize(MAX_MESSAGE));
    }

    /**
     * Subscribes exactly {@code users} (lowercase addresses): new ones are subscribed, dropped ones unsubscribed.
     * Connects on the first call with a user.
     *
     * @throws IllegalArgumentException when there are more users than slots (nothing changes)
     */
    public void track(Collection<String> users) {
        if (users.size() > maxUsers) {
            throw new IllegalArgumentException("refusing " + users.size() + " WebSocket users: at most " + maxUsers
                    + " user slots");
        }
        List<String> wanted = List.copyOf(users);
        ctx.runOnContext(v -> apply(wanted));
    }

    private void apply(List<String> users) {
        if (closed) {
            return;
        }
        Set<String> askAgain = new LinkedHashSet<>(refused);
        refused.clear();
        for (String u : new ArrayList<>(desired)) {
            if (!users.contains(u)) {
                desired.remove(u);
                send("{\"method\":\"unsubscribe\",\"subscription\":{\"type\":\"clearinghouseState\",\"user\":\""
                        + u + "\"}}");
                if (live.remove(u)) {
                    events.onLive(u, false);
                }
            }
        }
        for (String u : users) {
            if ((desired.add(u) || askAgain.contains(u)) && ws != null) {
                subscribe(u);
            }
        }
        if (!started && !desired.isEmpty()) {
            started = true;
            connect();
        }
    }

    /** The users whose streams are live now (read on the streams' context). */
    public Set<String> live() {
        return Set.copyOf(live);
    }

    private void connect() {
        if (closed) {
            return;
        }
        reconnectTimer = -1;
        int gen = ++generation;
        WebSocketConnectOptions o = new WebSocketConnectOptions().setHost(endpoint.host()).setPort(endpoint.port())
                .setSsl(endpoint.ssl()).setURI("/ws");
        client.connect(o).onComplete(ar -> {
            if (closed || gen != generation) {
                if (ar.succeeded()) {
                    ar.result().close();
                }
                return;
            }
            if (ar.failed()) {
                down("connect failed: " + ar.cause().getMessage());
                return;
            }
            opened(ar.result(), gen);
        });
    }

    private void opened(WebSocket socket, int gen) {
        ws = socket;
        metrics.wsConnects.incrementAndGet();
        lastMessage = clock.millis();
        socket.textMessageHandler(text -> {
            if (gen == generation) {
                message(text);
            }
        });
        socket.closeHandler(v -> {
            if (gen == generation) {
                down("closed (" + socket.closeStatusCode() + ")");
            }
        });
        socket.exceptionHandler(t -> LOG.debug("smart-money websocket error: {}", t.toString()));
        pingTimer = vertx.setPeriodic(pingMillis, id -> {
            if (gen != generation) {
                return;
            }
            if (clock.millis() - lastMessage > pingMillis + HyperliquidResilience.PONG_TIMEOUT.toMillis()) {
                down("silent for " + (clock.millis() - lastMessage) + " ms");
            } else {
                send(PING);
            }
        });
        for (String u : desired) {
            if (!refused.contains(u)) {
                subscribe(u);
            }
        }
    }

    private void subscribe(String user) {
        pending.add(user);
        send("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"clearinghouseState\",\"user\":\"" + user + "\"}}");
    }

    private void message(String text) {
        lastMessage = clock.millis();
        UserChannelMessage m;
        try {
            m = decoder.decodeWs(text, lastMessage);
        } catch (MalformedDataException e) {
            metrics.wsMalformed.incrementAndGet();
            LOG.debug("dropped a malformed smart-money push: {}", e.getMessage());
            return;
        }
        if (m instanceof UserChannelMessage.State s) {
            String user = s.state().address();
            if (!desired.contains(user) || refused.contains(user)) {
                return;
            }
            attempt = 0;
            metrics.wsStates.incrementAndGet();
            if (live.add(user)) {
                events.onLive(user, true);
            }
            events.onState(s.state());
        } else if (m instanceof UserChannelMessage.Subscribed s) {
            pending.remove(s.user());
        } else if (m instanceof UserChannelMessage.VenueError e) {
            venueError(e.text());
        }
    }

    private void venueError(String text) {
        if (!text.contains("Cannot track more than")) {
            LOG.warn("smart-money websocket error from the venue: {}", text);
            return;
        }
        String user = pending.pollFirst();
        metrics.wsRefused.incrementAndGet();
        if (user == null) {
            LOG.warn("the venue refused a user subscription, none pending: {}", text);
            return;
        }
        refused.add(user);
        if (live.remove(user)) {
            events.onLive(user, false);
        }
        events.onRefused(user, text);
    }

    private void send(String text) {
        if (ws != null && !ws.isClosed()) {
            ws.writeTextMessage(text);
        }
    }

    private void down(String reason) {
        generation++;
        metrics.wsDrops.incrementAndGet();
        if (pingTimer != -1) {
            vertx.cancelTimer(pingTimer);
            pingTimer = -1;
        }
        if (ws != null && !ws.isClosed()) {
            ws.close();
        }
        ws = null;
        pending.clear();
        for (String u : List.copyOf(live)) {
            live.remove(u);
            events.onLive(u, false);
        }
        if (!closed && reconnectTimer == -1) {
            long delay = backoff.delay(attempt++, random.getAsDouble());
            LOG.info("smart-money websocket down ({}); reconnecting in {} ms", reason, delay);
            reconnectTimer = vertx.setTimer(delay, id -> connect());
        }
    }

    /** Closes for good. */
    @Override
    public void close() {
        ctx.runOnContext(v -> {
            closed = true;
            generation++;
            if (pingTimer != -1) {
                vertx.cancelTimer(pingTimer);
            }
            if (reconnectTimer != -1) {
                vertx.cancelTimer(reconnectTimer);
            }
            if (ws != null && !ws.isClosed()) {
                ws.close();
            }
            ws = null;
            client.close();
        });
    }
}
