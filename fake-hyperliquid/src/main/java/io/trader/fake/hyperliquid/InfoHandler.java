package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Answers {@code POST /info} requests before the fake's own routes (e.g. user-state requests from a simulated
 * account, see {@link SimulatedExchange#answerInfo}). Called on the fake's event loop; must not block.
 */
@FunctionalInterface
public interface InfoHandler {

    /** The default: answers nothing. */
    InfoHandler NONE = request -> Optional.empty();

    /** The JSON body to answer {@code request} with (HTTP 200), or empty to let the fake's routes answer. */
    Optional<String> answer(JsonNode request);
}
