package io.trader.venue.hyperliquid.exec;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fill records already applied (by {@link HyperliquidFill#dedupeKey}) and the ones held because their order
 * is not known yet. Both are bounded: the oldest entries go first. Not thread-safe.
 */
final class FillLedger {

    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private final LinkedHashMap<String, HyperliquidFill> held = new LinkedHashMap<>();
    private final int maxSeen;
    private final int maxHeld;

    FillLedger(int maxSeen, int maxHeld) {
        this.maxSeen = maxSeen;
        this.maxHeld = maxHeld;
    }

    boolean seen(String key) {
        return seen.contains(key);
    }

    void markSeen(String key) {
        seen.add(key);
        held.remove(key);
        trim(seen, maxSeen);
    }

    void hold(HyperliquidFill f) {
        held.put(f.dedupeKey(), f);
        trim(held.keySet(), maxHeld);
    }

    /** Removes and returns the held fills of {@code oid}, oldest first. */
    List<HyperliquidFill> release(long oid) {
        List<HyperliquidFill> out = new java.util.ArrayList<>();
        held.values().removeIf(f -> f.oid() == oid && out.add(f));
        return out;
    }

    List<HyperliquidFill> held() {
        return List.copyOf(held.values());
    }

    private static void trim(Set<String> set, int max) {
        Iterator<String> it = set.iterator();
        while (set.size() > max && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
