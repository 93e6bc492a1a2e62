package io.trader.venue.hyperliquid.data;

import io.trader.core.market.Candle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes Hyperliquid websocket messages ({@code {"channel":..,"data":..}}) and hands the typed result to an
 * {@link HlWsHandler}. Books and trades are read with Jackson streaming straight into ticks and lots; the rarer
 * channels go through a tree. A message is parsed completely before the handler sees it, so a malformed one is
 * reported once through {@link HlWsHandler#onMalformed} and delivers nothing; exceptions thrown by the handler
 * itself propagate to the caller. The server's plain-text greeting is recognised and ignored.
 *
 * <p>Every value is checked before delivery (prices and sizes positive, books sorted and uncrossed, candles
 * consistent, venue times plausible; see {@link HlMalformed}); a message failing a check is dropped whole with its
 * reason. A message longer than {@link #MAX_MESSAGE_BYTES} is dropped as {@link HlMalformed#TOO_LARGE} without
 * being parsed. Decoding is linear in the message length (no number or string is longer than
 * {@link HlChecks#MAX_DECIMAL_CHARS} when it reaches {@link BigDecimal}), so the cap bounds the time one message
 * can take on the event loop.
 *
 * <p>Not thread-safe: one decoder per connection thread (it reuses one {@link L2Snapshot} holder).
 */
public final class HlWsDecoder {

    public static final String L2_BOOK = "l2Book";
    public static final String TRADES = "trades";
    public static final String CANDLE = "candle";
    public static final String ALL_MIDS = "allMids";
    public static final String ORDER_UPDATES = "orderUpdates";
    public static final String USER_FILLS = "userFills";
    /** Channel of the {@code userEvents} subscription. */
    public static final String USER = "user";
    public static final String SUBSCRIPTION_RESPONSE = "subscriptionResponse";
    public static final String PONG = "pong";
    public static final String ERROR = "error";
    /** Pseudo-channel returned for the server's text greeting. */
    public static final String GREETING = "greeting";
    /** The greeting text the server may send right after connecting. */
    public static final String GREETING_TEXT = "Websocket connection established.";

    /**
     * Largest message decoded, in UTF-8 bytes: 1 MiB. The biggest venue messages are {@code userFills} snapshots
     * (at most 2000 fills of ~260 bytes, about 520 KB in the recorded responses); books are ~1.5 KB, {@code allMids}
     * under 20 KB.
     */
    public static final int MAX_MESSAGE_BYTES = 1 << 20;

    private final HlWsHandler handler;
    private final int maxBytes;
    private final HlStreamingParser fast = new HlStreamingParser();
    private final L2Snapshot book = new L2Snapshot();
    private HlInstruments instruments;
    private Object payload;
    private String ackMethod;
    private String channelSeen;

    public HlWsDecoder(HlInstruments instruments, HlWsHandler handler) {
        this(instruments, handler, MAX_MESSAGE_BYTES);
    }

    /** A decoder that drops messages longer than {@code maxBytes} (UTF-8 bytes; chars for {@link #decode(String)}). */
    public HlWsDecoder(HlInstruments instruments, HlWsHandler handler, int maxBytes) {
        if (instruments == null || handler == null || maxBytes <= 0) {
            throw new IllegalArgumentException("instruments, handler and a positive size cap are required");
        }
        this.instruments = instruments;
        this.handler = handler;
        this.maxBytes = maxBytes;
    }

    /** Reports a message that the transport dropped while reassembling it because it outgrew the cap. */
    public void tooLarge(long bytes) {
        handler.onMalformed(HlMalformed.TOO_LARGE, null, "message of more than " + bytes + " bytes");
    }

    /** Replaces the instrument table (e.g. after a new {@code meta}); takes effect with the next message. */
    public void instruments(HlInstruments table) {
        if (table == null) {
            throw new IllegalArgumentException("instruments are required");
        }
        this.instruments = table;
    }

    /** Decodes one text message; returns its channel, or {@code null} when it was dropped as malformed. */
    public String decode(String text) {
        if (text.length() > maxBytes) {
            tooLarge(text.length());
            return null;
        }
        if (!startsLikeObject(text)) {
            return notJson(text);
        }
        JsonParser p;
        try {
            p = HlStreamingParser.FACTORY.createParser(text);
        } catch (Exception e) {
            return malformed(e);
        }
        return run(p, text);
    }

    /** Decodes one UTF-8 message; returns its channel, or {@code null} when it was dropped as malformed. */
    public String decode(byte[] utf8) {
        if (utf8.length > maxBytes) {
            tooLarge(utf8.length);
            return null;
        }
        if (!startsLikeObject(utf8)) {
            return notJson(utf8.length > 2 * GREETING_TEXT.length() ? ""
                    : new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonParser p;
        try {
            p = HlStreamingParser.FACTORY.createParser(utf8);
        } catch (Exception e) {
            return malformed(e);
        }
        return run(p, utf8);
    }

    private String run(JsonParser p, Object source) {
        String channel;
        channelSeen = null;
        try (p) {
            channel = envelope(p, source);
        } catch (Exception e) {
            payload = null;
            return malformed(e);
        }
        Object value = payload;
        payload = null;
        deliver(channel, value);
        return channel;
    }

    private String envelope(JsonParser p, Object source) throws Exception {
        HlStreamingParser.expect(p.nextToken() == JsonToken.START_OBJECT, HlMalformed.NOT_AN_OBJECT, "message");
        String channel = null;
        boolean data = false;
        String f;
        while ((f = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (f.equals("channel")) {
                HlStreamingParser.expect(channel == null, HlMalformed.BAD_VALUE, "channel given twice");
                channel = channel(p, t);
                channelSeen = channel;
            } else if (f.equals("data")) {
                if (channel == null) {
                    return fromTree(source);
                }
                HlStreamingParser.expect(!data, HlMalformed.BAD_VALUE, "data given twice");
                payload(channel, p, t);
                data = true;
            } else {
                p.skipChildren();
            }
        }
        HlStreamingParser.expect(p.nextToken() == null, HlMalformed.INVALID_JSON, "trailing content");
        HlStreamingParser.expect(channel != null, HlMalformed.MISSING_CHANNEL, "message");
        HlStreamingParser.expect(data || channel.equals(PONG) || !modelled(channel), HlMalformed.MISSING_FIELD, "data");
        return channel;
    }

    /** Slow path for a message whose {@code data} precedes its {@code channel}. */
    private String fromTree(Object source) throws Exception {
        JsonNode root = source instanceof String s ? HlJson.MAPPER.readTree(s) : HlJson.MAPPER.readTree((byte[]) source);
        HlStreamingParser.expect(root.path("channel").isTextual(), HlMalformed.MISSING_CHANNEL, "message");
        String channel = root.get("channel").asText();
        channelSeen = channel;
        try (JsonParser tp = HlJson.MAPPER.treeAsTokens(HlJson.field(root, "data"))) {
            payload(channel, tp, tp.nextToken());
        }
        return channel;
    }

    private void payload(String channel, JsonParser p, JsonToken t) throws Exception {
        switch (channel) {
            case L2_BOOK -> {
                fast.book(p, instruments, book);
                payload = book;
            }
            case TRADES -> payload = fast.trades(p, instruments);
            case ALL_MIDS -> payload = HlStreamingParser.wsMids(p);
            case CANDLE -> payload = candles(tree(p, t));
            case ORDER_UPDATES -> payload = HlUserMessages.orderUpdates(tree(p, t));
            case USER_FILLS -> payload = HlUserMessages.userFills(tree(p, t));
            case USER -> payload = HlUserMessages.userEvent(tree(p, t));
            case SUBSCRIPTION_RESPONSE -> {
                JsonNode ack = HlJson.object(tree(p, t), "subscriptionResponse");
                ackMethod = HlJson.text(ack, "method");
                payload = HlSubscription.of(HlJson.field(ack, "subscription"));
            }
            case ERROR -> payload = errorText(p, t);
            default -> p.skipChildren();
        }
    }

    /** The venue's error text, at most {@link #MAX_ERROR_CHARS} characters (it is logged; never log a whole message). */
    private static String errorText(JsonParser p, JsonToken t) throws Exception {
        HlStreamingParser.expect(t != JsonToken.VALUE_NULL, HlMalformed.MISSING_FIELD, "data");
        if (t != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return "(an error of type " + t + ")";
        }
        int len = p.getTextLength();
        return len <= MAX_ERROR_CHARS ? p.getText()
                : new String(p.getTextCharacters(), p.getTextOffset(), MAX_ERROR_CHARS) + "... (" + len + " chars)";
    }

    /** Longest error text passed on. */
    static final int MAX_ERROR_CHARS = 200;

    private static JsonNode tree(JsonParser p, JsonToken t) throws Exception {
        HlStreamingParser.expect(t != JsonToken.VALUE_NULL, HlMalformed.MISSING_FIELD, "data");
        return HlJson.MAPPER.readTree(p);
    }

    /** Most candles in one {@code candle} message (the venue sends one). */
    static final int MAX_CANDLES = 100;

    private static List<Candle> candles(JsonNode data) {
        if (data.isArray()) {
            HlStreamingParser.expect(data.size() <= MAX_CANDLES, HlMalformed.TOO_LARGE, data.size() + " candles");
            List<Candle> out = new ArrayList<>(data.size());
            data.forEach(c -> out.add(HlInfoParser.candle(c)));
            return out;
        }
        return List.of(HlInfoParser.candle(data));
    }

    @SuppressWarnings("unchecked")
    private void deliver(String channel, Object value) {
        switch (channel) {
            case L2_BOOK -> handler.onBook((L2Snapshot) value);
            case TRADES -> handler.onTrades((List<HlTrade>) value);
            case ALL_MIDS -> handler.onMids((Map<String, BigDecimal>) value);
            case CANDLE -> ((List<Candle>) value).forEach(handler::onCandle);
            case ORDER_UPDATES -> handler.onOrderUpdates((List<HlOrderUpdate>) value);
            case USER_FILLS -> handler.onUserFills((HlUserFills) value);
            case USER -> handler.onUserEvent((HlUserEvent) value);
            case SUBSCRIPTION_RESPONSE -> handler.onSubscriptionResponse(ackMethod, (HlSubscription) value);
            case PONG -> handler.onPong();
            case ERROR -> handler.onError((String) value);
            default -> handler.onOther(channel);
        }
    }

    private static final String[] KNOWN = {L2_BOOK, TRADES, CANDLE, ALL_MIDS, ORDER_UPDATES, USER_FILLS, USER,
        SUBSCRIPTION_RESPONSE, PONG, ERROR};

    /** The channel name, as one of the constants when it is a known channel (no String allocated for those). */
    private static String channel(JsonParser p, JsonToken t) throws Exception {
        HlStreamingParser.expect(t == JsonToken.VALUE_STRING, HlMalformed.BAD_VALUE, "channel");
        char[] buf = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        for (String k : KNOWN) {
            if (k.length() == len && sameChars(k, buf, off)) {
                return k;
            }
        }
        return p.getText();
    }

    private static boolean sameChars(String k, char[] buf, int off) {
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) != buf[off + i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean modelled(String channel) {
        return switch (channel) {
            case L2_BOOK, TRADES, ALL_MIDS, CANDLE, ORDER_UPDATES, USER_FILLS, USER, SUBSCRIPTION_RESPONSE -> true;
            default -> false;
        };
    }

    private String notJson(String text) {
        if (text.strip().equals(GREETING_TEXT)) {
            return GREETING;
        }
        handler.onMalformed(HlMalformed.NOT_AN_OBJECT, null, "not a JSON object");
        return null;
    }

    private String malformed(Exception e) {
        handler.onMalformed(HlMalformedException.reasonOf(e), channelSeen, String.valueOf(e.getMessage()));
        return null;
    }

    private static boolean startsLikeObject(byte[] b) {
        for (byte c : b) {
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c == '{';
            }
        }
        return false;
    }

    private static boolean startsLikeObject(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c == '{';
            }
        }
        return false;
    }
}
