package io.trader.venue.hyperliquid.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * One websocket subscription. {@link #key()} names the stream it feeds (e.g. {@code l2Book:BTC},
 * {@code candle:BTC:1m}, {@code orderUpdates:0xabc...}); status events and counters use that key.
 *
 * @param type     subscription type: {@code l2Book}, {@code trades}, {@code candle}, {@code allMids},
 *                 {@code orderUpdates}, {@code userFills}, {@code userEvents}
 * @param coin     coin for market streams, else {@code null}
 * @param interval candle interval (wire form) for {@code candle}, else {@code null}
 * @param user     lower-case address for user streams, else {@code null}
 */
public record HlSubscription(String type, String coin, String interval, String user) {

    public HlSubscription {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type is required");
        }
        user = user == null ? null : user.toLowerCase(Locale.ROOT);
    }

    public static HlSubscription l2Book(String coin) {
        return new HlSubscription("l2Book", require(coin), null, null);
    }

    public static HlSubscription trades(String coin) {
        return new HlSubscription("trades", require(coin), null, null);
    }

    public static HlSubscription candle(String coin, HlInterval interval) {
        return new HlSubscription("candle", require(coin), interval.wire(), null);
    }

    public static HlSubscription allMids() {
        return new HlSubscription("allMids", null, null, null);
    }

    public static HlSubscription orderUpdates(String user) {
        return new HlSubscription("orderUpdates", null, null, require(user));
    }

    public static HlSubscription userFills(String user) {
        return new HlSubscription("userFills", null, null, require(user));
    }

    public static HlSubscription userEvents(String user) {
        return new HlSubscription("userEvents", null, null, require(user));
    }

    /** Stream key: type, then coin, interval and user when present, joined by {@code :}. */
    public String key() {
        StringBuilder sb = new StringBuilder(type);
        if (coin != null) {
            sb.append(':').append(coin);
        }
        if (interval != null) {
            sb.append(':').append(interval);
        }
        if (user != null) {
            sb.append(':').append(user);
        }
        return sb.toString();
    }

    /** The channel its messages arrive on ({@code userEvents} arrive on {@code user}). */
    public String channel() {
        return type.equals("userEvents") ? "user" : type;
    }

    /** True for the per-user streams. */
    public boolean isUserStream() {
        return user != null;
    }

    /** The request text, {@code {"method":method,"subscription":{...}}}, method {@code subscribe} or {@code unsubscribe}. */
    public String request(String method) {
        ObjectNode root = HlJson.MAPPER.createObjectNode();
        root.put("method", method);
        ObjectNode sub = root.putObject("subscription");
        sub.put("type", type);
        if (coin != null) {
            sub.put("coin", coin);
        }
        if (interval != null) {
            sub.put("interval", interval);
        }
        if (user != null) {
            sub.put("user", user);
        }
        return root.toString();
    }

    /** The subscription object of a request or acknowledgement ({@code {"type":..,"coin":..}}). */
    static HlSubscription of(JsonNode sub) {
        HlJson.object(sub, "subscription");
        return new HlSubscription(HlJson.text(sub, "type"), HlJson.optText(sub, "coin"), HlJson.optText(sub, "interval"),
                HlJson.optText(sub, "user"));
    }

    private static String require(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("coin/user must not be blank");
        }
        return s;
    }
}
