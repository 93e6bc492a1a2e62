package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The fake's websocket side: connections, their subscriptions, ping/pong, publishing and the websocket faults.
 * Every method runs on the fake's event-loop context (the owner guarantees it), so there is no locking.
 */
final class WsHub {

    private static final Logger LOG = LoggerFactory.getLogger(WsHub.class);
    static final String GREETING = "Websocket connection established.";

    private static final class Conn {
        final ServerWebSocket ws;
        final Set<String> subs = new LinkedHashSet<>();
        /** Subscription key to the user it follows, for user subscriptions. */
        final Map<String, String> users = new HashMap<>();
        final String ip;

        Conn(ServerWebSocket ws) {
            this.ws = ws;
            this.ip = ws.remoteAddress() == null ? "?" : ws.remoteAddress().host();
        }
    }

    private final List<Conn> conns = new ArrayList<>();
    private final Map<String, Integer> subscribeRequests = new HashMap<>();
    private final FakeMarket market;
    private final ObjectMapper mapper;
    private final boolean greeting;
    private final UnaryOperator<String> infoPost;
    private final UnaryOperator<String> actionPost;
    private final UserStreams streams;
    private boolean answerPings = true;
    private int dropAfter;
    private double dropProbability;
    private SplittableRandom dropRandom;
    private long accepted;
    private long pings;
    private long drops;

    /**
     * @param infoPost   answers a websocket {@code post} of type info (request payload JSON to response JSON)
     * @param actionPost answers a websocket {@code post} of type action (exchange body JSON to response JSON)
     */
    WsHub(FakeMarket market, ObjectMapper mapper, boolean greeting, UnaryOperator<String> infoPost,
          UnaryOperator<String> actionPost, UserStreams streams) {
        this.streams = streams;
        this.market = market;
        this.mapper = mapper;
        this.greeting = greeting;
        this.infoPost = infoPost;
        this.actionPost = actionPost;
    }

    void accept(ServerWebSocket ws) {
        Conn c = new Conn(ws);
        conns.add(c);
        accepted++;
        ws.textMessageHandler(text -> onText(c, text));
        ws.closeHandler(v -> {
            conns.remove(c);
            streams.releaseAll(c.ip, c.users);
        });
        ws.exceptionHandler(e -> LOG.debug("fake websocket error: {}", e.toString()));
        if (greeting) {
            send(c, GREETING);
        }
    }

    private void onText(Conn c, String text) {
        JsonNode msg;
        try {
            msg = mapper.readTree(text);
        } catch (Exception e) {
            error(c, "Invalid message: " + text);
            return;
        }
        switch (msg.path("method").asText()) {
            case "ping" -> {
                pings++;
                if (answerPings) {
                    send(c, "{\"channel\":\"pong\"}");
                }
            }
            case "subscribe" -> subscribe(c, msg.path("subscription"));
            case "unsubscribe" -> unsubscribe(c, msg.path("subscription"));
            case "post" -> post(c, msg);
            default -> error(c, "Unknown method: " + text);
        }
    }

    private void subscribe(Conn c, JsonNode sub) {
        String problem = streams.invalid(sub, market);
        if (problem != null) {
            error(c, "Invalid subscription " + sub + ": " + problem);
            return;
        }
        String key = SubscriptionKeys.of(sub);
        if (c.subs.contains(key)) {
            error(c, "Already subscribed: " + sub);
            return;
        }
        String user = UserStreams.USER_TYPES.contains(sub.path("type").asText())
                ? sub.path("user").asText().toLowerCase(java.util.Locale.ROOT) : null;
        String refusal = user == null ? null : streams.admit(c.ip, user);
        if (refusal != null) {
            error(c, refusal);
            return;
        }
        c.subs.add(key);
        if (user != null) {
            c.users.put(key, user);
        }
        subscribeRequests.merge(key, 1, Integer::sum);
        send(c, ack("subscribe", sub));
        snapshot(c, sub);
    }

    private void unsubscribe(Conn c, JsonNode sub) {
        String key = SubscriptionKeys.of(sub);
        if (!c.subs.remove(key)) {
            error(c, "Already unsubscribed: " + sub);
            return;
        }
        String user = c.users.remove(key);
        if (user != null) {
            streams.release(c.ip, user);
        }
        send(c, ack("unsubscribe", sub));
    }

    private void snapshot(Conn c, JsonNode sub) {
        String type = sub.path("type").asText();
        switch (type) {
            case "l2Book" -> send(c, message("l2Book", market.bookJson(sub.path("coin").asText()).toString()));
            case "allMids" -> send(c, message("allMids", "{\"mids\":" + market.midsJson() + "}"));
            case "candle" -> {
                String coin = sub.path("coin").asText();
                String interval = sub.path("interval").asText();
                send(c, message("candle", market.candle(coin, interval, market.currentOpenTime(interval)).toString()));
            }
            case "userFills" -> {
                ObjectNode data = mapper.createObjectNode().put("isSnapshot", true)
                        .put("user", sub.path("user").asText());
                data.putArray("fills");
                send(c, message("userFills", data.toString()));
            }
            default -> {
                // trades, orderUpdates and userEvents start without a snapshot; the state types with one
                String data = streams.snapshot(type, sub.path("user").asText());
                if (data != null) {
                    send(c, message(type, data));
                }
            }
        }
    }

    private void post(Conn c, JsonNode msg) {
        JsonNode request = msg.path("request");
        String type = request.path("type").asText();
        ObjectNode data = mapper.createObjectNode();
        data.set("id", msg.path("id"));
        ObjectNode response = data.putObject("response");
        try {
            String payload = request.path("payload").toString();
            String answer = switch (type) {
                case "info" -> infoPost.apply(payload);
                case "action" -> actionPost.apply(payload);
                default -> throw new IllegalArgumentException("unknown post type " + type);
            };
            response.put("type", type).set("payload", mapper.readTree(answer));
        } catch (Exception e) {
            response.put("type", "error").put("payload", String.valueOf(e.getMessage()));
        }
        send(c, message("post", data.toString()));
    }

    /** Sends {@code {"channel":channel,"data":dataJson}} to every connection subscribed under {@code key}. */
    int publish(String channel, String key, String dataJson) {
        String text = message(channel, dataJson);
        int n = 0;
        for (Conn c : List.copyOf(conns)) {
            if (c.subs.contains(key)) {
                send(c, text);
                n++;
            }
        }
        return n;
    }

    /** Sends {@code text} as is to every connection (for malformed-message tests). */
    void publishRaw(String text) {
        List.copyOf(conns).forEach(c -> send(c, text));
    }

    private void send(Conn c, String text) {
        if (c.ws.isClosed()) {
            return;
        }
        c.ws.writeTextMessage(text);
        if (dropAfter > 0 && --dropAfter == 0) {
            dropAll();
        } else if (dropProbability > 0 && dropRandom.nextDouble() < dropProbability) {
            dropAll();
        }
    }

    /** Closes every connection now. */
    void dropAll() {
        List<Conn> all = List.copyOf(conns);
        conns.clear();
        if (!all.isEmpty()) {
            drops++;
        }
        all.forEach(c -> c.ws.close((short) 1001, "fake drop"));
    }

    /**
     * After each outbound message, closes every connection with {@code probability} (0 turns it off), drawn from a
     * generator seeded with {@code seed} (the same seed and traffic drop at the same messages).
     */
    void dropRandomly(double probability, long seed) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in 0..1");
        }
        dropProbability = probability;
        dropRandom = new SplittableRandom(seed);
    }

    double dropProbability() {
        return dropProbability;
    }

    int dropAfter() {
        return dropAfter;
    }

    boolean answersPings() {
        return answerPings;
    }

    /** Times the connections were dropped (by any fault) while some were open. */
    long drops() {
        return drops;
    }

    /** Closes every connection after {@code n} more outbound messages (0 cancels). */
    void dropAfter(int n) {
        dropAfter = n;
    }

    void answerPings(boolean answer) {
        answerPings = answer;
    }

    int connections() {
        return conns.size();
    }

    long accepted() {
        return accepted;
    }

    long pings() {
        return pings;
    }

    int subscribeRequests(String key) {
        return subscribeRequests.getOrDefault(key, 0);
    }

    UserStreams streams() {
        return streams;
    }

    /** Connections currently subscribed under {@code key}. */
    int subscribers(String key) {
        return (int) conns.stream().filter(c -> c.subs.contains(key)).count();
    }

    private String ack(String method, JsonNode sub) {
        ObjectNode data = mapper.createObjectNode().put("method", method);
        data.set("subscription", sub);
        return message("subscriptionResponse", data.toString());
    }

    private void error(Conn c, String text) {
        send(c, message("error", mapper.getNodeFactory().textNode(text).toString()));
    }

    private static String message(String channel, String dataJson) {
        return "{\"channel\":\"" + channel + "\",\"data\":" + dataJson + "}";
    }
}
