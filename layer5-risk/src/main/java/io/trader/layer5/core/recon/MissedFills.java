package io.trader.layer5.core.recon;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.TimeInForce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the fills a reconciliation found missing into the order states the session would have seen with each, so
 * they can be applied through the ordinary fill path (portfolio, store, metrics), venue-independent. An order's
 * states are rebuilt backwards from its final state at the venue: each fill's state has the order's filled lots and
 * notional up to and including it.
 */
public final class MissedFills {

    private MissedFills() {
    }

    /** One missed fill with the state of its order right after it. */
    public record Step(Fill fill, OrderState state) {
    }

    /**
     * @param missed  the missed fills, oldest first
     * @param finals  the venue's final state of each order by client id (open or closed); an order without one is
     *                an order the session never knew: filled as its fills say ({@link #foreignOrder})
     * @param now     the time the states are stamped with
     * @return the steps in the order to apply them: grouped by order (in order of first fill), oldest first
     */
    public static List<Step> steps(List<Fill> missed, Map<String, OrderState> finals, long now) {
        Map<String, List<Fill>> byClient = new LinkedHashMap<>();
        missed.forEach(f -> byClient.computeIfAbsent(f.clientId(), k -> new ArrayList<>()).add(f));
        List<Step> out = new ArrayList<>(missed.size());
        for (Map.Entry<String, List<Fill>> e : byClient.entrySet()) {
            List<Fill> fills = e.getValue();
            OrderState last = finals.get(e.getKey());
            if (last == null) {
                last = foreignOrder(fills);
            }
            long laterLots = 0;
            long laterNotional = 0;
            OrderState[] states = new OrderState[fills.size()];
            for (int i = fills.size() - 1; i >= 0; i--) {
                long filled = Math.max(0, last.filledLots() - laterLots);
                long qty = last.request().quantityLots();
                OrderStatus status = i == fills.size() - 1 && last.status() == OrderStatus.FILLED
                        || filled >= qty ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
                states[i] = new OrderState(last.request(), status, Math.min(filled, qty),
                        Math.max(0, last.filledNotional() - laterNotional), last.venueOrderId(), now);
                laterLots += fills.get(i).qtyLots();
                laterNotional += fills.get(i).notional();
            }
            for (int i = 0; i < fills.size(); i++) {
                out.add(new Step(fills.get(i), states[i]));
            }
        }
        return out;
    }

    /** The order of fills whose order the session never knew (e.g. sent just before a crash): filled as they say. */
    public static OrderState foreignOrder(List<Fill> fills) {
        Fill first = fills.get(0);
        long lots = 0;
        long notional = 0;
        for (Fill f : fills) {
            lots += f.qtyLots();
            notional += f.notional();
        }
        OrderRequest r = OrderRequest.limit(first.clientId(), first.instrument(), first.side(), lots,
                first.priceTicks(), TimeInForce.IOC, false, first.time(),
                "recovered from the venue: fills of an order not known locally");
        return new OrderState(r, OrderStatus.FILLED, lots, notional, null, first.time());
    }
}
