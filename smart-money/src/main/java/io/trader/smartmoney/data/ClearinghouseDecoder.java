package io.trader.smartmoney.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a wallet's {@code clearinghouseState} (the REST {@code /info} answer, or the same object inside the WebSocket
 * {@code clearinghouseState} and {@code webData2} pushes) into a {@link WalletState}, exact as sent: account value
 * from {@code marginSummary} (which includes isolated margin), one {@link WalletPosition} per non-zero {@code szi}
 * ({@code "0"} rows are flat and dropped), the venue's {@code time} or, for older answers without one, the read time
 * the caller passes. Anything required that is missing or not a number fails with a {@link MalformedDataException};
 * nothing is guessed.
 *
 * <p>Pure and thread-safe.
 */
public final class ClearinghouseDecoder {

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The state of {@code address} in the JSON text {@code json}; {@code readTime} when it carries no time. */
    public WalletState decode(String address, String json, long readTime) {
        return decode(address, parse(json), readTime);
    }

    /** The state of {@code address} in the parsed {@code clearinghouseState} object {@code node}. */
    public WalletState decode(String address, JsonNode node, long readTime) {
        if (address == null || !address.matches("0x[0-9a-fA-F]{40}")) {
            throw new MalformedDataException("not a wallet address: " + address);
        }
        String who = address.toLowerCase(Locale.ROOT);
        if (node == null || !node.isObject()) {
            throw new MalformedDataException(who + ": clearinghouseState is not a JSON object");
        }
        JsonNode summary = node.get("marginSummary");
        if (summary == null || !summary.isObject()) {
            throw new MalformedDataException(who + ": marginSummary is missing");
        }
        BigDecimal accountValue = Decimals.required(summary.get("accountValue"), who + " marginSummary.accountValue");
        long time = readTime;
        JsonNode t = node.get("time");
        if (t != null && !t.isNull()) {
            if (!t.canConvertToLong() || !t.isIntegralNumber()) {
                throw new MalformedDataException(who + ": time is not an integer: " + t);
            }
            time = t.asLong();
        }
        JsonNode rows = node.get("assetPositions");
        if (rows == null || !rows.isArray()) {
            throw new MalformedDataException(who + ": assetPositions is missing");
        }
        List<WalletPosition> positions = new ArrayList<>();
        for (JsonNode row : rows) {
            WalletPosition p = position(who, row.get("position"));
            if (p != null) {
                positions.add(p);
            }
        }
        try {
            return WalletState.of(who, time, accountValue, positions);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException(e.getMessage(), e);
        }
    }

    /**
     * One WebSocket message: a {@code clearinghouseState} push ({@code data: {user, clearinghouseState}}) or a
     * {@code webData2} push ({@code data: {user, clearinghouseState, ...}}) becomes a {@link UserChannelMessage.State};
     * acknowledgements, errors and pongs are told apart; anything else is {@link UserChannelMessage.Other}.
     *
     * @throws MalformedDataException when a state push is broken (it is counted and dropped by the caller)
     */
    public UserChannelMessage decodeWs(String text, long readTime) {
        if (text == null || !text.startsWith("{")) {
            return new UserChannelMessage.Other(null);
        }
        JsonNode msg = parse(text);
        String channel = msg.path("channel").asText(null);
        JsonNode data = msg.get("data");
        if (channel == null) {
            return new UserChannelMessage.Other(null);
        }
        switch (channel) {
            case "pong":
                return new UserChannelMessage.Pong();
            case "error":
                return new UserChannelMessage.VenueError(data == null ? "" : data.isTextual() ? data.asText()
                        : data.toString());
            case "subscriptionResponse": {
                JsonNode sub = data == null ? null : data.path("subscription");
                String user = sub == null ? null : sub.path("user").asText(null);
                return new UserChannelMessage.Subscribed(user == null ? null : user.toLowerCase(Locale.ROOT),
                        sub == null ? null : sub.path("type").asText(null));
            }
            case "clearinghouseState":
            case "webData2": {
                if (data == null || !data.isObject()) {
                    throw new MalformedDataException(channel + " push without a data object");
                }
                String user = data.path("user").asText(null);
                JsonNode state = data.get("clearinghouseState");
                if (state == null && data.has("marginSummary")) {
                    state = data;
                }
                if (user == null || state == null) {
                    throw new MalformedDataException(channel + " push without user or clearinghouseState");
                }
                return new UserChannelMessage.State(decode(user, state, readTime));
            }
            default:
                return new UserChannelMessage.Other(channel);
        }
    }

    private static WalletPosition position(String who, JsonNode p) {
        if (p == null || !p.isObject()) {
            throw new MalformedDataException(who + ": an assetPositions row has no position object");
        }
        String coin = p.path("coin").asText(null);
        if (coin == null || coin.isBlank()) {
            throw new MalformedDataException(who + ": a position has no coin");
        }
        String at = who + " " + coin + ".";
        BigDecimal size = Decimals.required(p.get("szi"), at + "szi");
        if (size.signum() == 0) {
            return null;
        }
        BigDecimal entry = Decimals.required(p.get("entryPx"), at + "entryPx");
        BigDecimal value = Decimals.required(p.get("positionValue"), at + "positionValue");
        BigDecimal upnl = Decimals.required(p.get("unrealizedPnl"), at + "unrealizedPnl");
        BigDecimal liq;
        try {
            liq = Decimals.orNull(p.get("liquidationPx"), at + "liquidationPx");
        } catch (NumberFormatException e) {
            throw new MalformedDataException(e.getMessage(), e);
        }
        JsonNode lev = p.get("leverage");
        if (lev == null || !lev.path("value").isIntegralNumber()) {
            throw new MalformedDataException(at + "leverage.value is missing or not an integer");
        }
        String type = lev.path("type").asText("");
        if (!type.equals("cross") && !type.equals("isolated")) {
            throw new MalformedDataException(at + "leverage.type is neither cross nor isolated: " + type);
        }
        try {
            return new WalletPosition(coin, size, entry, value, upnl, lev.path("value").asInt(), type.equals("isolated"),
                    liq);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException(at + " " + e.getMessage(), e);
        }
    }

    private JsonNode parse(String json) {
        if (json == null) {
            throw new MalformedDataException("no JSON text");
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedDataException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
