package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fake's answer to one {@code /exchange} request.
 *
 * @param status     HTTP status (the venue uses 200 for accepted and rejected actions alike)
 * @param body       response body (JSON text)
 * @param holdMillis 0: answer at once; &gt; 0: answer after that many ms (a late answer, after the client's
 *                   timeout); {@link #NO_ANSWER}: close the connection without answering
 */
public record ExchangeResponse(int status, String body, long holdMillis) {

    /** {@link #holdMillis}: the connection is closed and the answer never sent. */
    public static final long NO_ANSWER = -1;

    public ExchangeResponse {
        if (status < 100 || status > 599 || body == null) {
            throw new IllegalArgumentException("a valid status and a body are required");
        }
        if (holdMillis < NO_ANSWER) {
            throw new IllegalArgumentException("holdMillis must be >= 0 or NO_ANSWER");
        }
    }

    /** An answer sent at once. */
    public ExchangeResponse(int status, String body) {
        this(status, body, 0);
    }

    /** This answer, sent after {@code millis} ms ({@link #NO_ANSWER}: never, the connection is closed). */
    public ExchangeResponse held(long millis) {
        return new ExchangeResponse(status, body, millis);
    }

    /** HTTP 200 with {@code json}. */
    public static ExchangeResponse ok(JsonNode json) {
        return new ExchangeResponse(200, json.toString());
    }

    /** HTTP 200 with {@code {"status":"ok","response":response}}. */
    public static ExchangeResponse okResponse(JsonNode response) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("status", "ok");
        root.set("response", response);
        return ok(root);
    }

    /** HTTP 200 with {@code {"status":"err","response":message}}, the venue's whole-request rejection. */
    public static ExchangeResponse err(String message) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("status", "err");
        root.put("response", message);
        return ok(root);
    }
}
