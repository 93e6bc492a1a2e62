package io.trader.venue.kraken;

import io.trader.core.domain.OrderStatus;
import io.trader.core.event.OrderEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Polls own orders and fills: {@code QueryOrders} for the live orders (1 counter point) and {@code TradesHistory}
 * from the newest trade seen minus {@link KrakenConfig#fillOverlapMillis()} (2 points per page). Each trade id
 * becomes one {@link OrderEvent.Filled}, however often overlapping polls return it; an order Kraken closed
 * (cancelled, expired, IOC rest) is Cancelled only once all its executed volume has arrived as fills. Polls never
 * overlap: a poll asked for while one runs joins it (so polls pace themselves by the budget and never queue up),
 * and a poll with no live order sends nothing.
 */
final class FillPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FillPoller.class);
    static final int PAGE = 50;
    private static final int MAX_PAGES = 20;

    private final KrakenSession s;
    private Future<Void> running;
    private boolean again;
    private volatile long cursorMillis;
    private long periodic = -1;

    FillPoller(KrakenSession session) {
        this.s = session;
    }

    void start(long fromMillis) {
        cursorMillis = Math.max(cursorMillis, fromMillis);
        periodic = s.vertx.setPeriodic(s.config.pollMillis(), id -> poll());
    }

    void stop() {
        if (periodic >= 0) {
            s.vertx.cancelTimer(periodic);
        }
    }

    /** Moves the cursor forward (after a reconciliation read the trades up to there). */
    void advance(long millis) {
        cursorMillis = Math.max(cursorMillis, millis);
    }

    long cursor() {
        return cursorMillis;
    }

    /** One poll; joins the running one and runs once more after it if asked meanwhile. */
    synchronized Future<Void> poll() {
        if (running != null) {
            again = true;
            return running;
        }
        Promise<Void> done = Promise.promise();
        Future<Void> result = done.future();
        running = result;
        cycle().onComplete(ar -> {
            if (ar.failed()) {
                LOG.warn("Kraken poll failed: {}", ar.cause().getMessage());
            }
            boolean more;
            synchronized (this) {
                running = null;
                more = again;
                again = false;
            }
            done.complete();
            if (more && !s.stopped()) {
                poll();
            }
        });
        return result;
    }

    private Future<Void> cycle() {
        if (s.stopped() || !s.started()) {
            return Future.succeededFuture();
        }
        List<String> txids = s.read(t -> t.live().stream().filter(x -> x.txid != null).map(x -> x.txid).toList());
        if (txids.isEmpty()) {
            return Future.succeededFuture(); // no order that can fill: the budget is kept for other calls
        }
        Future<List<KrakenDto.Order>> orders = txids.isEmpty() ? Future.succeededFuture(List.of())
                : queryOrders(txids);
        return orders.compose(os -> trades(Math.max(0, cursorMillis - s.config.fillOverlapMillis()))
                .map(ts -> {
                    apply(ts, os);
                    return null;
                }));
    }

    Future<List<KrakenDto.Order>> queryOrders(List<String> txids) {
        List<Future<List<KrakenDto.Order>>> parts = new ArrayList<>();
        for (int i = 0; i < txids.size(); i += 50) {
            String ids = String.join(",", txids.subList(i, Math.min(txids.size(), i + 50)));
            parts.add(s.rest.privateCall("QueryOrders", Map.of("txid", ids), KrakenRest.Cost.of("QueryOrders"), false)
                    .compose(o -> o instanceof KrakenOutcome.Ok ok
                            ? Future.succeededFuture(KrakenWire.orders(ok.result(), s.malformed))
                            : Future.failedFuture("QueryOrders: " + o)));
        }
        return Future.all(parts).map(cf -> {
            List<KrakenDto.Order> all = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                all.addAll(cf.<List<KrakenDto.Order>>resultAt(i));
            }
            return all;
        });
    }

    /** Own trades after {@code sinceMillis}, all pages, oldest first. */
    Future<List<KrakenDto.Trade>> trades(long sinceMillis) {
        Map<String, KrakenDto.Trade> acc = new LinkedHashMap<>();
        return page(sinceMillis, 0, acc).map(x -> {
            List<KrakenDto.Trade> out = new ArrayList<>(acc.values());
            out.sort(Comparator.comparingLong(KrakenDto.Trade::time).thenComparing(KrakenDto.Trade::tradeId));
            return out;
        });
    }

    private Future<Void> page(long sinceMillis, int ofs, Map<String, KrakenDto.Trade> acc) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("start", Long.toString(sinceMillis / 1000));
        if (ofs > 0) {
            q.put("ofs", Integer.toString(ofs));
        }
        return s.rest.privateCall("TradesHistory", q, KrakenRest.Cost.of("TradesHistory"), false).compose(o -> {
            if (!(o instanceof KrakenOutcome.Ok ok)) {
                return Future.failedFuture("TradesHistory: " + o);
            }
            List<KrakenDto.Trade> page = KrakenWire.trades(ok.result().path("trades"), s.malformed);
            page.forEach(t -> acc.putIfAbsent(t.tradeId(), t));
            int count = ok.result().path("count").asInt(page.size());
            int next = ofs + page.size();
            if (page.size() >= PAGE && next < count && next / PAGE < MAX_PAGES) {
                return page(sinceMillis, next, acc);
            }
            return Future.succeededFuture();
        });
    }

    private void apply(List<KrakenDto.Trade> trades, List<KrakenDto.Order> orders) {
        long now = s.now();
        for (KrakenDto.Trade tr : trades) {
            s.apply(t -> t.onTrade(tr, now));
            cursorMillis = Math.max(cursorMillis, tr.time());
        }
        for (KrakenDto.Order o : orders) {
            if (o.isOpen()) {
                continue;
            }
            s.apply(t -> {
                Optional<OrderTable.Tracked> tracked = t.byTxid(o.txid());
                if (tracked.isEmpty() || tracked.get().state.status().isTerminal()) {
                    return List.of();
                }
                OrderTable.Tracked x = tracked.get();
                long venueFilled = KrakenInstruments.lots(x.entry.spec(), o.volumeExec());
                if (x.state.filledLots() < venueFilled) {
                    return List.of(); // fills still to come
                }
                if (x.state.status() == OrderStatus.FILLED) {
                    return List.of();
                }
                String why = o.reason() != null ? o.reason() : o.status();
                return t.cancelled(x, "Kraken closed the order: " + why, now);
            });
        }
    }
}
