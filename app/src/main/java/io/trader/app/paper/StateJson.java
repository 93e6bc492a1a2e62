package io.trader.app.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON a checkpoint stores for the memory of a part (the risk layer's breakers, the engine's order ages
 * and backoffs): records written and read by their components.
 */
final class StateJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateJson() {
    }

    static String write(Object memory, String what) {
        try {
            return JSON.writeValueAsString(memory);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the " + what, e);
        }
    }

    static <T> T read(String json, Class<T> type, String what) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored " + what + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
