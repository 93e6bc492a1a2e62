package io.trader.venue.kraken;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Malformed wire entries dropped, counted by reason (e.g. {@code trade: bad price}). Thread-safe. */
public final class MalformedCounter {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void drop(String reason) {
        counts.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Counts by reason, sorted. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
