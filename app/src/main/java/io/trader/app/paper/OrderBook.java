package io.trader.app.paper;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.event.OrderEvent;
import io.trader.core.port.TradingListener;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live part of the session's orders for the API: every open order plus the most recent closed ones, in
 * their latest states (the store may lag them by its write queue; {@link OrderHistory} merges both).
 * Engine thread only; the session publishes copies.
 */
final class OrderBook implements TradingListener {

    private static final int KEEP_CLOSED = 1000;
    private final LinkedHashMap<String, OrderState> orders = new LinkedHashMap<>();
    private long version;

    @Override
    public void onOrderSubmitted(OrderRequest request) {
        orders.put(request.clientId(), OrderState.created(request));
        version++;
        trim();
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        orders.remove(event.clientId());
        orders.put(event.clientId(), event.state());
        version++;
        trim();
    }

    void restore(List<OrderState> open) {
        for (OrderState o : open) {
            orders.put(o.clientId(), o);
        }
        version++;
    }

    long version() {
        return version;
    }

    /** Newest first. */
    List<OrderState> newestFirst() {
        List<OrderState> list = new ArrayList<>(orders.values());
        java.util.Collections.reverse(list);
        return list;
    }

    private void trim() {
        int closed = 0;
        for (OrderState o : orders.values()) {
            if (o.status().isTerminal()) {
                closed++;
            }
        }
        Iterator<Map.Entry<String, OrderState>> it = orders.entrySet().iterator();
        while (closed > KEEP_CLOSED && it.hasNext()) {
            OrderState o = it.next().getValue();
            if (o.status().isTerminal()) {
                it.remove();
                closed--;
            }
        }
    }
}
