package io.trader.venue.xchange;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.dto.trade.UserTrade;
import org.knowm.xchange.instrument.Instrument;
import org.knowm.xchange.service.trade.TradeService;
import org.knowm.xchange.service.trade.params.orders.DefaultQueryOrderParam;
import org.knowm.xchange.service.trade.params.DefaultCancelOrderByInstrumentAndIdParams;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    long foreignFills;

    XChangeOrderFlow(XChangeExchange x) {
        this.x = x;
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
                case UNAVAILABLE -> {
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

    private void acknowledged(TrackedOrder t, String venueId) {
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

    /** Looks an order of UNKNOWN fate up by client order id; sends it again only when the venue never saw it. */
    void resolve(TrackedOrder t) {
        if (t.state.status() != OrderStatus.UNKNOWN) {
            return;
        }
        try {
            x.budget.acquire();
            Order found = lookUp(t);
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
                case RATE_LIMITED -> {
                    x.budget.backOff(x.settings.rateLimitBackoffMillis());
                    x.io.execute(() -> resolve(t));
                }
                default -> x.io.schedule(() -> resolve(t), x.settings.resolveDelayMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private Order lookUp(TrackedOrder t) throws java.io.IOException {
        if (x.profile.queryByClientOid() != null) {
            var found = trade().getOrder(new DefaultQueryOrderParam(x.profile.queryByClientOid().apply(t.clientOid)));
            return found.stream().filter(Objects::nonNull).findFirst().orElse(null);
        }
        return trade().getOpenOrders().getAllOpenOrders().stream()
                .filter(o -> t.clientOid.equals(o.getUserReference())).findFirst().orElse(null);
    }

    private void notPlaced(TrackedOrder t) {
        if (t.sends < x.settings.maxSubmitAttempts()) {
            send(t);
        } else {
            reject(t, "unavailable: not placed after " + t.sends + " sends of unknown fate");
        }
    }

    void cancel(TrackedOrder t, String reason) {
        if (!t.live()) {
            return;
        }
        try {
            x.budget.acquire();
            trade().cancelOrder(new DefaultCancelOrderByInstrumentAndIdParams(t.venue.instrument(), t.venueId()));
            applyFills(t.venue.instrument(), t.venueId());
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

    /** Fills, then the open orders; an acknowledged order the venue no longer lists open is queried and closed. */
    void poll() {
        List<TrackedOrder> live = x.orders.values().stream().filter(TrackedOrder::live).toList();
        if (live.isEmpty()) {
            return;
        }
        Set<Instrument> instruments = new LinkedHashSet<>();
        live.forEach(t -> instruments.add(t.venue.instrument()));
        for (Instrument i : instruments) {
            applyFillsCounted(i, null);
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
            x.budget.acquire();
            Order o = trade().getOrder(new DefaultQueryOrderParam(t.venueId())).stream()
                    .filter(Objects::nonNull).findFirst().orElse(null);
            Order.OrderStatus s = o == null ? null : o.getStatus();
            if (s != null && !s.isFinal()) {
                return;
            }
            applyFills(t.venue.instrument(), t.venueId());
            if (s == null || s != Order.OrderStatus.FILLED) {
                close(t, "venue: " + (s == null ? "order gone" : s.name().toLowerCase(java.util.Locale.ROOT)));
            }
        } catch (Exception e) {
            XChangeError err = XChangeErrorAdapter.classify(e);
            if (err.kind() == XChangeError.Kind.NOT_FOUND) {
                applyFillsCounted(t.venue.instrument(), t.venueId());
                close(t, "venue: order gone");
            } else {
                rateLimited(e);
            }
        }
    }

    private void applyFillsCounted(Instrument instrument, String venueOrderId) {
        try {
            applyFills(instrument, venueOrderId);
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

    private void applyFills(Instrument instrument, String venueOrderId) throws java.io.IOException {
        x.budget.acquire();
        List<UserTrade> trades = trade().getTradeHistory(XChangeCalls.fills(trade(), instrument, venueOrderId))
                .getUserTrades();
        for (int i = trades.size() - 1; i >= 0; i--) {
            apply(trades.get(i));
        }
    }

    private void apply(UserTrade u) {
        TrackedOrder t = x.byVenueId.get(u.getOrderId());
        String key = u.getOrderId() + ":" + u.getId();
        if (!x.seenTrades.add(key)) {
            return;
        }
        if (t == null) {
            foreignFills++;
            return;
        }
        InstrumentSpec spec = t.state.request().instrument();
        long ticks = exact(u.getPrice(), spec.priceScale());
        long lots = Math.min(exact(u.getOriginalAmount(), spec.qtyScale()), t.state.remainingLots());
        if (lots <= 0 || ticks <= 0) {
            return;
        }
        BigDecimal fee = u.getFeeAmount() == null ? BigDecimal.ZERO : u.getFeeAmount();
        long feeCash = fee.movePointRight(Money.CASH_SCALE).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long now = x.clock.millis();
        long time = u.getTimestamp() == null ? now : u.getTimestamp().getTime();
        // XChange's UserTrade carries no liquidity flag: only post-only orders are known to be makers
        boolean maker = t.state.request().timeInForce() == TimeInForce.POST_ONLY;
        Fill fill = new Fill(x.name + ":" + key, t.state.clientId(), spec, t.state.request().side(), ticks, lots,
                feeCash, maker, time);
        OrderState after = t.state.withFill(lots, ticks, now);
        x.emit(t, new OrderEvent.Filled(fill, after, now));
    }

    private static long exact(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
