package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

/**
 * A control request's body, read strictly: one JSON object (an empty body is {@code {}}), each field once, only the
 * fields the endpoint names, each of exactly its type and within its range; anything else is a {@link Refusal}
 * (400 {@code bad_request}) naming the field and what is allowed.
 */
final class ControlBody {

    /** A refused control request: HTTP status, the {@code error} code and the {@code reason} in words. */
    static final class Refusal extends RuntimeException {
        final int status;
        final String error;

        Refusal(int status, String error, String reason) {
            super(reason);
            this.status = status;
            this.error = error;
        }

        static Refusal bad(String reason) {
            return new Refusal(400, "bad_request", reason);
        }

        ObjectNode json() {
            return JsonNodeFactory.instance.objectNode().put("error", error).put("reason", getMessage());
        }
    }

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final ObjectNode json;

    private ControlBody(ObjectNode json) {
        this.json = json;
    }

    /** Parses {@code text}, refusing any field not in {@code allowed}. */
    static ControlBody parse(String text, List<String> allowed) {
        JsonNode node;
        try {
            node = text == null || text.isBlank() ? JsonNodeFactory.instance.objectNode() : STRICT.readTree(text);
        } catch (Exception e) {
            throw Refusal.bad("the body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw Refusal.bad("the body must be one JSON object, e.g. " + example(allowed));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw Refusal.bad("unknown field '" + f + "' (allowed: " + (allowed.isEmpty() ? "none"
                        : String.join(", ", allowed)) + ")");
            }
        }
        return new ControlBody((ObjectNode) node);
    }

    boolean has(String field) {
        return json.has(field);
    }

    /** A JSON integer in {@code [min, max]}, or {@code dflt} when left out. */
    long integer(String field, long dflt, long min, long max) {
        JsonNode v = json.get(field);
        if (v == null) {
            return dflt;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw Refusal.bad("'" + field + "' must be an integer in " + min + ".." + max + ", got " + v);
        }
        return v.asLong();
    }

    int integer(String field, int dflt, int min, int max) {
        return (int) integer(field, (long) dflt, min, max);
    }

    /** A decimal (a JSON number or a decimal string) in {@code [min, max]}, or {@code dflt} when left out. */
    BigDecimal decimal(String field, BigDecimal dflt, BigDecimal min, BigDecimal max) {
        JsonNode v = json.get(field);
        if (v == null) {
            return dflt;
        }
        BigDecimal d = null;
        if (v.isNumber()) {
            d = v.decimalValue();
        } else if (v.isTextual()) {
            try {
                d = new BigDecimal(v.asText().strip());
            } catch (NumberFormatException e) {
                d = null;
            }
        }
        if (d == null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw Refusal.bad("'" + field + "' must be a decimal in " + min.toPlainString() + ".."
                    + max.toPlainString() + ", got " + v);
        }
        return d;
    }

    /** A string of 1..{@code maxLength} characters (blanks stripped), or {@code dflt} when left out. */
    String text(String field, String dflt, int maxLength) {
        JsonNode v = json.get(field);
        if (v == null) {
            return dflt;
        }
        if (!v.isTextual() || v.asText().isBlank() || v.asText().strip().length() > maxLength) {
            throw Refusal.bad("'" + field + "' must be a string of 1.." + maxLength + " characters, got " + v);
        }
        return v.asText().strip();
    }

    /** One of {@code values} (exactly as written), or {@code dflt} when left out. */
    String oneOf(String field, String dflt, List<String> values) {
        JsonNode v = json.get(field);
        if (v == null) {
            return dflt;
        }
        if (!v.isTextual() || !values.contains(v.asText())) {
            throw Refusal.bad("'" + field + "' must be one of " + String.join(", ", values) + ", got " + v);
        }
        return v.asText();
    }

    private static String example(List<String> allowed) {
        return allowed.isEmpty() ? "{}" : "{\"" + allowed.get(0) + "\": ...}";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
