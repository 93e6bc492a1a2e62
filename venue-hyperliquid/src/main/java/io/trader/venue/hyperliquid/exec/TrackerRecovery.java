package io.trader.venue.hyperliquid.exec;

import io.trader.core.venue.ReconciliationResult;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;

import java.util.Collection;
import java.util.function.Consumer;

/** Restoring stored orders and adopting a reconciliation's venue truth into the tracker's index, without events. */
final class TrackerRecovery {

    private final OrderIndex index;
    private final FillLedger fills;
    private final HyperliquidInstruments instruments;
    private final Consumer<String> anomaly;

    TrackerRecovery(OrderIndex index, FillLedger fills, HyperliquidInstruments instruments, Consumer<String> anomaly) {
        this.index = index;
        this.fills = fills;
        this.instruments = instruments;
        this.anomaly = anomaly;
    }

    void restore(Collection<OrderState> states) {
        for (OrderState s : states) {
            if (index.known(s.clientId())) {
                continue;
            }
            index.know(s.clientId());
            if (!s.status().isTerminal()) {
                track(s);
            }
        }
    }

    void adopt(ReconciliationResult result) {
        for (OrderState s : result.closedOrders()) {
            index.know(s.clientId());
            TrackedOrder o = index.get(s.clientId());
            if (o != null) {
                o.state = s;
                o.closed = true;
                o.pendingStatus = null;
                index.closed(o);
            }
        }
        for (OrderState s : result.openOrders()) {
            index.know(s.clientId());
            TrackedOrder o = index.get(s.clientId());
            if (o != null && o.inFlight) {
                continue; // its request is on its way; its answer settles it
            }
            o = o == null ? track(s) : o;
            if (o == null) {
                continue;
            }
            o.state = s;
            o.accepted = s.status() == OrderStatus.ACCEPTED || s.status() == OrderStatus.PARTIALLY_FILLED;
            o.venueFilledLots = s.filledLots();
            o.pendingStatus = null;
            o.inFlight = false;
            bindVenueId(o, s);
        }
        result.fillKeys().forEach(fills::markSeen);
    }

    private TrackedOrder track(OrderState s) {
        var entry = instruments.bySymbol(s.request().instrument().symbol());
        if (entry.isEmpty()) {
            anomaly.accept("order " + s.clientId() + " of untraded instrument " + s.request().instrument().symbol());
            return null;
        }
        TrackedOrder o = new TrackedOrder(s, HyperliquidClientIds.cloidOf(s.clientId()), entry.get());
        o.accepted = s.status() == OrderStatus.ACCEPTED || s.status() == OrderStatus.PARTIALLY_FILLED;
        o.wirePx = s.request().limitTicks() > 0 ? entry.get().spec().priceDecimal(s.request().limitTicks()) : null;
        index.put(o);
        bindVenueId(o, s);
        return o;
    }

    private void bindVenueId(TrackedOrder o, OrderState s) {
        if (s.venueOrderId() != null && s.venueOrderId().matches("\\d{1,18}")) {
            index.bindOid(o, Long.parseLong(s.venueOrderId()));
        }
    }
}
