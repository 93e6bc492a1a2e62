package io.trader.venue.xchange;

import io.trader.core.domain.OrderStatus;
import io.trader.core.event.OrderEvent;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.instrument.Instrument;
import org.knowm.xchange.service.trade.TradeService;
import org.knowm.xchange.service.trade.params.DefaultCancelOrderByInstrumentAndIdParams;
import org.knowm.xchange.service.trade.params.orders.DefaultQueryOrderParam;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The venue-call side of {@link XChangeExchange}: send, resolve an UNKNOWN fate, cancel, poll fills and closes.
 * Runs only on the adapter's I/O thread; every call takes a token of the venue's budget first.
 */
final class XChangeOrderFlow {

    private final XChangeExchange x;
    final XChangeFills fills;

    XChangeOrderFlow(XChangeExchange x) {
        this.x = x;
        this.fills = new XChangeFills(x);
    }

    private TradeService trade() {
        return x.exchange.getTradeService();
    }

    void send(TrackedOrder t) {
        t.sends++;
        try {
            x.budget.acquire();
            Order o = XChangeCalls.order(t.state.request(), t.venue.instrument(), t.clientOid, x.flags(t.state.request()));
            String id = o instanceof org.knowm.xchange.dto.trade.MarketOrder m ? trade().placeMarketOrder(m)
                    : trade().placeLimitOrder((org.knowm.xchange.dto.trade.LimitOrder) o);
            acknowledged(t, id);
        } catch (Exception e) {
            XChangeError err = XChangeErrorAdapter.classify(e);
            switch (err.kind()) {
                case RATE_LIMITED -> {
                    t.sends--;
                    retryAfterRateLimit(t, err, () -> send(t));
                }
                case UNAVAILABLE, DUPLICATE -> {
                    t.duplicate |= err.kind() == XChangeError.Kind.DUPLICATE;
                    long now = x.clock.millis();
                    x.emit(t, new OrderEvent.Unknown(t.state.withStatus(OrderStatus.UNKNOWN, now), err.reason(), now));
                    x.io.schedule(() -> resolve(t), x.settings.resolveDelayMillis(), TimeUnit.MILLISECONDS);
                }
                case AUTH -> {
                    x.halt(err.reason());
                    reject(t, err.reason());
                }
                default -> reject(t, err.reason());
            }
        }
    }

    private void retryAfterRateLimit(TrackedOrder t, XChangeError err, Runnable retry) {
        x.budget.backOff(x.settings.rateLimitBackoffMillis());
        if (++t.rateLimitedRetries > x.settings.maxRateLimitRetries()) {
            reject(t, err.reason() + " (gave up after " + x.settings.maxRateLimitRetries() + " retries)");
            return;
        }
        x.io.execute(retry);
    }

    void acknowledged(TrackedOrder t, String venueId) {
        long now = x.clock.millis();
        x.byVenueId.put(venueId, t);
        x.emit(t, new OrderEvent.Accepted(t.state.withVenueId(venueId, now).withStatus(OrderStatus.ACCEPTED, now), now));
        if (t.cancelRequested) {
            cancel(t, t.cancelReason);
        }
    }

    private void reject(TrackedOrder t, String reason) {
        long now = x.clock.millis();
        x.emit(t, new OrderEvent.Rejected(t.state.withStatus(OrderStatus.REJECTED, now), reason, now));
    }

    /**
     * Looks an order of UNKNOWN fate up by client order id; sends it again only when the venue never saw it. A
     * module that can look up neither by client id nor in the open orders leaves the order UNKNOWN and halts the
     * adapter: resending could double it, and calling it rejected could hide a live order.
     */
    void resolve(TrackedOrder t) {
        if (t.state.status() != OrderStatus.UNKNOWN) {
            return;
        }
        try {
            x.budget.acquire();
            Order found = lookUp(t.clientOid);
            if (found != null) {
                acknowledged(t, found.getId());
            } else {
                notPlaced(t);
            }
        } catch (Exception e) {
            XChangeError err = XChangeErrorAdapter.classify(e);
            switch (err.kind()) {
                case NOT_FOUND -> notPlaced(t);
                case AUTH -> x.halt(err.reason());
                case UNSUPPORTED -> x.halt("order " + t.state.clientId() + " has an unknown fate and the " + x.name
                        + " module cannot look orders up by client id or list open orders (" + err.detail() + ")");
                case RATE_LIMITED -> {
                    x.budget.backOff(x.settings.rateLimitBackoffMillis());
                    x.io.execute(() -> resolve(t));
                }
                default -> x.io.schedule(() -> resolve(t), x.settings.resolveDelayMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The venue's order with this client order id: by a client-id query if the module has one, else open orders. */
    Order lookUp(String clientOid) throws java.io.IOException {
        if (x.profile.queryByClientOid() != null) {
            var found = trade().getOrder(new DefaultQueryOrderParam(x.profile.queryByClientOid().apply(clientOid)));
            return found.stream().filter(Objects::nonNull).findFirst().orElse(null);
        }
        return trade().getOpenOrders().getAllOpenOrders().stream()
                .filter(o -> clientOid.equals(o.getUserReference())).findFirst().orElse(null);
    }

    private void notPlaced(TrackedOrder t) {
        if (t.duplicate) {
            x.halt("order " + t.state.clientId() + " exists at " + x.name + " (duplicate client order id) but is not"
                    + " among its open orders and the module cannot query it by client id: reconcile by hand");
        } else if (t.sends < x.settings.maxSubmitAttempts()) {
            send(t);
        } else {
            reject(t, "unavailable: not placed after " + t.sends + " sends of unknown fate");
        }
    }

    /** Cancels at the venue; a cancel the venue refuses (already filled or gone) is settled by a query instead. */
    void cancel(TrackedOrder t, String reason) {
        if (!t.live()) {
            return;
        }
        try {
            x.budget.acquire();
            Instrument i = t.venue.instrument();
            boolean done = x.profile.canceller() != null ? x.profile.canceller().cancel(trade(), i, t.venueId())
                    : trade().cancelOrder(new DefaultCancelOrderByInstrumentAndIdParams(i, t.venueId()));
            if (!done) {
                refresh(t);
                return;
            }
            if (x.profile.fillsFromOrders()) {
                refresh(t);
            } else {
                fills.fromTradeHistory(i, t.venueId());
            }
            close(t, reason);
        } catch (Exception e) {
            XChangeError err = XChangeErrorAdapter.classify(e);
            switch (err.kind()) {
                case RATE_LIMITED -> retryAfterRateLimit(t, err, () -> cancel(t, reason));
                case AUTH -> x.halt(err.reason());
                case UNAVAILABLE -> x.io.schedule(() -> refresh(t), x.settings.resolveDelayMillis(), TimeUnit.MILLISECONDS);
                default -> refresh(t);
            }
        }
    }

    private void close(TrackedOrder t, String reason) {
        if (t.state.status().isOpen()) {
            long now = x.clock.millis();
            x.emit(t, new OrderEvent.Cancelled(t.state.withStatus(OrderStatus.CANCELLED, now), reason, now));
        }
    }

    /**
     * One poll. Trade-history venues: fills of each instrument with live orders, then the open orders; an order the
     * venue no longer lists is queried and closed. Fills-from-orders venues: each live order is queried.
     */
    void poll() {
        List<TrackedOrder> live = x.orders.values().stream().filter(TrackedOrder::live).toList();
        if (live.isEmpty()) {
            return;
        }
        if (x.profile.fillsFromOrders()) {
            live.forEach(this::refresh);
            return;
        }
        Set<Instrument> instruments = new LinkedHashSet<>();
        live.forEach(t -> instruments.add(t.venue.instrument()));
        for (Instrument i : instruments) {
            fillsCounted(i, null);
        }
        Set<String> open = new HashSet<>();
        try {
            x.budget.acquire();
            trade().getOpenOrders().getAllOpenOrders().forEach(o -> open.add(o.getId()));
        } catch (Exception e) {
            rateLimited(e);
            return;
        }
        for (TrackedOrder t : live) {
            if (t.live() && !open.contains(t.venueId())) {
                refresh(t);
            }
        }
    }

    /** Queries one order; applies its last fills and closes it locally when the venue has closed it. */
    void refresh(TrackedOrder t) {
        if (!t.live()) {
            return;
        }
        try {
            x.budget.acquire(x.profile.orderQueryCalls());
            Order o = XChangeCalls.getOrder(trade(), t.venue.instrument(), t.venueId());
            if (o != null && x.profile.fillsFromOrders()) {
                fills.fromOrder(t, o);
            }
            Order.OrderStatus s = o == null ? null : o.getStatus();
            if (s != null && !s.isFinal()) {
                return;
            }
            if (!x.profile.fillsFromOrders()) {
                fills.fromTradeHistory(t.venue.instrument(), t.venueId());
            }
            if (s == null || s != Order.OrderStatus.FILLED) {
                close(t, "venue: " + (s == null ? "order gone" : s.name().toLowerCase(java.util.Locale.ROOT)));
            }
        } catch (Exception e) {
            XChangeError err = XChangeErrorAdapter.classify(e);
            if (err.kind() == XChangeError.Kind.NOT_FOUND) {
                if (!x.profile.fillsFromOrders()) {
                    fillsCounted(t.venue.instrument(), t.venueId());
                }
                close(t, "venue: order gone");
            } else {
                rateLimited(e);
            }
        }
    }

    private void fillsCounted(Instrument instrument, String venueOrderId) {
        try {
            fills.fromTradeHistory(instrument, venueOrderId);
        } catch (Exception e) {
            rateLimited(e);
        }
    }

    private void rateLimited(Exception e) {
        XChangeError err = XChangeErrorAdapter.classify(e);
        if (err.kind() == XChangeError.Kind.RATE_LIMITED) {
            x.budget.backOff(x.settings.rateLimitBackoffMillis());
        } else if (err.kind() == XChangeError.Kind.AUTH) {
            x.halt(err.reason());
        }
    }
}
