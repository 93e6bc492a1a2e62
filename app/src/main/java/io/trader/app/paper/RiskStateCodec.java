package io.trader.app.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.layer5.core.BreakerMemory;

/** The risk layer's breaker memory as the JSON a checkpoint stores. */
final class RiskStateCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RiskStateCodec() {
    }

    static String write(BreakerMemory memory) {
        try {
            return JSON.writeValueAsString(memory);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write breaker memory", e);
        }
    }

    static BreakerMemory read(String json) {
        try {
            return JSON.readValue(json, BreakerMemory.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored breaker memory is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
