package io.trader.monitoring;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.event.OrderEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Orders and fills, each counted on the venue of its instrument: outcomes, round trips, unknown-fate orders and how
 * the venue later resolved them, and each fill's position, traded notional, fees and slippage. Engine thread only
 * (the pending map is guarded for scrapes that never read it, cheaply).
 */
final class OrderFlowMetrics {

    /** Orders remembered for round trip, slippage and unknown fate; the oldest is forgotten beyond this. */
    static final int MAX_PENDING_ORDERS = 10_000;

    private final Function<String, InstrumentMetrics> instruments;
    private final LongSupplier nanoClock;
    private final Map<String, PendingOrder> pending = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PendingOrder> eldest) {
            boolean drop = size() > MAX_PENDING_ORDERS;
            if (drop && eldest.getValue().unknown) {
                eldest.getValue().venue.unknownOpen.dec(); // forgotten: no longer counted as open
            }
            return drop;
        }
    };

    OrderFlowMetrics(Function<String, InstrumentMetrics> instruments, LongSupplier nanoClock) {
        this.instruments = instruments;
        this.nanoClock = nanoClock;
    }

    /** Counts the order on its venue and remembers its arrival price (the last close) and send time. */
    void submitted(OrderRequest request) {
        InstrumentSpec spec = request.instrument();
        InstrumentMetrics im = instruments.apply(spec.symbol());
        im.venueOrders.submitted.inc();
        im.submittedQuantity.inc(spec.qty(request.quantityLots()));
        PendingOrder order = new PendingOrder(im.venueOrders, im.lastPrice(), request.side().sign(),
                nanoClock.getAsLong());
        synchronized (pending) {
            pending.put(request.clientId(), order);
        }
    }

    /**
     * Counts the event under its outcome on the order's venue ({@code filled} or {@code partially_filled} by the
     * order's state after a fill: these count fill events, not orders) and applies fills. An order of unknown fate
     * (an {@link OrderEvent.Unknown}) is resolved by the next event the venue sends for it.
     */
    void event(OrderEvent event) {
        OrderState state = event.state();
        InstrumentMetrics im = instruments.apply(state.request().instrument().symbol());
        VenueOrders venue = im.venueOrders;
        PendingOrder order;
        synchronized (pending) {
            order = pending.get(event.clientId());
            if (order == null && event instanceof OrderEvent.Unknown) { // e.g. an order restored after a restart
                order = new PendingOrder(venue, 0, 0, nanoClock.getAsLong());
                order.answered = true;
                pending.put(event.clientId(), order);
            }
        }
        if (order != null && !order.answered && !(event instanceof OrderEvent.Unknown)) {
            order.answered = true;
            venue.roundTrip.observe(Math.max(0, nanoClock.getAsLong() - order.sentNanos) * 1e-9);
        }
        int resolution = -1;
        if (event instanceof OrderEvent.Filled fillEvent) {
            boolean complete = fillEvent.state().status() == OrderStatus.FILLED;
            (complete ? venue.filled : venue.partiallyFilled).inc();
            resolution = complete ? VenueFamilies.RESOLVED_FILLED : VenueFamilies.RESOLVED_PARTIALLY_FILLED;
            applyFill(fillEvent.fill(), order);
        } else if (event instanceof OrderEvent.Accepted) {
            venue.accepted.inc();
            resolution = VenueFamilies.RESOLVED_ACCEPTED;
        } else if (event instanceof OrderEvent.Rejected) {
            venue.rejected.inc();
            resolution = VenueFamilies.RESOLVED_REJECTED;
        } else if (event instanceof OrderEvent.Cancelled) {
            venue.cancelled.inc();
            resolution = VenueFamilies.RESOLVED_CANCELLED;
        } else if (event instanceof OrderEvent.Unknown && order != null && !order.unknown) {
            venue.unknown.inc();
            order.unknown = true;
            venue.unknownOpen.inc();
        }
        if (order != null && order.unknown && resolution >= 0) {
            order.unknown = false;
            order.venue.resolved(resolution);
        }
        if (state.status().isTerminal()) {
            im.finished(state.request().quantityLots(), state.filledLots());
            synchronized (pending) {
                pending.remove(event.clientId());
            }
        }
    }

    private void applyFill(Fill fill, PendingOrder order) {
        InstrumentSpec spec = fill.instrument();
        InstrumentMetrics im = instruments.apply(spec.symbol());
        double notional = Money.toDouble(fill.notional());
        double price = spec.price(fill.priceTicks());
        im.fills.inc();
        im.tradedNotional.inc(notional);
        im.filledQuantity.inc(spec.qty(fill.qtyLots()));
        if (order != null && order.arrival > 0) {
            im.slipped(order.side * (price - order.arrival) / order.arrival, notional);
        }
        if (fill.feeCash() > 0) {
            im.fees.inc(Money.toDouble(fill.feeCash()));
        } else if (fill.feeCash() < 0) {
            im.feeRebates.inc(Money.toDouble(-fill.feeCash()));
        }
        long lots = im.positionLots() + fill.signedLots();
        im.mark(price);
        im.position(lots, spec.qty(lots));
    }

    /** What the metrics remember of one sent order until its final state. */
    private static final class PendingOrder {
        final VenueOrders venue;
        final double arrival;
        final int side;
        final long sentNanos;
        boolean answered;
        boolean unknown;

        PendingOrder(VenueOrders venue, double arrival, int side, long sentNanos) {
            this.venue = venue;
            this.arrival = arrival;
            this.side = side;
            this.sentNanos = sentNanos;
        }
    }
}
