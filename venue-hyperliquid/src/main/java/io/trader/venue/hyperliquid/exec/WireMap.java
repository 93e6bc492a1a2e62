package io.trader.venue.hyperliquid.exec;

import java.util.LinkedHashMap;

/** An insertion-ordered action map built fluently: {@code new WireMap().with("type", "cancel")...}. */
final class WireMap extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    WireMap with(String key, Object value) {
        put(key, value);
        return this;
    }
}
