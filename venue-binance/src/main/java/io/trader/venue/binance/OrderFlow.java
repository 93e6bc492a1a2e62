package io.trader.venue.binance;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.core.domain.OrderRequest;
import io.trader.core.event.OrderEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends orders and cancels and settles orders whose fate is open. An order whose POST ended UNKNOWN (5xx,
 * timeout) is looked up by {@code origClientOrderId} before anything else: found, it is adopted in the state the
 * venue reports; "does not exist" (-2013), it is sent again with the same {@code newClientOrderId}. So an order the
 * venue applied before failing the answer is never placed twice (Binance refuses a duplicate client id only among
 * open orders). Fills the venue reports beyond the trades seen come from {@code myTrades}.
 */
final class OrderFlow {

    private static final Logger LOG = LoggerFactory.getLogger(OrderFlow.class);
    private static final int MAX_SENDS = 3;
    private static final int MAX_LOOKUPS = 6;

    private final Vertx vertx;
    private final BinanceRaw raw;
    private final Object lock;
    private final BinanceOrderTracker tracker;
    private final Consumer<List<OrderEvent>> dispatch;
    private final Consumer<String> halt;
    private final java.util.function.LongSupplier now;
    private final Map<String, Integer> sends = new ConcurrentHashMap<>();
    /** REST answers that could not be read (dropped). */
    final java.util.concurrent.atomic.AtomicLong malformed = new java.util.concurrent.atomic.AtomicLong();
    /** The newest trade id seen per symbol (where {@code myTrades} resumes). */
    final Map<String, Long> lastTradeId = new ConcurrentHashMap<>();

    OrderFlow(Vertx vertx, BinanceRaw raw, Object lock, BinanceOrderTracker tracker, Consumer<List<OrderEvent>> dispatch,
              Consumer<String> halt, java.util.function.LongSupplier now) {
        this.vertx = vertx;
        this.raw = raw;
        this.lock = lock;
        this.tracker = tracker;
        this.dispatch = dispatch;
        this.halt = halt;
        this.now = now;
    }

    /** Runs a tracker change under the lock and queues its events in order. */
    List<OrderEvent> apply(Function<BinanceOrderTracker, List<OrderEvent>> change) {
        synchronized (lock) {
            List<OrderEvent> events = change.apply(tracker);
            for (OrderEvent e : events) {
                if (e instanceof OrderEvent.Filled f) {
                    String sym = f.fill().instrument().symbol();
                    long id = Long.parseLong(f.fill().fillId().substring(f.fill().fillId().lastIndexOf('-') + 1));
                    lastTradeId.merge(sym, id, Math::max);
                }
            }
            dispatch.accept(events);
            return events;
        }
    }

    <T> T read(Function<BinanceOrderTracker, T> q) {
        synchronized (lock) {
            return q.apply(tracker);
        }
    }

    void send(OrderRequest r) {
        String id = r.clientId();
        String venueId = read(t -> t.venueId(id)).orElseThrow();
        sends.merge(id, 1, Integer::sum);
        raw.signed(HttpMethod.POST, "/api/v3/order", BinanceOrderParams.newOrder(r, venueId), BinanceWeights.NEW_ORDER, 1)
                .onComplete(ar -> onSent(id, ar.succeeded() ? ar.result() : BinanceReply.unknown(0,
                        String.valueOf(ar.cause()))));
    }

    private void onSent(String id, BinanceReply reply) {
        if (reply.ok()) {
            try {
                BinanceWire.Order o = BinanceAdapters.order(reply.body());
                apply(t -> t.onOrder(id, o, now.getAsLong()));
                afterAnswer(id);
            } catch (IllegalArgumentException e) {
                apply(t -> t.unknown(id, "unreadable order answer: " + e.getMessage(), now.getAsLong()));
                lookup(id, 0);
            }
            return;
        }
        if (reply.error() == BinanceErrorCode.UNKNOWN_FATE) {
            apply(t -> t.unknown(id, "binance outcome unknown: " + reply.msg(), now.getAsLong()));
            lookup(id, 0);
            return;
        }
        if (reply.error().fatal()) {
            halt.accept(reply.reason());
        }
        apply(t -> t.rejected(id, reply.reason(), now.getAsLong()));
    }

    /** Looks an order up by client id: adopt what the venue says, or send again when it never arrived. */
    void lookup(String id, int tries) {
        Optional<BinanceInstrument> inst = read(t -> t.instrument(id));
        Optional<String> venueId = read(t -> t.venueId(id));
        if (inst.isEmpty() || venueId.isEmpty()) {
            return;
        }
        raw.signed(HttpMethod.GET, "/api/v3/order", "symbol=" + inst.get().symbol() + "&origClientOrderId="
                + venueId.get(), BinanceWeights.QUERY_ORDER, 0).onComplete(ar -> {
                    BinanceReply r = ar.succeeded() ? ar.result() : BinanceReply.unknown(0, String.valueOf(ar.cause()));
                    if (r.ok()) {
                        adoptAnswer(id, r);
                    } else if (r.error() == BinanceErrorCode.UNKNOWN_ORDER) {
                        resend(id);
                    } else if (tries + 1 < MAX_LOOKUPS) {
                        vertx.setTimer(200L << Math.min(tries, 5), x -> lookup(id, tries + 1));
                    } else {
                        LOG.warn("order {} stays UNKNOWN: look-up failed {} times ({})", id, MAX_LOOKUPS, r.reason());
                    }
                });
    }

    /** Applies an order answer; an unreadable one is counted and the order looked up again later. */
    private void adoptAnswer(String id, BinanceReply r) {
        BinanceWire.Order o;
        try {
            o = BinanceAdapters.order(r.body());
        } catch (IllegalArgumentException e) {
            malformed.incrementAndGet();
            LOG.warn("unreadable order answer for {} dropped: {}", id, e.getMessage());
            return;
        }
        apply(t -> t.onOrder(id, o, now.getAsLong()));
        afterAnswer(id);
    }

    private void resend(String id) {
        Optional<io.trader.core.domain.OrderState> st = read(t -> t.state(id));
        if (st.isEmpty() || st.get().status().isTerminal()) {
            return;
        }
        if (sends.getOrDefault(id, 0) >= MAX_SENDS) {
            apply(t -> t.rejected(id, "binance did not take the order after " + MAX_SENDS + " attempts",
                    now.getAsLong()));
            return;
        }
        LOG.info("order {} never reached Binance; sending it again with the same client id", id);
        send(st.get().request());
    }

    /** After the venue answered: fetch missing trades, send a cancel that waited. */
    private void afterAnswer(String id) {
        if (read(t -> t.missingLots(id)) > 0) {
            fetchTrades(id);
        }
        read(t -> t.takeDeferredCancel(id)).ifPresent(reason -> sendCancel(id));
    }

    /** Reads the order's trades from {@code myTrades} by order id (the tracker drops those already seen). */
    void fetchTrades(String id) {
        Optional<BinanceInstrument> inst = read(t -> t.instrument(id));
        long orderId = read(t -> t.orderId(id));
        if (inst.isEmpty() || orderId < 0) {
            return;
        }
        String q = "symbol=" + inst.get().symbol() + "&orderId=" + orderId;
        raw.signed(HttpMethod.GET, "/api/v3/myTrades", q, BinanceWeights.MY_TRADES, 0).onComplete(ar -> {
            if (ar.failed() || !ar.result().ok()) {
                LOG.warn("myTrades for {} failed: {}", id, ar.failed() ? ar.cause() : ar.result().reason());
                return;
            }
            for (JsonNode row : ar.result().body()) {
                try {
                    BinanceWire.Trade tr = BinanceAdapters.trade(row);
                    apply(t -> t.onTrade(tr));
                } catch (IllegalArgumentException e) {
                    malformed.incrementAndGet();
                }
            }
        });
    }

    void sendCancel(String id) {
        Optional<BinanceInstrument> inst = read(t -> t.instrument(id));
        Optional<String> venueId = read(t -> t.venueId(id));
        if (inst.isEmpty() || venueId.isEmpty()) {
            return;
        }
        raw.signed(HttpMethod.DELETE, "/api/v3/order", "symbol=" + inst.get().symbol() + "&origClientOrderId="
                + venueId.get(), BinanceWeights.CANCEL_ORDER, 0).onComplete(ar -> {
                    BinanceReply r = ar.succeeded() ? ar.result() : BinanceReply.unknown(0, String.valueOf(ar.cause()));
                    if (r.ok()) {
                        adoptAnswer(id, r);
                        return;
                    }
                    read(t -> {
                        t.cancelFailed(id);
                        return null;
                    });
                    if (r.error() == BinanceErrorCode.UNKNOWN_ORDER || r.error() == BinanceErrorCode.UNKNOWN_FATE) {
                        lookup(id, 0); // already closed at the venue (or unclear): learn its final state
                    } else {
                        LOG.warn("cancel of {} refused: {}", id, r.reason());
                    }
                });
    }

    /** Resolves every order not closed by REST (after a user-stream reconnect). */
    void resolveAll() {
        for (String id : read(BinanceOrderTracker::unsettled)) {
            lookup(id, 0);
        }
    }
}
