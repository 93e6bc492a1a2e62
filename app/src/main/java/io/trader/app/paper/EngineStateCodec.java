package io.trader.app.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.engine.EngineMemory;

/** The engine's memory (order ages, risk backoffs) as the JSON a checkpoint stores. */
final class EngineStateCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineStateCodec() {
    }

    static String write(EngineMemory memory) {
        try {
            return JSON.writeValueAsString(memory);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the engine memory", e);
        }
    }

    static EngineMemory read(String json) {
        try {
            return JSON.readValue(json, EngineMemory.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored engine memory is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
