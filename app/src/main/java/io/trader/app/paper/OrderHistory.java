package io.trader.app.paper;

import io.trader.app.http.Views;
import io.trader.app.store.OrderRow;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders the API lists: the session's live orders (the engine's latest states, published in a
 * {@link Snapshot}) merged with the stored history (every order of the session, before and after restarts).
 * One entry per client id, the state furthest along winning (the store may be ahead of the snapshot by its
 * publish interval, or behind it by its write queue), newest first: by last update, then decision time, then
 * client id, all descending, the order {@code TradingStore#recentOrders} reads the store in.
 */
final class OrderHistory {

    /** One order of either source, with the keys that order and merge them. */
    private record Entry(String clientId, long updated, long decided, BigDecimal filled, boolean terminal,
                         OrderState live, OrderRow stored) {

        static Entry of(OrderState s) {
            OrderRequest r = s.request();
            return new Entry(r.clientId(), s.updatedTime(), r.decisionTime(),
                    r.instrument().qtyDecimal(s.filledLots()), s.status().isTerminal(), s, null);
        }

        static Entry of(OrderRow r) {
            return new Entry(r.clientId(), r.updatedTime(), r.decisionTime(), r.filledQuantity(),
                    r.status().isTerminal(), null, r);
        }

        /** True when this state is further along than {@code other}: later, more filled, or finished. */
        boolean ahead(Entry other) {
            if (updated != other.updated) {
                return updated > other.updated;
            }
            int filledMore = filled.compareTo(other.filled);
            if (filledMore != 0) {
                return filledMore > 0;
            }
            return terminal && !other.terminal;
        }

        Views.Order view() {
            return live != null ? OrderHistory.view(live) : OrderHistory.view(stored);
        }
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::updated)
            .thenComparingLong(Entry::decided).thenComparing(Entry::clientId).reversed();

    private OrderHistory() {
    }

    /** The open (non-terminal) live orders, newest first, at most {@code limit}. */
    static List<Views.Order> open(List<OrderState> live, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (OrderState s : live) {
            if (!s.status().isTerminal()) {
                entries.add(Entry.of(s));
            }
        }
        return top(entries, limit);
    }

    /**
     * Live and stored orders merged, newest first, at most {@code limit}. Exact when {@code stored} holds the
     * store's newest {@code limit} orders in this order: an order's merged state is never older than its stored
     * row, so an order the store ranks below its newest {@code limit} ranks below at least {@code limit} others.
     */
    static List<Views.Order> merge(List<OrderState> live, List<OrderRow> stored, int limit) {
        Map<String, Entry> byId = new HashMap<>();
        for (OrderState s : live) {
            byId.put(s.clientId(), Entry.of(s));
        }
        for (OrderRow r : stored) {
            byId.merge(r.clientId(), Entry.of(r), (fromLive, fromStore) -> fromStore.ahead(fromLive) ? fromStore
                    : fromLive);
        }
        return top(new ArrayList<>(byId.values()), limit);
    }

    private static List<Views.Order> top(List<Entry> entries, int limit) {
        entries.sort(NEWEST_FIRST);
        int n = Math.min(limit, entries.size());
        List<Views.Order> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(entries.get(i).view());
        }
        return List.copyOf(out);
    }

    static Views.Order view(OrderState o) {
        OrderRequest r = o.request();
        InstrumentSpec spec = r.instrument();
        return new Views.Order(r.clientId(), spec.symbol(), r.side().name(), r.type().name(),
                spec.qtyDecimal(r.quantityLots()).toPlainString(),
                r.limitTicks() > 0 ? spec.priceDecimal(r.limitTicks()).toPlainString() : null, o.status().name(),
                spec.qtyDecimal(o.filledLots()).toPlainString(),
                o.filledLots() > 0 ? Money.averagePrice(spec, o.filledNotional(), o.filledLots()).toPlainString() : null,
                time(r.decisionTime()), time(o.updatedTime()), r.reason(), r.parentId());
    }

    static Views.Order view(OrderRow r) {
        return new Views.Order(r.clientId(), r.symbol(), r.side().name(), r.type().name(),
                r.quantity().toPlainString(), r.limitPrice() == null ? null : r.limitPrice().toPlainString(),
                r.status().name(), r.filledQuantity().toPlainString(),
                r.avgFillPrice() == null ? null : r.avgFillPrice().toPlainString(), time(r.decisionTime()),
                time(r.updatedTime()), r.reason(), r.parentId());
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
