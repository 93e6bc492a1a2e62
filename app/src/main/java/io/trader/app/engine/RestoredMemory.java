package io.trader.app.engine;

import io.trader.core.domain.OrderState;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's own state across a checkpoint: open orders' ages and refusal backoffs, in bars relative to now. What a
 * restart restores is applied at each instrument's first trading bar. Engine thread; pure.
 */
final class RestoredMemory {

    private final Map<String, Long> ages = new HashMap<>();
    private final Map<String, Long> backoff = new HashMap<>();

    /** The memory of the last checkpoint. */
    void restore(EngineMemory memory) {
        ages.putAll(memory.orderAgeBars());
        backoff.putAll(memory.backoffBars());
    }

    /** An order ended: it needs no age any more. */
    void ended(String clientId) {
        ages.remove(clientId);
    }

    /**
     * What a checkpoint keeps now: the ages of the open orders ({@code orderBar}: the bar each was placed at, by
     * client id) and the backoffs still running, plus what was restored and not yet applied.
     */
    EngineMemory snapshot(Collection<OrderState> open, Map<String, Long> orderBar,
                          Map<String, InstrumentPipeline> pipelines, List<InstrumentPipeline> ordered,
                          AppliedFills appliedFills, Map<String, AppliedFills> venueLedgers) {
        Map<String, Long> a = new HashMap<>();
        Map<String, Long> b = new HashMap<>(backoff);
        for (OrderState o : open) {
            Long placed = orderBar.get(o.clientId());
            InstrumentPipeline p = pipelines.get(o.request().instrument().symbol());
            if (placed != null && p != null) {
                a.put(o.clientId(), p.bars - placed);
            } else if (ages.containsKey(o.clientId())) {
                a.put(o.clientId(), ages.get(o.clientId()));
            }
        }
        for (InstrumentPipeline p : ordered) {
            if (p.blockedUntilBar > p.bars) {
                b.put(p.spec.symbol(), p.blockedUntilBar - p.bars);
            }
        }
        Map<String, AppliedFills.Memory> venues = new HashMap<>();
        venueLedgers.forEach((venue, ledger) -> venues.put(venue, ledger.memory()));
        return new EngineMemory(a, b, appliedFills.memory(), venues);
    }

    /** At the instrument's first trading bar after a restart: its orders' ages and its backoff. */
    void applyTo(InstrumentPipeline p, Collection<OrderState> open, Map<String, Long> orderBar) {
        if (ages.isEmpty() && backoff.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (OrderState o : open) {
            ids.add(o.clientId());
            Long age = o.request().instrument().symbol().equals(p.spec.symbol()) ? ages.remove(o.clientId()) : null;
            if (age != null) {
                orderBar.put(o.clientId(), p.bars - age);
            }
        }
        ages.keySet().retainAll(ids); // orders that ended meanwhile need no age
        Long left = backoff.remove(p.spec.symbol());
        if (left != null) {
            p.blockedUntilBar = p.bars + left;
        }
    }
}
