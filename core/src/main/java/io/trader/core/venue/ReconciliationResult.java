package io.trader.core.venue;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderState;
import io.trader.core.event.RiskEvent;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Venue truth for the app to apply after a reconciliation, and what differed: the venue-independent result every
 * venue adapter's reconciler returns (the accounting of it is the risk layer's, see layer 5's {@code recon}).
 *
 * @param openOrders    the orders open at the venue, as platform states (local ones corrected, unknown ones adopted
 *                      with a client id the adapter derives from the venue's ids, e.g.
 *                      {@code hl-<cloid>})
 * @param closedOrders  local open/UNKNOWN orders no longer open at the venue, in their final state (FILLED,
 *                      CANCELLED, or REJECTED when they never reached it)
 * @param positions     signed position in lots by platform symbol, from the venue (zero for flat traded instruments)
 * @param entryCost     the venue's own cost basis of each open position, by symbol: signed notional at the venue's
 *                      average entry price, in cash units (exact: the venue's decimal entry price times the
 *                      position, rounded half-even to the cash unit once); absent where the venue keeps no entry
 *                      price (spot balances)
 * @param missedFills   venue fills the platform has not applied, oldest first
 * @param differences   one event per difference found
 * @param halt          true when a difference cannot be explained: trading should stop until a person looks
 * @param haltReasons   why, when {@code halt}
 * @param margin        the account's margin figures
 * @param fillKeys      dedupe keys of every venue fill the result accounts for
 * @param latestFillTime the venue time of the latest venue fill read (compared or not), 0 when none: a session
 *                      meeting the venue for the first time starts its fill window after it, on the venue's clock
 */
public record ReconciliationResult(List<OrderState> openOrders, List<OrderState> closedOrders,
                                   Map<String, Long> positions, Map<String, Long> entryCost,
                                   List<Fill> missedFills,
                                   List<RiskEvent.ReconciliationDifference> differences, boolean halt,
                                   List<String> haltReasons, Margin margin, Set<String> fillKeys,
                                   long latestFillTime) {

    /**
     * The account's money at the venue, in cash units (1e-8 USDC).
     *
     * @param accountValue    account value
     * @param marginUsed      margin in use
     * @param withdrawable    withdrawable amount
     * @param time            the venue's time of the account snapshot (epoch ms, 0 when not sent)
     * @param markTicks       the venue's mark price of each position, in the platform instrument's ticks, by symbol
     */
    public record Margin(long accountValue, long marginUsed, long withdrawable, long time,
                         Map<String, Long> markTicks) {
        public Margin {
            markTicks = Map.copyOf(markTicks);
        }
    }

    public ReconciliationResult {
        openOrders = List.copyOf(openOrders);
        closedOrders = List.copyOf(closedOrders);
        positions = Map.copyOf(positions);
        entryCost = Map.copyOf(entryCost);
        for (Map.Entry<String, Long> e : entryCost.entrySet()) {
            long lots = positions.getOrDefault(e.getKey(), 0L);
            long cost = e.getValue();
            if (lots == 0 ? cost != 0 : Long.signum(cost) != Long.signum(lots)) {
                throw new IllegalArgumentException("entry cost " + cost + " of " + e.getKey() + " does not fit "
                        + lots + " lots");
            }
        }
        missedFills = List.copyOf(missedFills);
        differences = List.copyOf(differences);
        haltReasons = List.copyOf(haltReasons);
        fillKeys = Set.copyOf(fillKeys);
        if (margin == null) {
            throw new IllegalArgumentException("margin is required");
        }
    }

    /** True when local state matched the venue exactly. */
    public boolean clean() {
        return differences.isEmpty();
    }

    /**
     * The results of several venues read together (a multi-venue session): lists concatenated, maps joined (a
     * session's symbols name one venue each, so they never collide; a collision is a wiring error and throws),
     * money summed, the halt set when any venue halts.
     */
    public static ReconciliationResult combine(List<ReconciliationResult> results) {
        if (results.size() == 1) {
            return results.get(0);
        }
        java.util.List<OrderState> open = new java.util.ArrayList<>();
        java.util.List<OrderState> closed = new java.util.ArrayList<>();
        java.util.Map<String, Long> positions = new java.util.HashMap<>();
        java.util.Map<String, Long> entryCost = new java.util.HashMap<>();
        java.util.List<Fill> missed = new java.util.ArrayList<>();
        java.util.List<RiskEvent.ReconciliationDifference> diffs = new java.util.ArrayList<>();
        java.util.List<String> halts = new java.util.ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Map<String, Long> marks = new java.util.HashMap<>();
        long value = 0;
        long used = 0;
        long withdrawable = 0;
        long time = 0;
        long latest = 0;
        boolean halt = false;
        for (ReconciliationResult r : results) {
            open.addAll(r.openOrders());
            closed.addAll(r.closedOrders());
            r.positions().forEach((k, v) -> {
                if (positions.put(k, v) != null) {
                    throw new IllegalArgumentException("two venues report " + k);
                }
            });
            entryCost.putAll(r.entryCost());
            missed.addAll(r.missedFills());
            diffs.addAll(r.differences());
            halts.addAll(r.haltReasons());
            keys.addAll(r.fillKeys());
            marks.putAll(r.margin().markTicks());
            value += r.margin().accountValue();
            used += r.margin().marginUsed();
            withdrawable += r.margin().withdrawable();
            time = Math.max(time, r.margin().time());
            latest = Math.max(latest, r.latestFillTime());
            halt |= r.halt();
        }
        return new ReconciliationResult(open, closed, positions, entryCost, missed, diffs, halt, halts,
                new Margin(value, used, withdrawable, time, marks), keys, latest);
    }
}
