package io.trader.venue.kraken;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends orders and cancels and settles orders of unknown fate.
 *
 * <p>An {@code AddOrder} that timed out, lost its connection, got a 5xx or an {@code EService}/internal error may
 * or may not have placed the order. Its fate is settled <b>before any resend</b>: {@code OpenOrders} and then
 * {@code ClosedOrders} are asked for its {@code cl_ord_id}; an order found is adopted (its fills come from the
 * trade poll), an order found nowhere is sent again with the same {@code cl_ord_id} and a fresh nonce, up to
 * {@link KrakenConfig#maxSubmitAttempts()} sends. (Kraken also refuses a second open order with the same
 * {@code cl_ord_id}, a second guard.)
 *
 * <p>Reduce-only on spot: Kraken supports {@code reduce_only} only for margin orders. The adapter emulates it
 * against the spot position (base balance minus the starting balance, see {@link KrakenExchange}): a reduce-only
 * sell may sell at most the long position, a reduce-only buy may buy back at most the short position (balance
 * below its start); anything more is Rejected before sending, with the position in the reason.
 */
final class OrderFlow {

    private static final Logger LOG = LoggerFactory.getLogger(OrderFlow.class);

    private final KrakenSession s;
    private final Runnable pollSoon;

    OrderFlow(KrakenSession session, Runnable pollSoon) {
        this.s = session;
        this.pollSoon = pollSoon;
    }

    void submit(OrderRequest r) {
        long now = s.now();
        if (!s.started() || s.haltReason() != null) {
            String why = s.haltReason() != null ? "adapter halted (" + s.haltReason() + ")" : "adapter not started";
            s.dispatch(List.of(new OrderEvent.Rejected(OrderState.created(r).withStatus(OrderStatus.REJECTED, now),
                    "rejected: " + why, now)));
            return;
        }
        Optional<KrakenInstruments.Entry> entry = s.instruments.bySymbol(r.instrument().symbol());
        OrderTable.Tracked t = s.read(tab -> tab.isKnown(r.clientId()) ? null
                : tab.register(r, entry.orElse(null)));
        if (t == null) {
            return; // a retry of a known client id
        }
        String refusal = entry.isEmpty() ? r.instrument().symbol() + " is not traded on Kraken"
                : r.type() == OrderType.MARKET && r.timeInForce() == TimeInForce.POST_ONLY ? "post-only market order"
                : KrakenInstruments.refusal(entry.get(), r);
        if (refusal != null) {
            s.apply(tab -> tab.rejected(t, "rejected: " + refusal, now));
            return;
        }
        if (r.reduceOnly()) {
            s.rest.privateCall("Balance", Map.of(), KrakenRest.Cost.of("Balance"), false).onComplete(ar -> {
                String why = reduceOnlyRefusal(r, entry.get(), ar.succeeded() ? ar.result() : null);
                if (why != null) {
                    s.apply(tab -> tab.rejected(t, "rejected: " + why, s.now()));
                } else {
                    send(t);
                }
            });
            return;
        }
        send(t);
    }

    private String reduceOnlyRefusal(OrderRequest r, KrakenInstruments.Entry e, KrakenOutcome balance) {
        if (!(balance instanceof KrakenOutcome.Ok ok)) {
            return "reduce-only needs the spot balance, which could not be read ("
                    + (balance instanceof KrakenOutcome.Refused f ? f.reason() : String.valueOf(balance)) + ")";
        }
        String base = e.pair().base();
        BigDecimal now = KrakenWire.balance(ok.result(), s.malformed).getOrDefault(base, BigDecimal.ZERO);
        BigDecimal start = s.startBalances.getOrDefault(base, BigDecimal.ZERO);
        long position = KrakenInstruments.lots(e.spec(), now.subtract(start));
        long allowed = r.side() == Side.SELL ? Math.min(Math.max(0, position), KrakenInstruments.lots(e.spec(), now))
                : Math.max(0, -position);
        if (r.quantityLots() > allowed) {
            return "reduce-only " + r.side() + " of " + r.quantityLots() + " lots exceeds the spot position of "
                    + position + " lots (" + base + " balance " + now.toPlainString() + ", start "
                    + start.toPlainString() + ")";
        }
        return null;
    }

    void send(OrderTable.Tracked t) {
        OrderRequest r = t.state.request();
        s.read(tab -> {
            t.attempts++;
            t.sentAt = s.now();
            return null;
        });
        Map<String, String> params = KrakenMapping.addOrder(r, t.entry, t.clOrdId);
        s.rest.privateCall("AddOrder", params, KrakenRest.Cost.order(t.entry.pair().altname(), 1), true)
                .onComplete(ar -> onAdded(t, ar.succeeded() ? ar.result()
                        : new KrakenOutcome.Unknown(String.valueOf(ar.cause()))));
    }

    private void onAdded(OrderTable.Tracked t, KrakenOutcome outcome) {
        long now = s.now();
        if (outcome instanceof KrakenOutcome.Ok ok) {
            KrakenDto.AddOrderResult res;
            try {
                res = KrakenWire.addOrder(ok.result());
            } catch (IllegalArgumentException e) {
                s.malformed.drop("AddOrder: " + e.getMessage());
                unknown(t, "unreadable AddOrder answer: " + e.getMessage());
                return;
            }
            s.apply(tab -> tab.accepted(t, res.txids().get(0), now));
            afterAccept(t);
            return;
        }
        if (outcome instanceof KrakenOutcome.Refused f && !f.code().fateUnknown()) {
            if (f.code().fatal()) {
                s.halt("Kraken refused the credentials: " + f.reason());
            }
            s.apply(tab -> tab.rejected(t, f.reason(), now));
            return;
        }
        unknown(t, outcome instanceof KrakenOutcome.Refused f ? f.reason() : ((KrakenOutcome.Unknown) outcome).reason());
    }

    private void unknown(OrderTable.Tracked t, String reason) {
        s.apply(tab -> tab.unknown(t, "outcome unknown: " + reason, s.now()));
        s.vertx.setTimer(Math.max(1, Math.min(1_000, s.config.pollMillis())), id -> resolve(t));
    }

    /** Looks an order of unknown fate up by {@code cl_ord_id} (open, then closed); resends only if found nowhere. */
    void resolve(OrderTable.Tracked t) {
        if (s.stopped() || t.state.status() != OrderStatus.UNKNOWN) {
            return;
        }
        s.rest.privateCall("OpenOrders", Map.of("cl_ord_id", t.clOrdId), KrakenRest.Cost.of("OpenOrders"), false)
                .onComplete(a1 -> {
                    KrakenOutcome open = a1.succeeded() ? a1.result() : new KrakenOutcome.Unknown("failed");
                    if (!(open instanceof KrakenOutcome.Ok)) {
                        retryResolve(t);
                        return;
                    }
                    Optional<KrakenDto.Order> o = found(open, "open", t.clOrdId);
                    if (o.isPresent()) {
                        adopt(t, o.get());
                        return;
                    }
                    Map<String, String> q = Map.of("cl_ord_id", t.clOrdId,
                            "start", Long.toString(Math.max(0, t.sentAt / 1000 - 60)));
                    s.rest.privateCall("ClosedOrders", q, KrakenRest.Cost.of("ClosedOrders"), false)
                            .onComplete(a2 -> {
                                KrakenOutcome closed = a2.succeeded() ? a2.result()
                                        : new KrakenOutcome.Unknown("failed");
                                if (!(closed instanceof KrakenOutcome.Ok)) {
                                    retryResolve(t);
                                    return;
                                }
                                Optional<KrakenDto.Order> c = found(closed, "closed", t.clOrdId);
                                String cancelled = s.read(tab -> t.pendingCancel);
                                if (c.isPresent()) {
                                    adopt(t, c.get());
                                } else if (cancelled != null) { // e.g. the kill switch: never send it again
                                    s.apply(tab -> tab.rejected(t, "rejected: not sent again, cancelled ("
                                            + cancelled + ") before Kraken took it", s.now()));
                                } else if (t.attempts < s.config.maxSubmitAttempts()) {
                                    LOG.info("order {} never reached Kraken; sending it again (attempt {})",
                                            t.state.clientId(), t.attempts + 1);
                                    send(t);
                                } else {
                                    s.apply(tab -> tab.rejected(t, "rejected: Kraken did not take the order after "
                                            + t.attempts + " attempts", s.now()));
                                }
                            });
                });
    }

    private void retryResolve(OrderTable.Tracked t) {
        LOG.warn("order {} still of unknown fate (lookup failed); retrying", t.state.clientId());
        s.vertx.setTimer(s.config.pollMillis(), id -> resolve(t));
    }

    private void adopt(OrderTable.Tracked t, KrakenDto.Order o) {
        LOG.info("order {} of unknown fate found at Kraken as {} ({})", t.state.clientId(), o.txid(), o.status());
        s.apply(tab -> tab.accepted(t, o.txid(), s.now()));
        afterAccept(t);
        pollSoon.run();
    }

    /** The order of {@code clOrdId} in an answer (matched again here, whatever filter the venue applied). */
    private Optional<KrakenDto.Order> found(KrakenOutcome outcome, String list, String clOrdId) {
        if (!(outcome instanceof KrakenOutcome.Ok ok)) {
            return Optional.empty();
        }
        return KrakenWire.orders(ok.result().path(list), s.malformed).stream()
                .filter(o -> clOrdId.equals(o.clOrdId())).findFirst();
    }

    private void afterAccept(OrderTable.Tracked t) {
        String pending = s.read(tab -> {
            String p = t.pendingCancel;
            t.pendingCancel = null;
            return p;
        });
        if (pending != null) {
            cancel(t.state.clientId(), pending);
        }
    }

    /** Cancels by txid; an order still in flight is cancelled once Kraken has answered its AddOrder. */
    void cancel(String clientId, String reason) {
        OrderTable.Tracked t = s.read(tab -> tab.get(clientId).filter(x -> !x.state.status().isTerminal())
                .orElse(null));
        if (t == null) {
            return;
        }
        String txid = s.read(tab -> {
            if (t.txid == null) {
                t.pendingCancel = reason;
            }
            return t.txid;
        });
        if (txid == null) {
            return;
        }
        int penalty = KrakenTier.cancelPenalty(s.now() - t.sentAt);
        s.rest.privateCall("CancelOrder", Map.of("txid", txid),
                KrakenRest.Cost.order(t.entry.pair().altname(), Math.max(1, penalty)), true).onComplete(ar -> {
                    KrakenOutcome o = ar.succeeded() ? ar.result() : new KrakenOutcome.Unknown(String.valueOf(ar.cause()));
                    if (o instanceof KrakenOutcome.Refused f && f.code() != KrakenErrorCode.UNKNOWN_ORDER) {
                        LOG.warn("cancel of {} refused: {}", clientId, f.reason());
                        if (f.code().fatal()) {
                            s.halt("Kraken refused the credentials: " + f.reason());
                        }
                    } else {
                        s.read(tab -> t.cancelSent = true);
                    }
                    pollSoon.run(); // the poll closes the order once its fills are in
                });
    }
}
