package io.trader.venue.hyperliquid;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderType;
import io.trader.core.event.OrderEvent;
import io.trader.venue.hyperliquid.exec.ActionStatus;
import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.venue.hyperliquid.exec.Cloid;
import io.trader.venue.hyperliquid.exec.HyperliquidAdapters;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorAdapter;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;
import io.trader.venue.hyperliquid.exec.HyperliquidOrderTracker;
import io.trader.venue.hyperliquid.exec.HyperliquidRateLimitPolicy;
import io.trader.venue.hyperliquid.exec.L1Action;
import io.trader.venue.hyperliquid.exec.OrderAction;
import io.trader.venue.hyperliquid.exec.OrderRef;
import io.trader.venue.hyperliquid.exec.OrderWire;
import io.trader.venue.hyperliquid.exec.WireResult;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Sends orders, cancels and modifies, and turns the venue's answers into tracker changes: the order wire is kept
 * until the order closes so an order the venue never saw can be sent again (same cloid, fresh nonce).
 */
final class OrderSender {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSender.class);

    private final VenueSession s;
    private final OrderResolution resolution;
    private final Map<String, OrderWire> wires = new ConcurrentHashMap<>();
    private volatile Map<String, Integer> assetIds = Map.of();

    OrderSender(VenueSession session) {
        this.s = session;
        this.resolution = new OrderResolution(session, this::resend, this::afterResolve);
    }

    void universe(List<HlAsset> universe) {
        Map<String, Integer> ids = new HashMap<>();
        universe.forEach(a -> ids.put(a.name(), a.assetId()));
        assetIds = Map.copyOf(ids);
    }

    void scheduleSettlements(List<String> clientIds) {
        resolution.schedule(clientIds);
    }

    /** A tracker change whose events close orders also forgets their wires. */
    List<OrderEvent> apply(Function<HyperliquidOrderTracker, List<OrderEvent>> change) {
        List<OrderEvent> events = s.apply(change);
        for (OrderEvent e : events) {
            if (e.state().status().isTerminal()) {
                wires.remove(e.clientId());
                s.sentAt.remove(e.clientId());
            }
        }
        return events;
    }

    void send(String clientId, OrderWire wire) {
        wires.put(clientId, wire);
        s.read(t -> {
            t.sending(clientId);
            return null;
        }, null);
        s.raw.exchange(() -> s.signer.sign(OrderAction.of(wire)), HyperliquidRateLimitPolicy.exchangeWeight(1))
                .onComplete(ar -> onSubmitted(clientId, ar.succeeded() ? ar.result()
                        : new ExchangeOutcome.Unknown(String.valueOf(ar.cause()))));
    }

    private void onSubmitted(String clientId, ExchangeOutcome outcome) {
        long now = s.now();
        if (outcome instanceof ExchangeOutcome.Refused r) {
            apply(t -> t.onSubmitResult(clientId, new ActionStatus.Error(r.code(), r.message()), now));
            return;
        }
        ActionStatus status;
        try {
            status = outcome instanceof ExchangeOutcome.Answered a ? HyperliquidAdapters.statuses(a.body(), 1).get(0)
                    : null;
        } catch (IllegalArgumentException e) {
            status = null;
            outcome = new ExchangeOutcome.Unknown("unreadable response: " + e.getMessage());
        }
        if (status == null) {
            String reason = ((ExchangeOutcome.Unknown) outcome).reason();
            apply(t -> t.unknown(clientId, "outcome unknown: " + reason, now));
            resolution.resolveUnknown(clientId);
            return;
        }
        if (status instanceof ActionStatus.Error e) {
            if (e.code() == HyperliquidErrorCode.DUPLICATE_ORDER) {
                resolution.resolveUnknown(clientId);
                return;
            }
            int attempts = s.read(t -> t.attempts(clientId), Integer.MAX_VALUE);
            if (e.code().retryable() && attempts < s.config.maxSubmitAttempts()) {
                long delay = e.code() == HyperliquidErrorCode.RATE_LIMITED
                        ? s.config.rateLimit().backoff(attempts - 1, ThreadLocalRandom.current().nextDouble()) : 1;
                s.vertx.setTimer(delay, id -> resend(clientId));
                return;
            }
        }
        ActionStatus st = status;
        apply(t -> t.onSubmitResult(clientId, st, now));
        afterResolve(clientId);
    }

    /** Sends the kept wire again, or rejects the order once its attempts are used up. */
    private void resend(String clientId) {
        OrderWire wire = wires.get(clientId);
        Optional<OrderState> state = s.read(t -> t.state(clientId), Optional.empty());
        if (wire == null || state.isEmpty() || state.get().status().isTerminal()) {
            return;
        }
        String cancelled = s.read(t -> t.cancelledBeforeAccept(clientId), null);
        if (cancelled != null) { // a cancel (e.g. the kill switch's) came before the venue ever took the order
            OrderRequest request = state.get().request();
            apply(t -> t.rejectUnsent(request, HyperliquidErrorAdapter.reason(HyperliquidErrorCode.REJECTED,
                    "not sent again: cancelled (" + cancelled + ") before the venue took it"), s.now()));
            return;
        }
        int attempts = s.read(t -> t.attempts(clientId), Integer.MAX_VALUE);
        if (attempts >= s.config.maxSubmitAttempts()) {
            OrderRequest request = state.get().request();
            apply(t -> t.rejectUnsent(request, HyperliquidErrorAdapter.reason(HyperliquidErrorCode.REJECTED,
                    "the venue did not take the order after " + attempts + " attempts"), s.now()));
            return;
        }
        LOG.info("order {} unknown to the venue; sending it again (attempt {})", clientId, attempts + 1);
        send(clientId, wire);
    }

    /** Sends a cancel that was deferred while the order was in flight. */
    private void afterResolve(String clientId) {
        s.read(t -> t.takeDeferredCancel(clientId), Optional.<String>empty())
                .ifPresent(reason -> cancel(List.of(clientId), reason));
    }

    /** Cancels tracked orders (by cloid, or by oid for adopted orders without one) in one action. */
    void cancel(List<String> clientIds, String reason) {
        cancelAttempt(List.copyOf(clientIds), reason, 0);
    }

    private void cancelAttempt(List<String> ids, String reason, int attempt) {
        List<L1Action.CancelByCloid.ByCloid> byCloid = new ArrayList<>();
        List<L1Action.Cancel.ByOid> byOid = new ArrayList<>();
        List<String> cloidIds = new ArrayList<>();
        List<String> oidIds = new ArrayList<>();
        for (String id : ids) {
            int asset = s.read(t -> t.entry(id).map(e -> e.asset().assetId()).orElse(-1), -1);
            Optional<Cloid> cloid = s.read(t -> t.cloid(id), Optional.empty());
            long oid = s.read(t -> t.oid(id), -1L);
            if (asset >= 0 && cloid.isPresent()) {
                byCloid.add(new L1Action.CancelByCloid.ByCloid(asset, cloid.get()));
                cloidIds.add(id);
            } else if (asset >= 0 && oid >= 0) {
                byOid.add(new L1Action.Cancel.ByOid(asset, oid));
                oidIds.add(id);
            }
        }
        if (!byCloid.isEmpty()) {
            sendCancel(new L1Action.CancelByCloid(byCloid), cloidIds, reason, attempt);
        }
        if (!byOid.isEmpty()) {
            sendCancel(new L1Action.Cancel(byOid), oidIds, reason, attempt);
        }
    }

    private void sendCancel(L1Action action, List<String> ids, String reason, int attempt) {
        s.raw.exchange(() -> s.signer.sign(action), HyperliquidRateLimitPolicy.exchangeWeight(ids.size()))
                .onComplete(ar -> {
                    ExchangeOutcome outcome = ar.succeeded() ? ar.result()
                            : new ExchangeOutcome.Unknown(String.valueOf(ar.cause()));
                    List<ActionStatus> statuses = null;
                    if (outcome instanceof ExchangeOutcome.Answered a) {
                        try {
                            statuses = HyperliquidAdapters.statuses(a.body(), ids.size());
                        } catch (IllegalArgumentException e) {
                            outcome = new ExchangeOutcome.Unknown("unreadable response: " + e.getMessage());
                        }
                    }
                    if (outcome instanceof ExchangeOutcome.Unknown u && attempt < s.config.rateLimit().maxRetries()) {
                        LOG.warn("cancel of {} ended unknown ({}); retrying", ids, u.reason());
                        long delay = s.config.rateLimit().backoff(attempt, ThreadLocalRandom.current().nextDouble());
                        s.vertx.setTimer(delay, id -> sendCancel(action, ids, reason, attempt + 1));
                        return;
                    }
                    for (int i = 0; i < ids.size(); i++) {
                        ActionStatus st = statuses != null ? statuses.get(i) : failure(outcome);
                        if (st instanceof ActionStatus.Error e && e.code() != HyperliquidErrorCode.UNKNOWN_ORDER) {
                            LOG.warn("cancel of {} refused: {}", ids.get(i), e.reason());
                        }
                        String id = ids.get(i);
                        apply(t -> t.onCancelResult(id, st, reason, s.now()));
                    }
                });
    }

    private static ActionStatus failure(ExchangeOutcome outcome) {
        if (outcome instanceof ExchangeOutcome.Refused r) {
            return new ActionStatus.Error(r.code(), r.message());
        }
        return new ActionStatus.Error(HyperliquidErrorCode.REJECTED, "outcome unknown: "
                + ((ExchangeOutcome.Unknown) outcome).reason());
    }

    /** Cancels, by oid, every order open at the venue that the adapter does not track (kill switch sweep). */
    void cancelUntracked(String reason) {
        s.info.frontendOpenOrders(s.user).onComplete(ar -> {
            if (ar.failed()) {
                LOG.error("cancel-all sweep could not list venue orders: {}", ar.cause().getMessage());
                return;
            }
            List<L1Action.Cancel.ByOid> cancels = new ArrayList<>();
            ar.result().stream().filter(o -> !s.read(t -> t.tracksOpen(o.cloid(), o.oid()), true)).forEach(o -> {
                Integer asset = assetIds.get(o.coin());
                if (asset != null) {
                    cancels.add(new L1Action.Cancel.ByOid(asset, o.oid()));
                }
            });
            for (int i = 0; i < cancels.size(); i += 40) {
                var action = new L1Action.Cancel(cancels.subList(i, Math.min(cancels.size(), i + 40)));
                LOG.warn("cancelling {} untracked venue orders ({})", action.cancels().size(), reason);
                s.raw.exchange(() -> s.signer.sign(action), HyperliquidRateLimitPolicy.exchangeWeight(
                        action.cancels().size()));
            }
        });
    }

    Future<ActionResult> modify(String clientId, long newLimitTicks, long newQuantityLots) {
        Optional<OrderState> state = s.read(t -> t.state(clientId), Optional.empty());
        long oid = s.read(t -> t.oid(clientId), -1L);
        if (state.isEmpty() || state.get().status().isTerminal() || oid < 0) {
            return Future.succeededFuture(ActionResult.failed(HyperliquidErrorCode.UNKNOWN_ORDER,
                    "no acknowledged open order " + clientId));
        }
        OrderState st = state.get();
        OrderRequest r = st.request();
        long remaining = newQuantityLots - st.filledLots();
        if (r.type() == OrderType.MARKET || remaining <= 0 || newLimitTicks <= 0) {
            return Future.succeededFuture(ActionResult.failed(HyperliquidErrorCode.INVALID_SIZE,
                    "only limit orders with a positive price and unfilled quantity can be modified"));
        }
        OrderRequest modified = new OrderRequest(clientId, r.instrument(), r.side(), OrderType.LIMIT, newQuantityLots,
                newLimitTicks, r.timeInForce(), r.reduceOnly(), r.decisionTime(), r.reason());
        OrderRequest onWire = new OrderRequest(clientId, r.instrument(), r.side(), OrderType.LIMIT, remaining,
                newLimitTicks, r.timeInForce(), r.reduceOnly(), r.decisionTime(), r.reason());
        HlAsset asset = s.read(t -> t.entry(clientId).orElseThrow().asset(), null);
        WireResult<OrderWire> wire = OrderWire.fromRequest(onWire, asset);
        if (wire instanceof WireResult.Refused<OrderWire> refused) {
            return Future.succeededFuture(ActionResult.failed(HyperliquidErrorAdapter.classify(refused.detail()),
                    refused.detail()));
        }
        OrderWire w = wire.orElseThrow();
        var action = new L1Action.BatchModify(List.of(new L1Action.Modify(new OrderRef.Oid(oid), w)));
        return s.raw.exchange(() -> s.signer.sign(action), 1).map(outcome -> {
            ActionResult result = ActionResult.of(outcome);
            if (outcome instanceof ExchangeOutcome.Answered a) {
                try {
                    ActionStatus status = HyperliquidAdapters.statuses(a.body(), 1).get(0);
                    wires.computeIfPresent(clientId, (k, v) -> w);
                    apply(t -> t.onModifyResult(clientId, modified, status, s.now()));
                } catch (IllegalArgumentException e) {
                    LOG.warn("modify of {}: unreadable response ({})", clientId, e.getMessage());
                }
            } else if (outcome instanceof ExchangeOutcome.Unknown) {
                LOG.warn("modify of {} ended with an unknown outcome; reconcile to learn its state", clientId);
            }
            return result;
        });
    }
}
