package io.trader.app.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine remembers between steps and a restart must keep, counted in the instrument's bars from the
 * moment it was taken (so it holds however many warm-up bars the restarted session replays): how long each
 * open order has been working (its timeout), and how many bars of a risk-rejection backoff are left.
 *
 * @param orderAgeBars client id of an open order -> bars of its instrument since it was placed
 * @param backoffBars  symbol -> bars left before the instrument may add risk again after a rejection
 * @param appliedFills the ledger of applied fills (null in checkpoints written before it existed)
 * @param venueFills   a multi-venue session's ledgers by venue name (empty for one venue, null in checkpoints written
 *                     before it existed)
 */
public record EngineMemory(Map<String, Long> orderAgeBars, Map<String, Long> backoffBars,
                           AppliedFills.Memory appliedFills, Map<String, AppliedFills.Memory> venueFills) {

    public static final EngineMemory EMPTY = new EngineMemory(Map.of(), Map.of());

    public EngineMemory(Map<String, Long> orderAgeBars, Map<String, Long> backoffBars) {
        this(orderAgeBars, backoffBars, null, Map.of());
    }

    public EngineMemory(Map<String, Long> orderAgeBars, Map<String, Long> backoffBars,
                        AppliedFills.Memory appliedFills) {
        this(orderAgeBars, backoffBars, appliedFills, Map.of());
    }

    public EngineMemory {
        orderAgeBars = java.util.Collections.unmodifiableMap(new TreeMap<>(orderAgeBars));
        backoffBars = java.util.Collections.unmodifiableMap(new TreeMap<>(backoffBars));
        venueFills = venueFills == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(venueFills));
    }
}
