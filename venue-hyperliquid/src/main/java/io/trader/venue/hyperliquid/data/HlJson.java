package io.trader.venue.hyperliquid.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.trader.core.domain.Side;

import java.math.BigDecimal;

/**
 * Tree-model helpers for the cold payloads. Numbers that arrive as JSON numbers are read as {@link BigDecimal}
 * (never through {@code double}); decimal strings are parsed exactly. Missing or null required fields throw
 * {@link HlMalformedException} with {@link HlMalformed#MISSING_FIELD}.
 */
final class HlJson {

    static final ObjectMapper MAPPER = JsonMapper.builder(HlStreamingParser.FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private HlJson() {
    }

    static JsonNode read(String json) throws Exception {
        JsonNode n = MAPPER.readTree(json);
        if (n == null || n.isMissingNode()) {
            throw HlMalformedException.of(HlMalformed.INVALID_JSON, "empty");
        }
        return n;
    }

    static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw HlMalformedException.of(HlMalformed.MISSING_FIELD, name);
        }
        return v;
    }

    static JsonNode array(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw HlMalformedException.of(HlMalformed.BAD_VALUE, what + " is not an array");
        }
        return node;
    }

    static JsonNode object(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw HlMalformedException.of(HlMalformed.BAD_VALUE, what + " is not an object");
        }
        return node;
    }

    static String text(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isTextual()) {
            throw HlMalformedException.of(HlMalformed.BAD_VALUE, name + " is not a string");
        }
        return v.asText();
    }

    static String optText(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    static BigDecimal decimal(JsonNode node, String name) {
        return decimalOf(field(node, name), name);
    }

    static BigDecimal optDecimal(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : decimalOf(v, name);
    }

    /**
     * A JSON number or decimal string as an exact decimal. Text longer than {@link HlChecks#MAX_DECIMAL_CHARS} and
     * values with a huge exponent are {@link HlMalformed#BAD_NUMBER}: parsing long digit strings is quadratic and
     * rescaling {@code 1e999999999} never ends, so neither may reach {@link BigDecimal}.
     */
    static BigDecimal decimalOf(JsonNode v, String name) {
        if (v.isNumber()) {
            return HlChecks.bounded(v.decimalValue(), name);
        }
        if (!v.isTextual()) {
            throw HlMalformedException.of(HlMalformed.BAD_NUMBER, name);
        }
        String text = v.asText();
        if (text.isEmpty() || text.length() > HlChecks.MAX_DECIMAL_CHARS) {
            throw HlMalformedException.of(HlMalformed.BAD_NUMBER, name + " of " + text.length() + " characters");
        }
        try {
            return HlChecks.bounded(new BigDecimal(text), name);
        } catch (NumberFormatException e) {
            throw HlMalformedException.of(HlMalformed.BAD_NUMBER, name + " = " + HlChecks.clip(text));
        }
    }

    static long longOf(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw HlMalformedException.of(HlMalformed.BAD_NUMBER, name);
        }
        return v.longValue();
    }

    static long optLong(JsonNode node, String name, long otherwise) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? otherwise : longOf(node, name);
    }

    static int intOf(JsonNode node, String name) {
        long v = longOf(node, name);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw HlMalformedException.of(HlMalformed.BAD_NUMBER, name);
        }
        return (int) v;
    }

    static boolean optBool(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v != null && v.asBoolean(false);
    }

    static Side side(JsonNode node, String name) {
        String s = text(node, name);
        return switch (s) {
            case "B" -> Side.BUY;
            case "A" -> Side.SELL;
            default -> throw HlMalformedException.of(HlMalformed.BAD_VALUE, name + " = " + HlChecks.clip(s));
        };
    }
}
