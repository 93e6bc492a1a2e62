package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code /exchange} request.
 *
 * @param body the body exactly as received (key order preserved, for signature checks)
 * @param json the body parsed (an object whose fields keep the received order); a
 *             {@link com.fasterxml.jackson.databind.node.MissingNode} when the body is not JSON
 */
public record ExchangeRequest(String body, JsonNode json) {

    public ExchangeRequest {
        if (body == null || json == null) {
            throw new IllegalArgumentException("body and json are required");
        }
    }

    /** The {@code action} object, or a missing node. */
    public JsonNode action() {
        return json.path("action");
    }
}
