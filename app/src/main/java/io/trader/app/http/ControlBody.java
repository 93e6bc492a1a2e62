package io.trader.app.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * The JSON body of a control request (kill switch, resets), read strictly: it must be one JSON object;
 * every field must be known (a typo such as {@code "flaten"} is refused, never ignored), appear once and
 * have exactly its type: a boolean is {@code true} or {@code false} (not {@code "yes"}, {@code 1} or
 * {@code null}); omit a field to get its default. Anything else is a 400 whose reason says what is wrong.
 */
final class ControlBody {

    private static final JsonFactory JSON = new JsonFactory();

    /** A value that is neither a string nor a boolean, kept only to say what it was. */
    private record Other(String what) {
    }

    private final Map<String, Object> fields;

    private ControlBody(Map<String, Object> fields) {
        this.fields = fields;
    }

    /**
     * @param body     the raw request body; null or blank is an empty object unless {@code required}
     * @param required a missing body is refused, with {@code shape} as the example
     * @param shape    the expected body, e.g. {@code {"reason": "...", "flatten": true|false}}
     * @param known    the fields this request accepts
     * @throws HttpStatusException 400 with the reason
     */
    static ControlBody parse(String body, boolean required, String shape, List<String> known) {
        if (body == null || body.isBlank()) {
            if (required) {
                throw bad("a JSON body is required: " + shape);
            }
            return new ControlBody(Map.of());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad("the body must be a JSON object: " + shape);
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                if (!known.contains(name)) {
                    throw bad("unknown field '" + UserText.forLog(name) + "'; allowed: " + String.join(", ", known));
                }
                if (fields.containsKey(name)) {
                    throw bad("field '" + name + "' appears twice");
                }
                fields.put(name, value(p, p.nextToken()));
            }
            if (p.nextToken() != null) {
                throw bad("unexpected content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw bad("malformed JSON body" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()));
        } catch (IOException e) {
            throw bad("cannot read the JSON body");
        }
        return new ControlBody(fields);
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> new Other("null");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Other("the number " + UserText.forLog(p.getText()));
            case START_OBJECT, START_ARRAY -> {
                p.skipChildren();
                yield new Other(t == JsonToken.START_OBJECT ? "an object" : "an array");
            }
            default -> throw bad("malformed JSON body");
        };
    }

    /**
     * A boolean field: false when absent; refused unless it is the JSON literal {@code true} or
     * {@code false}.
     */
    boolean flag(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw bad("'" + name + "' must be true or false (or left out for false), not " + describe(v));
    }

    /**
     * A reason: a JSON string of 1..{@value UserText#MAX_REASON} characters once surrounding blanks are
     * stripped, returned {@link UserText#clean cleaned} (control characters escaped, so it is safe in the
     * store and the logs).
     *
     * @param fallback the reason when the field is absent or blank; null makes it required
     */
    String reason(String name, String fallback) {
        Object v = fields.get(name);
        if (v != null && !(v instanceof String)) {
            throw bad("'" + name + "' must be a string, not " + describe(v));
        }
        String s = v == null ? "" : ((String) v).strip();
        if (s.isEmpty()) {
            if (fallback == null) {
                throw bad("'" + name + "' is required: a string of 1.." + UserText.MAX_REASON + " characters");
            }
            return fallback;
        }
        int length = UserText.length(s);
        if (length > UserText.MAX_REASON) {
            throw bad("'" + name + "' is " + length + " characters long; at most " + UserText.MAX_REASON);
        }
        return UserText.clean(s);
    }

    private static String describe(Object v) {
        if (v instanceof String s) {
            return "the string \"" + UserText.forLog(s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        return ((Other) v).what();
    }

    private static HttpStatusException bad(String reason) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
