package io.trader.venue.hyperliquid.exec;

import io.trader.core.domain.OrderState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tracked orders in submission order, looked up by client id, cloid or venue oid. Every client id ever seen
 * stays known (submission is idempotent); closed orders are kept for late fills up to a bound, oldest dropped
 * first. Not thread-safe.
 */
final class OrderIndex {

    private final Map<String, TrackedOrder> orders = new LinkedHashMap<>();
    private final Set<String> knownIds = new HashSet<>();
    private final Map<String, String> byCloid = new HashMap<>();
    private final Map<Long, String> byOid = new HashMap<>();
    private final LinkedHashSet<String> closed = new LinkedHashSet<>();
    private final int maxClosed;

    OrderIndex(int maxClosed) {
        this.maxClosed = maxClosed;
    }

    /** Marks a client id known; false when it was known already. */
    boolean know(String clientId) {
        return knownIds.add(clientId);
    }

    boolean known(String clientId) {
        return knownIds.contains(clientId);
    }

    void put(TrackedOrder o) {
        knownIds.add(o.clientId());
        orders.put(o.clientId(), o);
        if (o.cloid != null) {
            byCloid.put(o.cloid.hex(), o.clientId());
        }
        if (o.oid >= 0) {
            byOid.put(o.oid, o.clientId());
        }
    }

    TrackedOrder get(String clientId) {
        return orders.get(clientId);
    }

    /** The order of a cloid (any case), else of an oid; {@code null} when neither is known. */
    TrackedOrder find(String cloid, long oid) {
        String clientId = cloid == null ? null : byCloid.get(cloid.toLowerCase(Locale.ROOT));
        if (clientId == null) {
            clientId = byOid.get(oid);
        }
        return clientId == null ? null : orders.get(clientId);
    }

    void bindOid(TrackedOrder o, long oid) {
        o.oid = oid;
        byOid.put(oid, o.clientId());
    }

    /** Records that {@code o} closed, dropping the oldest closed orders beyond the bound. */
    void closed(TrackedOrder o) {
        if (!closed.add(o.clientId())) {
            return;
        }
        Iterator<String> it = closed.iterator();
        while (closed.size() > maxClosed) {
            TrackedOrder old = orders.remove(it.next());
            it.remove();
            if (old != null) {
                byCloid.values().removeIf(old.clientId()::equals);
                byOid.remove(old.oid);
            }
        }
    }

    List<TrackedOrder> all() {
        return new ArrayList<>(orders.values());
    }

    /** States of the orders not ended. */
    List<OrderState> openStates() {
        List<OrderState> out = new ArrayList<>();
        for (TrackedOrder o : orders.values()) {
            if (!o.closed && !o.state.status().isTerminal()) {
                out.add(o.state);
            }
        }
        return out;
    }

    /** Client ids of every order held, open or recently ended. */
    List<String> clientIds() {
        List<String> out = new ArrayList<>(orders.size());
        orders.values().forEach(o -> out.add(o.clientId()));
        return out;
    }

    /** Client ids of the orders whose request is on its way (no answer yet). */
    Set<String> inFlight() {
        Set<String> out = new HashSet<>();
        for (TrackedOrder o : orders.values()) {
            if (o.inFlight && !o.closed) {
                out.add(o.clientId());
            }
        }
        return out;
    }
}
