package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The websocket's subscription rules and its user-specific side: which subscriptions are valid, the venue's limit
 * of distinct users one IP may follow across user subscriptions (the venue's is 10; past it the subscribe gets
 * {@code Cannot track more than N total users.} on the {@code error} channel and no data), and the data of the
 * {@code clearinghouseState} and {@code webData2} subscriptions (served only with smart money on). Runs on the
 * fake's event loop like {@link WsHub}; the counters are read through it.
 */
final class UserStreams {

    static final Set<String> MARKET_TYPES = Set.of("l2Book", "trades", "candle");
    /** The state subscriptions, in the order a change is pushed to them. */
    static final java.util.List<String> STATE_TYPES = java.util.List.of("clearinghouseState", "webData2");
    static final Set<String> USER_TYPES = Set.of("orderUpdates", "userFills", "userEvents", "clearinghouseState",
            "webData2");

    /** (type, user) to the data JSON of a state subscription; {@code null}: not served. */
    private final BiFunction<String, String, String> stateData;
    private final int maxUsers;
    /** Per IP: user to how many open subscriptions follow it. */
    private final Map<String, Map<String, Integer>> byIp = new HashMap<>();
    private long refusals;
    private int maxDistinct;

    UserStreams(BiFunction<String, String, String> stateData, int maxUsers) {
        this.stateData = stateData;
        this.maxUsers = maxUsers;
    }

    /** Why {@code sub} is refused, or {@code null} when it is valid. */
    String invalid(JsonNode sub, FakeMarket market) {
        String type = sub.path("type").asText();
        if (MARKET_TYPES.contains(type) && market.coin(sub.path("coin").asText()) == null) {
            return "unknown coin";
        }
        if (type.equals("candle") && Intervals.millis(sub.path("interval").asText()) == 0) {
            return "unknown interval";
        }
        if (USER_TYPES.contains(type) && !sub.path("user").isTextual()) {
            return "user is required";
        }
        if (STATE_TYPES.contains(type) && stateData == null) {
            return "unknown type";
        }
        return MARKET_TYPES.contains(type) || USER_TYPES.contains(type) || type.equals("allMids") ? null
                : "unknown type";
    }

    /** Counts one more subscription of {@code ip} following {@code user}; the venue's refusal text when over. */
    String admit(String ip, String user) {
        Map<String, Integer> users = byIp.computeIfAbsent(ip, k -> new HashMap<>());
        if (!users.containsKey(user) && users.size() >= maxUsers) {
            refusals++;
            return "Cannot track more than " + maxUsers + " total users.";
        }
        users.merge(user, 1, Integer::sum);
        maxDistinct = Math.max(maxDistinct, users.size());
        return null;
    }

    void release(String ip, String user) {
        Map<String, Integer> users = byIp.get(ip);
        if (users != null && users.computeIfPresent(user, (k, n) -> n > 1 ? n - 1 : null) == null
                && users.isEmpty()) {
            byIp.remove(ip);
        }
    }

    /** The data to send on subscribing to a state subscription, or {@code null} for other types. */
    String snapshot(String type, String user) {
        return STATE_TYPES.contains(type) && stateData != null ? stateData.apply(type, user) : null;
    }

    /**
     * {@code users} (IP to the users it follows now), {@code maxDistinct} (the most one IP followed at once),
     * {@code refused} (subscribes refused for the limit) and {@code limit}.
     */
    com.fasterxml.jackson.databind.node.ObjectNode json() {
        var j = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("limit", maxUsers)
                .put("maxDistinct", maxDistinct).put("refused", refusals);
        var users = j.putObject("users");
        users().forEach((ip, set) -> set.forEach(users.putArray(ip)::add));
        return j;
    }

    /** Releases every user of a closed connection from {@code ip}. */
    void releaseAll(String ip, Map<String, String> keyToUser) {
        keyToUser.values().forEach(u -> release(ip, u));
        keyToUser.clear();
    }

    /** Users each IP follows now. */
    Map<String, Set<String>> users() {
        Map<String, Set<String>> out = new TreeMap<>();
        byIp.forEach((ip, u) -> out.put(ip, new TreeSet<>(u.keySet())));
        return out;
    }

    /** Subscribes refused for the user limit. */
    long refusals() {
        return refusals;
    }

    /** The most distinct users one IP followed at once. */
    int maxDistinct() {
        return maxDistinct;
    }

    int maxUsers() {
        return maxUsers;
    }
}
