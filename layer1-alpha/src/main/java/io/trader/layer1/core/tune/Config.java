package io.trader.layer1.core.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration: a value per parameter ({@link Integer}, {@link Double} or {@link String}), in the
 * space's order. Text form {@code fast=12 slow=48 kind=ema} for logs and the model registry.
 */
public record Config(Map<String, Object> values) {

    public Config {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public int getInt(String name) {
        return (Integer) require(name);
    }

    public double getDouble(String name) {
        Object v = require(name);
        return v instanceof Integer i ? i : (Double) v;
    }

    public String getString(String name) {
        return (String) require(name);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("configuration has no parameter " + name + "; it has " + values.keySet());
        }
        return v;
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
