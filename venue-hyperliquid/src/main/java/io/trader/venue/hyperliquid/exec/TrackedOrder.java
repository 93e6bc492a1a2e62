package io.trader.venue.hyperliquid.exec;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@link HyperliquidOrderTracker} knows of one order beyond its {@link OrderState}: venue ids, what the venue
 * says is filled, and a terminal event waiting for fills still on their way. Each transition appends the events it
 * causes to the list it is given. Mutable; owned by the tracker.
 */
final class TrackedOrder {

    OrderState state;
    final Cloid cloid;
    final HyperliquidInstruments.Entry instrument;
    /** Venue order id, or -1 before the venue named one. */
    long oid = -1;
    /** {@code Accepted} was emitted (or the order was restored/adopted as open). */
    boolean accepted;
    /** A terminal event was emitted. */
    boolean closed;
    /** The order request is on the wire and no answer came yet. */
    boolean inFlight;
    /** A cancel asked for while the order was in flight (its reason); sent once the venue answers. */
    String deferredCancel;
    /** A cancel was sent and not answered yet. */
    boolean cancelSent;
    /** The platform's reason for the cancel it asked for, or {@code null}. */
    String cancelReason;
    /** Lots the venue says are filled; -1 while unknown. */
    long venueFilledLots = -1;
    /** Average price of the immediate fill from the order response, or {@code null}. */
    BigDecimal avgPx;
    /** The wire limit price sent (the protection price of a market order), or {@code null}. */
    BigDecimal wirePx;
    /** The order took liquidity (synthesized fills are priced as taker fills). */
    boolean aggressive;
    /** A terminal status to emit once the fills the venue reported have been emitted; {@code null} for none. */
    OrderStatus pendingStatus;
    String pendingReason;
    /** Lots emitted as synthesized fills and not yet matched by a real fill record. */
    long synthesizedLots;
    int synthesizedCount;
    /** Submission attempts (the first send is 1). */
    int attempts;

    TrackedOrder(OrderState state, Cloid cloid, HyperliquidInstruments.Entry instrument) {
        this.state = state;
        this.cloid = cloid;
        this.instrument = instrument;
    }

    String clientId() {
        return state.clientId();
    }

    long qty() {
        return state.request().quantityLots();
    }

    /** Lots the venue reported filled that have not reached the platform yet. */
    long missingLots() {
        return venueFilledLots < 0 ? 0 : Math.max(0, venueFilledLots - state.filledLots());
    }

    /** The venue says at least {@code lots} are filled. */
    void venueFilled(long lots) {
        venueFilledLots = Math.max(venueFilledLots, Math.min(lots, qty()));
    }

    /** Remembers a terminal status to emit once complete (the first one wins). */
    void pending(OrderStatus status, String reason) {
        if (pendingStatus == null) {
            pendingStatus = status;
            pendingReason = reason;
        }
    }

    /** True while a pending terminal or missing fills wait for {@link HyperliquidOrderTracker#settle}. */
    boolean unsettled() {
        return !closed && (missingLots() > 0 || (pendingStatus != null && venueFilledLots < 0));
    }

    /** The reason for a venue cancel status: the platform's own when it asked, an IOC's remainder, else the status. */
    String venueCancelReason(String status) {
        if (!"canceled".equals(status)) {
            return status;
        }
        if (cancelReason != null) {
            return cancelReason;
        }
        var r = state.request();
        return r.type() == OrderType.MARKET || r.timeInForce() == TimeInForce.IOC ? "IOC remainder" : status;
    }

    void accept(long time, List<OrderEvent> out) {
        if (accepted || closed) {
            return;
        }
        accepted = true;
        state = state.withStatus(state.filledLots() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED, time);
        out.add(new OrderEvent.Accepted(state, time));
    }

    void reject(String reason, long time, List<OrderEvent> out) {
        state = state.withStatus(OrderStatus.REJECTED, time);
        closed = true;
        out.add(new OrderEvent.Rejected(state, reason, time));
    }

    void unknown(String reason, long time, List<OrderEvent> out) {
        state = state.withStatus(OrderStatus.UNKNOWN, time);
        out.add(new OrderEvent.Unknown(state, reason, time));
    }

    /**
     * Emits a fill (accepting the order first if needed). A fill larger than what remains is clamped; a fill on a
     * closed order keeps its terminal status unless it completes the order.
     *
     * @return a note when the quantity had to be clamped, else {@code null}
     */
    String fill(String fillId, long lots, long ticks, long fee, boolean maker, long time, List<OrderEvent> out) {
        accept(time, out);
        String note = null;
        long remaining = state.remainingLots();
        if (lots > remaining) {
            note = "fill " + fillId + " of " + lots + " lots exceeds the " + remaining + " left of " + clientId();
            lots = remaining;
        }
        if (lots <= 0 || ticks <= 0) {
            return note;
        }
        OrderStatus before = state.status();
        OrderState next = state.withFill(lots, ticks, time);
        if (closed && next.status() != OrderStatus.FILLED) {
            next = next.withStatus(before, time);
        }
        state = next;
        Fill f = new Fill(fillId, clientId(), instrument.spec(), state.request().side(), ticks, lots, fee, maker, time);
        out.add(new OrderEvent.Filled(f, state, time));
        if (next.status() == OrderStatus.FILLED) {
            closed = true;
            pendingStatus = null;
        }
        return note;
    }

    /** A {@code filled} answer to an order or modify: the venue filled {@code filledBefore + totalSz} at once. */
    void immediateFill(ActionStatus.Filled f, long filledBefore) {
        long total = filledBefore + HyperliquidInstruments.lots(instrument.spec(), f.totalSize());
        venueFilled(total);
        avgPx = f.avgPrice();
        aggressive = true;
        if (total < qty()) {
            pending(OrderStatus.CANCELLED, "IOC remainder");
        }
    }

    /** Emits the pending terminal event when every reported fill is in; true when it must still be settled. */
    boolean tryComplete(long time, List<OrderEvent> out) {
        if (closed) {
            return false;
        }
        if (unsettled()) {
            return true;
        }
        if (pendingStatus == OrderStatus.CANCELLED) {
            state = state.withStatus(OrderStatus.CANCELLED, time);
            closed = true;
            out.add(new OrderEvent.Cancelled(state, pendingReason, time));
            pendingStatus = null;
        }
        return false;
    }

    /** Why the order was asked to cancel before the venue ever accepted it, or null. */
    String cancelledBeforeAccept() {
        return accepted || closed ? null : deferredCancel != null ? deferredCancel : cancelReason;
    }
}
