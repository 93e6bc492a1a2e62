package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * Keys naming what a websocket subscription receives: the type, then the coin, interval and (lower-case) user
 * when present, joined by {@code :}. {@link FakeHyperliquid#publish} sends to every connection subscribed under a
 * key. Examples: {@code l2Book:BTC}, {@code trades:ETH}, {@code candle:BTC:1m}, {@code allMids},
 * {@code orderUpdates:0xabc...}, {@code userFills:0xabc...}, {@code userEvents:0xabc...}.
 */
public final class SubscriptionKeys {

    private SubscriptionKeys() {
    }

    public static String l2Book(String coin) {
        return "l2Book:" + coin;
    }

    public static String trades(String coin) {
        return "trades:" + coin;
    }

    public static String candle(String coin, String interval) {
        return "candle:" + coin + ":" + interval;
    }

    public static String allMids() {
        return "allMids";
    }

    public static String orderUpdates(String user) {
        return "orderUpdates:" + user.toLowerCase(Locale.ROOT);
    }

    public static String userFills(String user) {
        return "userFills:" + user.toLowerCase(Locale.ROOT);
    }

    public static String userEvents(String user) {
        return "userEvents:" + user.toLowerCase(Locale.ROOT);
    }

    /** The key of a subscription object {@code {"type":..,"coin":..,"interval":..,"user":..}}. */
    public static String of(JsonNode subscription) {
        StringBuilder sb = new StringBuilder(subscription.path("type").asText());
        for (String f : new String[]{"coin", "interval", "user"}) {
            JsonNode v = subscription.get(f);
            if (v != null && !v.isNull()) {
                String s = v.asText();
                sb.append(':').append(f.equals("user") ? s.toLowerCase(Locale.ROOT) : s);
            }
        }
        return sb.toString();
    }
}
