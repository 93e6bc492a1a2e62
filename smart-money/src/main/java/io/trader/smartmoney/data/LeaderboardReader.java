package io.trader.smartmoney.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Streams Hyperliquid's leaderboard document ({@code {"leaderboardRows":[...]}}, ~25 MB and ~30k rows) from an
 * input stream without ever holding more than one row: each element of {@code leaderboardRows} is bound on its own
 * and handed to the consumer as a {@link LeaderboardRow} (exact decimals from the strings), then forgotten.
 *
 * <p>A row that is wrong (bad address, a number that is not a number, no account value, a broken window) is counted
 * per {@link RowReject} and dropped. Windows this platform does not read ({@code perpDay}, ...) are ignored, as are
 * unknown fields. A document that is not the leaderboard at all (broken or truncated JSON, no
 * {@code leaderboardRows} array) fails with a {@link MalformedDataException} naming where; rows already handed on
 * before that point stay handed on, so a caller that must change nothing on failure collects into something it can
 * discard (a fresh selection per read).
 *
 * <p>Pure: reads only the stream it is given. Thread-safe (no state between reads).
 */
public final class LeaderboardReader {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    /** Longest single JSON string accepted (a row's strings are short; this guards one absurd field). */
    private static final int MAX_STRING = 1 << 16;

    private final ObjectMapper mapper;

    public LeaderboardReader() {
        mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING).maxNestingDepth(64).build());
    }

    /**
     * Reads the document in {@code in} (not closed), handing every valid row to {@code rows} in document order.
     *
     * @throws MalformedDataException when the document itself is broken
     * @throws IOException            when reading the stream fails
     */
    public LeaderboardRead read(InputStream in, Consumer<LeaderboardRow> rows) throws IOException {
        long seen = 0;
        long accepted = 0;
        Map<RowReject, Long> rejected = new EnumMap<>(RowReject.class);
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw broken(p, "the leaderboard is not a JSON object");
            }
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!"leaderboardRows".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw broken(p, "leaderboardRows is not an array");
                }
                found = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == null) {
                        throw broken(p, "the document ends inside leaderboardRows");
                    }
                    seen++;
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        rejected.merge(RowReject.NOT_AN_OBJECT, 1L, Long::sum);
                        continue;
                    }
                    JsonNode node = p.readValueAsTree();
                    Object row = bind(node);
                    if (row instanceof RowReject r) {
                        rejected.merge(r, 1L, Long::sum);
                    } else {
                        accepted++;
                        rows.accept((LeaderboardRow) row);
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw broken(p, "the document ends before its closing brace");
            }
            if (!found) {
                throw broken(p, "the document has no leaderboardRows");
            }
            if (p.nextToken() != null) {
                throw broken(p, "trailing content after the leaderboard object");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedDataException("the leaderboard is not valid JSON after " + seen + " rows: "
                    + e.getOriginalMessage() + " at " + location(e.getLocation()), e);
        }
        return new LeaderboardRead(seen, accepted, rejected);
    }

    /** One row, or the reason it is dropped. */
    static Object bind(JsonNode node) {
        JsonNode a = node.get("ethAddress");
        if (a == null || !a.isTextual() || !ADDRESS.matcher(a.asText()).matches()) {
            return RowReject.BAD_ADDRESS;
        }
        String address = a.asText().toLowerCase(Locale.ROOT);
        BigDecimal accountValue;
        try {
            accountValue = Decimals.orNull(node.get("accountValue"), "accountValue");
        } catch (NumberFormatException e) {
            return RowReject.NOT_A_NUMBER;
        }
        if (accountValue == null) {
            return RowReject.MISSING_ACCOUNT_VALUE;
        }
        JsonNode name = node.get("displayName");
        String displayName = name != null && name.isTextual() ? name.asText() : null;
        Map<Window, WindowStats> windows = new EnumMap<>(Window.class);
        JsonNode perf = node.get("windowPerformances");
        if (perf != null && !perf.isNull()) {
            if (!perf.isArray()) {
                return RowReject.BAD_WINDOW;
            }
            for (JsonNode pair : perf) {
                if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual()) {
                    return RowReject.BAD_WINDOW;
                }
                Window w = Window.ofWire(pair.get(0).asText());
                if (w == null) {
                    continue;
                }
                JsonNode s = pair.get(1);
                try {
                    BigDecimal pnl = Decimals.orNull(s.get("pnl"), "pnl");
                    BigDecimal roi = Decimals.orNull(s.get("roi"), "roi");
                    BigDecimal vlm = Decimals.orNull(s.get("vlm"), "vlm");
                    if (pnl == null || roi == null || vlm == null || vlm.signum() < 0
                            || windows.put(w, new WindowStats(pnl, roi, vlm)) != null) {
                        return RowReject.BAD_WINDOW;
                    }
                } catch (NumberFormatException e) {
                    return RowReject.NOT_A_NUMBER;
                }
            }
        }
        return new LeaderboardRow(address, accountValue, displayName, windows);
    }

    private static MalformedDataException broken(JsonParser p, String what) {
        return new MalformedDataException(what + " (at " + location(p.currentLocation()) + ")");
    }

    private static String location(com.fasterxml.jackson.core.JsonLocation l) {
        return l == null ? "?" : "line " + l.getLineNr() + ", column " + l.getColumnNr() + ", byte "
                + l.getByteOffset();
    }
}
