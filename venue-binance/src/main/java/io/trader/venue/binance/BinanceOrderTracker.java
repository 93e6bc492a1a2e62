package io.trader.venue.binance;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.event.OrderEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's view of its Binance orders, driven by REST answers, {@code executionReport}s and look-ups, turned
 * into {@link OrderEvent}s: Accepted once, a Filled per venue trade (deduplicated by trade id, whichever of the
 * FULL response, the user stream or {@code myTrades} brings it first), and a terminal Cancelled only after the
 * fills the venue reported for the order were emitted. Not thread-safe: the shell serialises every call; time is
 * passed in.
 */
public final class BinanceOrderTracker {

    private final Map<String, TrackedOrder> byClient = new LinkedHashMap<>();
    private final Map<String, TrackedOrder> byVenueId = new HashMap<>();
    private final Map<Long, TrackedOrder> byOrderId = new HashMap<>();

    /** True when the client id was submitted or adopted before, whatever its fate. */
    public boolean isKnown(String clientId) {
        return byClient.containsKey(clientId);
    }

    /** Registers an order about to be sent (NEW, no event); false when the client id is known. */
    public boolean register(io.trader.core.domain.OrderRequest request, BinanceInstrument instrument) {
        if (byClient.containsKey(request.clientId())) {
            return false;
        }
        TrackedOrder o = new TrackedOrder(OrderState.created(request), BinanceClientIds.toVenue(request.clientId()),
                instrument);
        o.inFlight = true;
        byClient.put(request.clientId(), o);
        byVenueId.put(o.venueId, o);
        return true;
    }

    /** Rejects an order that was not sent (or that the venue never took); its client id stays known. */
    public List<OrderEvent> rejectUnsent(io.trader.core.domain.OrderRequest request, String reason, long time) {
        TrackedOrder o = byClient.get(request.clientId());
        OrderState st = (o == null ? OrderState.created(request) : o.state).withStatus(OrderStatus.REJECTED, time);
        if (o != null) {
            o.state = st;
            o.closed = true;
            o.inFlight = false;
        } else {
            TrackedOrder closed = new TrackedOrder(st, BinanceClientIds.toVenue(request.clientId()), null);
            closed.closed = true;
            byClient.put(request.clientId(), closed);
        }
        return List.of(new OrderEvent.Rejected(st, reason, time));
    }

    /** The send ended without an answer (5xx, timeout): UNKNOWN until a look-up settles it. */
    public List<OrderEvent> unknown(String clientId, String reason, long time) {
        TrackedOrder o = open(clientId);
        if (o == null || o.accepted || o.state.status() == OrderStatus.UNKNOWN) {
            return List.of();
        }
        o.inFlight = false;
        o.state = o.state.withStatus(OrderStatus.UNKNOWN, time);
        return List.of(new OrderEvent.Unknown(o.state, reason, time));
    }

    /** The venue refused the order (-2010, filter failure, ...). */
    public List<OrderEvent> rejected(String clientId, String reason, long time) {
        TrackedOrder o = open(clientId);
        if (o == null) {
            return List.of();
        }
        return rejectUnsent(o.state.request(), reason, time);
    }

    /** An order object from the venue (new-order response, query, cancel answer) for a tracked order. */
    public List<OrderEvent> onOrder(String clientId, BinanceWire.Order v, long time) {
        TrackedOrder o = open(clientId);
        if (o == null) {
            return List.of();
        }
        o.inFlight = false;
        List<OrderEvent> out = new ArrayList<>();
        if ("REJECTED".equals(v.status())) {
            return rejectUnsent(o.state.request(), "binance order REJECTED", time);
        }
        bind(o, v.orderId());
        accept(o, time, out);
        for (BinanceWire.Trade t : v.fills()) {
            fill(o, t, time, out);
        }
        venueFilled(o, v.executedQty());
        terminal(o, v.status());
        return finish(o, time, out);
    }

    /** A user-stream {@code executionReport}; orders the adapter does not track are left to reconciliation. */
    public List<OrderEvent> onReport(BinanceWire.ExecutionReport r) {
        TrackedOrder o = byVenueId.get(r.clientOrderId());
        if (o == null) {
            o = byOrderId.get(r.orderId());
        }
        if (o == null || o.closed) {
            return List.of();
        }
        long time = r.eventTime();
        if ("REJECTED".equals(r.execType())) {
            return rejectUnsent(o.state.request(), "binance order REJECTED: " + r.rejectReason(), time);
        }
        List<OrderEvent> out = new ArrayList<>();
        bind(o, r.orderId());
        accept(o, time, out);
        if (r.trade() != null) {
            fill(o, r.trade(), time, out);
        }
        venueFilled(o, r.cumQty());
        terminal(o, r.status());
        return finish(o, time, out);
    }

    /** A {@code myTrades} row: applied to the tracked order with its order id (deduplicated). */
    public List<OrderEvent> onTrade(BinanceWire.Trade t) {
        TrackedOrder o = byOrderId.get(t.orderId());
        if (o == null || o.closed) {
            return List.of();
        }
        List<OrderEvent> out = new ArrayList<>();
        fill(o, t, t.time(), out);
        return finish(o, t.time(), out);
    }

    /** Adopts an order open at the venue that is not tracked (after a restart), without events. */
    public void adopt(BinanceWire.Order v, BinanceInstrument instrument, long time) {
        String clientId = BinanceClientIds.fromVenue(v.clientOrderId());
        if (byClient.containsKey(clientId) || byOrderId.containsKey(v.orderId())) {
            return;
        }
        InstrumentSpec spec = instrument.spec();
        var tif = "IOC".equals(v.timeInForce()) ? io.trader.core.domain.TimeInForce.IOC
                : "LIMIT_MAKER".equals(v.type()) ? io.trader.core.domain.TimeInForce.POST_ONLY
                : io.trader.core.domain.TimeInForce.GTC;
        var request = io.trader.core.domain.OrderRequest.limit(clientId, spec,
                io.trader.core.domain.Side.valueOf(v.side()), lots(spec, v.origQty()), ticks(spec, v.price()), tif,
                false, time, "adopted from binance");
        long filled = lots(spec, v.executedQty());
        long notional = v.cummulativeQuoteQty().movePointRight(io.trader.core.domain.Money.CASH_SCALE)
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        OrderStatus status = filled > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED;
        OrderState st = new OrderState(request, status, filled, notional, Long.toString(v.orderId()), time);
        TrackedOrder o = new TrackedOrder(st, v.clientOrderId(), instrument);
        o.accepted = true;
        byClient.put(clientId, o);
        byVenueId.put(o.venueId, o);
        bind(o, v.orderId());
    }

    /** Marks a cancel as sent; false (send nothing) when the order is closed, unknown or already cancelling. */
    public boolean startCancel(String clientId, String reason) {
        TrackedOrder o = open(clientId);
        if (o == null || o.cancelSent || o.pendingTerminal != null) {
            return false;
        }
        if (o.inFlight) {
            o.deferredCancel = reason;
            return false;
        }
        o.cancelSent = true;
        return true;
    }

    /** A cancel that waited for the order's answer, to send now (once), if any. */
    public Optional<String> takeDeferredCancel(String clientId) {
        TrackedOrder o = open(clientId);
        if (o == null || o.deferredCancel == null || o.inFlight) {
            return Optional.empty();
        }
        String reason = o.deferredCancel;
        o.deferredCancel = null;
        o.cancelSent = true;
        return Optional.of(reason);
    }

    /** The cancel could not be confirmed; a later cancel may be sent. */
    public void cancelFailed(String clientId) {
        TrackedOrder o = byClient.get(clientId);
        if (o != null) {
            o.cancelSent = false;
        }
    }

    /** Orders open or UNKNOWN, in submission order. */
    public List<OrderState> openOrders() {
        return byClient.values().stream().filter(o -> !o.closed)
                .filter(o -> o.state.status().isOpen() || o.state.status() == OrderStatus.UNKNOWN)
                .map(o -> o.state).toList();
    }

    /** Client ids of the orders not closed (open, unknown or in flight). */
    public List<String> unsettled() {
        return byClient.values().stream().filter(o -> !o.closed).map(TrackedOrder::clientId).toList();
    }

    public Optional<OrderState> state(String clientId) {
        TrackedOrder o = byClient.get(clientId);
        return o == null ? Optional.empty() : Optional.of(o.state);
    }

    /** The id the venue knows the order by ({@code newClientOrderId}). */
    public Optional<String> venueId(String clientId) {
        TrackedOrder o = byClient.get(clientId);
        return o == null ? Optional.empty() : Optional.of(o.venueId);
    }

    public Optional<BinanceInstrument> instrument(String clientId) {
        TrackedOrder o = byClient.get(clientId);
        return o == null ? Optional.empty() : Optional.ofNullable(o.instrument);
    }

    /** Lots the venue reported filled beyond the trades seen (fetch {@code myTrades} for them). */
    public long missingLots(String clientId) {
        TrackedOrder o = byClient.get(clientId);
        return o == null || o.closed ? 0 : o.missingLots();
    }

    /** The venue order id, -1 when not known. */
    public long orderId(String clientId) {
        TrackedOrder o = byClient.get(clientId);
        return o == null ? -1 : o.orderId;
    }

    private TrackedOrder open(String clientId) {
        TrackedOrder o = byClient.get(clientId);
        return o == null || o.closed ? null : o;
    }

    private void bind(TrackedOrder o, long orderId) {
        if (orderId >= 0 && o.orderId != orderId) {
            o.orderId = orderId;
            byOrderId.put(orderId, o);
            o.state = o.state.withVenueId(Long.toString(orderId), o.state.updatedTime());
        }
    }

    private static void accept(TrackedOrder o, long time, List<OrderEvent> out) {
        if (!o.accepted) {
            o.accepted = true;
            o.state = o.state.withStatus(o.state.filledLots() > 0 ? OrderStatus.PARTIALLY_FILLED
                    : OrderStatus.ACCEPTED, time);
            out.add(new OrderEvent.Accepted(o.state, time));
        }
    }

    private static void venueFilled(TrackedOrder o, BigDecimal executedQty) {
        if (executedQty != null) {
            o.venueFilledLots = Math.max(o.venueFilledLots, lots(o.state.request().instrument(), executedQty));
        }
    }

    private static void terminal(TrackedOrder o, String status) {
        switch (status) {
            case "CANCELED", "EXPIRED", "EXPIRED_IN_MATCH" -> {
                o.pendingTerminal = status;
                o.pendingReason = o.cancelSent ? "cancelled" : "binance " + status;
            }
            default -> {
            }
        }
    }

    private void fill(TrackedOrder o, BinanceWire.Trade t, long time, List<OrderEvent> out) {
        if (t.tradeId() >= 0 && !o.tradeIds.add(t.tradeId())) {
            return;
        }
        InstrumentSpec spec = o.state.request().instrument();
        long lots = Math.min(lots(spec, t.qty()), o.state.remainingLots());
        if (lots <= 0) {
            return;
        }
        long ticks = ticks(spec, t.price());
        Fill f = new Fill("binance-" + t.symbol() + "-" + t.tradeId(), o.clientId(), spec, o.state.request().side(),
                ticks, lots, feeCash(o.instrument, t), t.maker(), t.time() > 0 ? t.time() : time);
        o.state = o.state.withFill(lots, ticks, f.time());
        out.add(new OrderEvent.Filled(f, o.state, f.time()));
    }

    private List<OrderEvent> finish(TrackedOrder o, long time, List<OrderEvent> out) {
        if (o.state.status() == OrderStatus.FILLED) {
            o.closed = true;
        } else if (o.pendingTerminal != null && o.missingLots() == 0) {
            o.closed = true;
            o.state = o.state.withStatus(OrderStatus.CANCELLED, time);
            out.add(new OrderEvent.Cancelled(o.state, o.pendingReason, time));
        }
        return out;
    }

    /**
     * The fee in quote cash units: a commission in the quote asset as is, in the base asset at the trade price;
     * in a third asset (e.g. BNB) it cannot be priced here and counts 0 (the raw commission stays in
     * {@link BinanceAccount} fills).
     */
    static long feeCash(BinanceInstrument inst, BinanceWire.Trade t) {
        if (inst == null || t.commission().signum() == 0) {
            return 0;
        }
        BigDecimal quote = t.commissionAsset().equals(inst.quoteAsset()) ? t.commission()
                : t.commissionAsset().equals(inst.baseAsset()) ? t.commission().multiply(t.price()) : BigDecimal.ZERO;
        return quote.movePointRight(io.trader.core.domain.Money.CASH_SCALE).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    static long lots(InstrumentSpec spec, BigDecimal qty) {
        return qty.setScale(spec.qtyScale(), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    static long ticks(InstrumentSpec spec, BigDecimal price) {
        return price.setScale(spec.priceScale(), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** Every tracked state, open or closed (for diagnostics and tests). */
    public Collection<OrderState> all() {
        return byClient.values().stream().map(o -> o.state).toList();
    }
}
