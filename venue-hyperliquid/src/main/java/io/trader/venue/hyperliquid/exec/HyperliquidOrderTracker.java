package io.trader.venue.hyperliquid.exec;

import io.trader.core.venue.ReconciliationResult;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.event.OrderEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The platform's view of its Hyperliquid orders, driven by exchange responses, user-stream messages and
 * {@code orderStatus} answers, turned into {@link OrderEvent}s in a sensible order:
 * <ul>
 *   <li>{@code resting} → Accepted; an error → Rejected with a typed reason ({@link HyperliquidErrorAdapter});
 *       a send whose outcome is unknown → Unknown (then Accepted/Rejected/... once reconciled). A duplicate-cloid
 *       error is not a rejection: the earlier attempt reached the venue, so the shell reconciles instead.</li>
 *   <li>Fills come from fill records (stream or info), deduplicated by trade id. A {@code filled} response gives
 *       Accepted at once and tells how much the venue filled; when the records have not arrived by the time
 *       {@link #settle} runs, the missing part is synthesized from the response ({@code avgPx}, fee estimated at
 *       {@link TrackerSettings#takerFeeBps}) and the records that come later are absorbed, never counted twice.</li>
 *   <li>A terminal Cancelled (cancel acknowledged, IOC remainder, venue cancel) waits until the fills the venue
 *       reported have been emitted, so no Filled event follows its order's Cancelled.</li>
 *   <li>A fill of an order known only by an oid the venue has not named yet (fills can beat the order response)
 *       is held and applied once the oid is bound.</li>
 * </ul>
 * Not thread-safe: the venue shell serialises every call. Time is always passed in.
 */
public final class HyperliquidOrderTracker {

    private final HyperliquidInstruments instruments;
    private final TrackerSettings settings;
    private final OrderIndex index;
    private final FillLedger fills;
    private final TrackerRecovery recovery;
    private final LinkedHashSet<String> settleRequests = new LinkedHashSet<>();
    private final List<String> anomalies = new ArrayList<>();

    public HyperliquidOrderTracker(HyperliquidInstruments instruments, TrackerSettings settings) {
        if (instruments == null || settings == null) {
            throw new IllegalArgumentException("instruments and settings are required");
        }
        this.instruments = instruments;
        this.settings = settings;
        this.index = new OrderIndex(settings.maxClosed());
        this.fills = new FillLedger(settings.maxSeenFills(), settings.maxHeldFills());
        this.recovery = new TrackerRecovery(index, fills, instruments, this::anomaly);
    }

    public HyperliquidInstruments instruments() {
        return instruments;
    }

    /** True when the client id was submitted, restored or adopted before, whatever its fate. */
    public boolean isKnown(String clientId) {
        return index.known(clientId);
    }

    /**
     * Registers an order about to be sent (status NEW, no event); false, with nothing changed, when the client id
     * is known already.
     *
     * @param wirePx the limit price put on the wire (a market order's protection price)
     */
    public boolean register(OrderRequest request, HyperliquidInstruments.Entry entry, BigDecimal wirePx) {
        if (!index.know(request.clientId())) {
            return false;
        }
        TrackedOrder o = new TrackedOrder(OrderState.created(request), HyperliquidClientIds.cloidOf(request.clientId()),
                entry);
        o.wirePx = wirePx;
        o.aggressive = request.type() == OrderType.MARKET;
        o.inFlight = true; // on its way from now (its wire may still be being built): only an answer settles it
        index.put(o);
        return true;
    }

    /** Rejects an order that was never sent (the venue could not take it); its client id becomes known. */
    public List<OrderEvent> rejectUnsent(OrderRequest request, String reason, long time) {
        index.know(request.clientId());
        TrackedOrder o = index.get(request.clientId());
        OrderState state = o != null ? o.state : OrderState.created(request);
        if (o != null) {
            o.closed = true;
            index.closed(o);
        }
        state = state.withStatus(OrderStatus.REJECTED, time);
        if (o != null) {
            o.state = state;
        }
        return List.of(new OrderEvent.Rejected(state, reason, time));
    }

    /** The order goes on the wire (first send or a retry). */
    public void sending(String clientId) {
        TrackedOrder o = index.get(clientId);
        if (o != null) {
            o.inFlight = true;
            o.attempts++;
        }
    }

    /** Submission attempts so far (0 for unknown client ids). */
    public int attempts(String clientId) {
        TrackedOrder o = index.get(clientId);
        return o == null ? 0 : o.attempts;
    }

    /** The venue's answer to the order request. */
    public List<OrderEvent> onSubmitResult(String clientId, ActionStatus status, long time) {
        TrackedOrder o = index.get(clientId);
        if (o == null || o.closed) {
            return List.of();
        }
        o.inFlight = false;
        List<OrderEvent> out = new ArrayList<>();
        if (status instanceof ActionStatus.Error e) {
            if (e.code() != HyperliquidErrorCode.DUPLICATE_ORDER) {
                o.reject(e.reason(), time, out);
            }
        } else {
            if (status instanceof ActionStatus.Resting r) {
                bind(o, r.oid(), out);
            } else if (status instanceof ActionStatus.Filled f) {
                bind(o, f.oid(), out);
                o.immediateFill(f, 0);
            }
            o.accept(time, out);
        }
        return finish(o, time, out);
    }

    /** The send failed in a way that leaves the order's fate open (timeout, 5xx, dropped connection). */
    public List<OrderEvent> unknown(String clientId, String reason, long time) {
        TrackedOrder o = index.get(clientId);
        if (o == null || o.closed) {
            return List.of();
        }
        o.inFlight = false;
        List<OrderEvent> out = new ArrayList<>();
        if (!o.accepted) {
            o.unknown(reason, time, out);
        }
        return out;
    }

    /** A fill record from the user stream or the info {@code userFills} reply. */
    public List<OrderEvent> onFill(HyperliquidFill f) {
        if (fills.seen(f.dedupeKey())) {
            return List.of();
        }
        TrackedOrder o = index.find(f.cloid(), f.oid());
        if (o == null) {
            fills.hold(f);
            return List.of();
        }
        List<OrderEvent> out = new ArrayList<>();
        bind(o, f.oid(), out);
        apply(o, f, out);
        return finish(o, f.time(), out);
    }

    /** One {@code orderUpdates} entry. Orders the platform does not know are left to reconciliation. */
    public List<OrderEvent> onOrderUpdate(HyperliquidOrderUpdate u, long time) {
        TrackedOrder o = index.find(u.cloid(), u.oid());
        if (o == null || o.closed) {
            return List.of();
        }
        List<OrderEvent> out = new ArrayList<>();
        bind(o, u.oid(), out);
        venueStatus(o, u.kind(), u.status(), u.filledSize(), u.origSize(), time, out);
        return finish(o, time, out);
    }

    /** The {@code orderStatus} answer for a tracked order the venue knows. */
    public List<OrderEvent> onVenueStatus(String clientId, HyperliquidOrderStatus.Found found, long time) {
        TrackedOrder o = index.get(clientId);
        if (o == null || o.closed) {
            return List.of();
        }
        o.inFlight = false;
        List<OrderEvent> out = new ArrayList<>();
        bind(o, found.order().oid(), out);
        venueStatus(o, found.kind(), found.status(), found.order().filledSize(), found.order().origSize(), time, out);
        return finish(o, time, out);
    }

    private void venueStatus(TrackedOrder o, VenueOrderStatus kind, String status, BigDecimal filled,
                             BigDecimal origSize, long time, List<OrderEvent> out) {
        var spec = o.instrument.spec();
        if (kind == VenueOrderStatus.REJECTED && !o.accepted && o.state.filledLots() == 0
                && (filled == null || filled.signum() == 0)) {
            o.reject(HyperliquidErrorAdapter.reason(HyperliquidErrorAdapter.classifyStatus(status), status), time, out);
            return;
        }
        if (filled != null) {
            o.venueFilled(HyperliquidInstruments.lots(spec, filled));
        }
        switch (kind) {
            case OPEN, TRIGGERED -> o.accept(time, out);
            case FILLED -> {
                o.accept(time, out);
                o.venueFilled(origSize == null ? o.qty() : HyperliquidInstruments.lots(spec, origSize));
            }
            case CANCELLED, REJECTED -> o.pending(OrderStatus.CANCELLED, o.venueCancelReason(status));
            case OTHER -> anomaly("unknown venue status " + status + " for " + o.clientId());
        }
    }

    /**
     * Completes what the venue reported with what arrived: synthesizes the fills still missing (at the response's
     * average price, else the wire price) and emits a pending terminal event. Call it after a grace period, once
     * {@link #needsStatus} and {@link #needsFills} have been answered as far as possible.
     */
    public List<OrderEvent> settle(String clientId, long time) {
        TrackedOrder o = index.get(clientId);
        if (o == null || o.closed) {
            return List.of();
        }
        List<OrderEvent> out = new ArrayList<>();
        long missing = o.missingLots();
        if (missing > 0) {
            var spec = o.instrument.spec();
            BigDecimal px = o.avgPx != null ? o.avgPx : o.wirePx != null ? o.wirePx
                    : spec.priceDecimal(Math.max(1, o.state.request().limitTicks()));
            long ticks = HyperliquidInstruments.ticks(spec, px);
            long fee = Money.bps(Money.notional(spec, ticks, missing),
                    o.aggressive ? settings.takerFeeBps() : settings.makerFeeBps());
            String id = "hl-" + o.oid + "-s" + (++o.synthesizedCount);
            o.synthesizedLots += missing;
            anomaly("synthesized fill " + id + " of " + missing + " lots for " + clientId);
            note(o.fill(id, missing, ticks, fee, !o.aggressive, time, out));
        }
        if (o.pendingStatus != null && o.venueFilledLots < 0) {
            o.venueFilledLots = o.state.filledLots();
        }
        return finish(o, time, out);
    }

    /** True when the order's venue state is open: a terminal waits with no filled size, or the send is unknown. */
    public boolean needsStatus(String clientId) {
        TrackedOrder o = index.get(clientId);
        return o != null && !o.closed && o.venueFilledLots < 0
                && (o.pendingStatus != null || o.state.status() == OrderStatus.UNKNOWN);
    }

    /** True when the venue reported more filled than the fill records that arrived. */
    public boolean needsFills(String clientId) {
        TrackedOrder o = index.get(clientId);
        return o != null && !o.closed && o.missingLots() > 0;
    }

    /** Orders that need {@link #settle} after a grace period, each named once per request. */
    public List<String> drainSettleRequests() {
        List<String> out = List.copyOf(settleRequests);
        settleRequests.clear();
        return out;
    }

    /** Plans a cancel. */
    public CancelPlan requestCancel(String clientId, String reason) {
        TrackedOrder o = index.get(clientId);
        if (o == null || o.closed || o.cancelSent || o.pendingStatus != null) {
            return CancelPlan.NONE;
        }
        o.cancelReason = reason;
        if (o.inFlight) {
            o.deferredCancel = reason;
            return CancelPlan.DEFERRED;
        }
        o.cancelSent = true;
        return CancelPlan.SEND;
    }

    /** Why the order was asked to cancel before the venue ever accepted it, or null. */
    public String cancelledBeforeAccept(String clientId) {
        TrackedOrder o = index.get(clientId);
        return o == null ? null : o.cancelledBeforeAccept();
    }

    /** The reason of a cancel deferred while the order was in flight, when it should go out now (once). */
    public Optional<String> takeDeferredCancel(String clientId) {
        TrackedOrder o = index.get(clientId);
        if (o == null || o.deferredCancel == null || o.inFlight) {
            return Optional.empty();
        }
        String reason = o.deferredCancel;
        o.deferredCancel = null;
        if (o.closed || o.pendingStatus != null) {
            return Optional.empty();
        }
        o.cancelSent = true;
        return Optional.of(reason);
    }

    /** The venue's answer to a cancel: success waits for the order's fills; "never placed" asks for its status. */
    public List<OrderEvent> onCancelResult(String clientId, ActionStatus status, String reason, long time) {
        TrackedOrder o = index.get(clientId);
        if (o == null || o.closed) {
            return List.of();
        }
        o.cancelSent = false;
        List<OrderEvent> out = new ArrayList<>();
        if (status instanceof ActionStatus.Success) {
            o.pending(OrderStatus.CANCELLED, reason);
        } else if (status instanceof ActionStatus.Error e && e.code() == HyperliquidErrorCode.UNKNOWN_ORDER) {
            if (!o.accepted && o.state.venueOrderId() == null && o.state.filledLots() == 0) {
                // the venue never took it (its answer was lost or refused): it ends REJECTED, not cancelled
                return rejectUnsent(o.state.request(), "never reached the venue (its cancel found no order)", time);
            }
            o.pending(OrderStatus.CANCELLED, "closed at venue");
        }
        return finish(o, time, out);
    }

    /** The venue's answer to a modify that replaced the order with {@code modified} (same client id and cloid). */
    public List<OrderEvent> onModifyResult(String clientId, OrderRequest modified, ActionStatus status, long time) {
        TrackedOrder o = index.get(clientId);
        if (o == null || o.closed) {
            return List.of();
        }
        List<OrderEvent> out = new ArrayList<>();
        if (status instanceof ActionStatus.Resting || status instanceof ActionStatus.Filled) {
            OrderState s = o.state;
            long before = s.filledLots();
            o.state = new OrderState(modified, s.status(), before, s.filledNotional(), s.venueOrderId(), time);
            o.wirePx = modified.limitTicks() > 0 ? o.instrument.spec().priceDecimal(modified.limitTicks()) : o.wirePx;
            o.accepted = false;
            if (status instanceof ActionStatus.Resting r) {
                bind(o, r.oid(), out);
            } else {
                ActionStatus.Filled f = (ActionStatus.Filled) status;
                bind(o, f.oid(), out);
                o.immediateFill(f, before);
            }
            o.accept(time, out);
        } else if (status instanceof ActionStatus.Error e && e.code() == HyperliquidErrorCode.UNKNOWN_ORDER) {
            o.pending(OrderStatus.CANCELLED, "closed at venue");
        }
        return finish(o, time, out);
    }

    /** Open (NEW, ACCEPTED, PARTIALLY_FILLED) and UNKNOWN orders, in submission order. */
    public List<OrderState> openOrders() {
        return index.openStates();
    }

    /** Client ids of every order tracked, open or recently ended. */
    public List<String> knownClientIds() {
        return index.clientIds();
    }

    /** Client ids of the orders whose request is on its way (sent or being retried, no answer yet). */
    public java.util.Set<String> inFlight() {
        return index.inFlight();
    }

    public Optional<OrderState> state(String clientId) {
        TrackedOrder o = index.get(clientId);
        return o == null ? Optional.empty() : Optional.of(o.state);
    }

    /** The cloid the venue knows the order by (empty for unknown orders and adopted ones without a cloid). */
    public Optional<Cloid> cloid(String clientId) {
        TrackedOrder o = index.get(clientId);
        return o == null ? Optional.empty() : Optional.ofNullable(o.cloid);
    }

    /** True when the venue order with this cloid (may be {@code null}) or oid is tracked as open here. */
    public boolean tracksOpen(String cloid, long oid) {
        TrackedOrder o = index.find(cloid, oid);
        return o != null && !o.closed;
    }

    /** Records the wire price chosen for an order (a market order's protection price, known after the mid). */
    public void wirePrice(String clientId, BigDecimal px) {
        TrackedOrder o = index.get(clientId);
        if (o != null) {
            o.wirePx = px;
        }
    }

    /** The venue oid, or -1 when none is known. */
    public long oid(String clientId) {
        TrackedOrder o = index.get(clientId);
        return o == null ? -1 : o.oid;
    }

    /** The instrument entry of a tracked order. */
    public Optional<HyperliquidInstruments.Entry> entry(String clientId) {
        TrackedOrder o = index.get(clientId);
        return o == null ? Optional.empty() : Optional.of(o.instrument);
    }

    /**
     * Reloads orders after a restart, without events: open ones are tracked as accepted (UNKNOWN ones stay unknown
     * until reconciled); closed ones only make their client ids known.
     */
    public void restore(Collection<OrderState> states) {
        recovery.restore(states);
    }

    /**
     * Takes venue truth after a reconciliation, without events: its open orders replace what was tracked (adopted
     * foreign orders included), its closed orders are closed, and its fills count as seen.
     */
    public void adopt(ReconciliationResult result) {
        recovery.adopt(result);
    }

    /** Fills held because their order is unknown, oldest first. */
    public List<HyperliquidFill> heldFills() {
        return fills.held();
    }

    /** Things worth a log line (synthesized fills, clamped quantities, unknown statuses) since the last call. */
    public List<String> drainAnomalies() {
        List<String> out = List.copyOf(anomalies);
        anomalies.clear();
        return out;
    }

    /** Binds the venue oid and applies fills that were held waiting for it. */
    private void bind(TrackedOrder o, long oid, List<OrderEvent> out) {
        if (oid < 0 || o.oid == oid) {
            return;
        }
        index.bindOid(o, oid);
        o.state = o.state.withVenueId(Long.toString(oid), o.state.updatedTime());
        for (HyperliquidFill f : fills.release(oid)) {
            apply(o, f, out);
        }
    }

    private void apply(TrackedOrder o, HyperliquidFill f, List<OrderEvent> out) {
        fills.markSeen(f.dedupeKey());
        long lots = HyperliquidInstruments.lots(o.instrument.spec(), f.size());
        long absorbed = Math.min(lots, o.synthesizedLots);
        o.synthesizedLots -= absorbed;
        if (lots - absorbed > 0) {
            long ticks = HyperliquidInstruments.ticks(o.instrument.spec(), f.price());
            note(o.fill(f.fillId(), lots - absorbed, ticks, HyperliquidInstruments.cash(f.fee()), !f.crossed(),
                    f.time(), out));
        }
    }

    private List<OrderEvent> finish(TrackedOrder o, long time, List<OrderEvent> out) {
        if (o.tryComplete(time, out)) {
            settleRequests.add(o.clientId());
        }
        if (o.closed) {
            settleRequests.remove(o.clientId());
            index.closed(o);
        }
        return out;
    }

    private void note(String text) {
        if (text != null) {
            anomaly(text);
        }
    }

    private void anomaly(String text) {
        if (anomalies.size() < 1000) {
            anomalies.add(text);
        }
    }
}
