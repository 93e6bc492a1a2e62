package io.trader.venue.hyperliquid.exec;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderState;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the platform believes before a reconciliation: its open (and UNKNOWN) orders, its positions from the
 * portfolio, and the fills it applied since {@code fillsSince} (all of them, synthesized ones included, so venue
 * fills are never counted twice).
 *
 * @param openOrders  open and UNKNOWN orders (e.g. {@code exchange.openOrders()} or restored from the store)
 * @param positions   signed position in lots by platform symbol (absent = flat)
 * @param recentFills fills applied with {@code time >= fillsSince}
 * @param fillsSince  start of the fill window compared, epoch ms (0: everything the venue still returns;
 *                    {@link #BASELINE}: none, the session meets the venue for the first time and nothing it did
 *                    before is the platform's)
 * @param knownClientIds client ids of the orders the platform sent recently, open or ended (a venue fill or order
 *                    with one of their cloids is theirs, never an unknown order to adopt)
 * @param inFlight    client ids whose request is on its way (no answer yet): not at the venue yet is no news, so
 *                    they are neither closed nor adopted
 */
public record LocalSnapshot(List<OrderState> openOrders, Map<String, Long> positions, List<Fill> recentFills,
                            long fillsSince, List<String> knownClientIds, java.util.Set<String> inFlight) {

    public LocalSnapshot(List<OrderState> openOrders, Map<String, Long> positions, List<Fill> recentFills,
                         long fillsSince) {
        this(openOrders, positions, recentFills, fillsSince, List.of(), java.util.Set.of());
    }

    /**
     * {@code fillsSince} of a first meeting: the venue's recent fills are read but none is compared (they all
     * predate the session); the result's {@code latestFillTime} tells where the session's window starts.
     */
    public static final long BASELINE = Long.MAX_VALUE;

    public LocalSnapshot {
        openOrders = List.copyOf(openOrders);
        positions = Map.copyOf(positions);
        recentFills = List.copyOf(recentFills);
        knownClientIds = List.copyOf(knownClientIds);
        inFlight = java.util.Set.copyOf(inFlight);
        if (fillsSince < 0) {
            throw new IllegalArgumentException("fillsSince must not be negative");
        }
    }

    /** A snapshot of nothing: a fresh start that adopts whatever the venue holds. */
    public static LocalSnapshot empty() {
        return new LocalSnapshot(List.of(), Map.of(), List.of(), 0);
    }

    public static LocalSnapshot of(Collection<OrderState> openOrders, Map<String, Long> positions,
                                   Collection<Fill> recentFills, long fillsSince) {
        return new LocalSnapshot(List.copyOf(openOrders), positions, List.copyOf(recentFills), fillsSince);
    }
}
