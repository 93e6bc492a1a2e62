package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

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

    /** Action types that place, cancel or change orders ("order actions"; faults aimed at orders count these). */
    public static final Set<String> ORDER_ACTIONS = Set.of("order", "cancel", "cancelByCloid", "modify",
            "batchModify");

    /** Whether the action places, cancels or changes orders (not a dead-man refresh, leverage update or noop). */
    public boolean orderAction() {
        return ORDER_ACTIONS.contains(action().path("type").asText());
    }

    /** The {@code action} object, or a missing node. */
    public JsonNode action() {
        return json.path("action");
    }
}
