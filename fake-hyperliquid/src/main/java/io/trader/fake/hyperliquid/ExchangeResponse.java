package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fake's answer to one {@code /exchange} request.
 *
 * @param status HTTP status (the venue uses 200 for accepted and rejected actions alike)
 * @param body   response body (JSON text)
 */
public record ExchangeResponse(int status, String body) {

    public ExchangeResponse {
        if (status < 100 || status > 599 || body == null) {
            throw new IllegalArgumentException("a valid status and a body are required");
        }
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
