package io.trader.core.port;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;

import java.util.Collection;

/**
 * A venue: the paper exchange in backtests and paper sessions, a live adapter otherwise.
 * Outcomes arrive as events on the {@link OrderEventListener} the venue was built with; methods here
 * never throw for venue-side refusals.
 */
public interface ExchangePort {

    /** Venue name for labels, e.g. {@code paper}, {@code hyperliquid}. */
    String name();

    /**
     * Sends an order. A request whose client id is already known is ignored (idempotent retry).
     */
    void submit(OrderRequest request);

    /** Cancels an open order. If the client id is unknown or the order is closed, do nothing. */
    void cancel(String clientId, String reason);

    /** Cancels every open order. */
    void cancelAll(String reason);

    /** Orders that are open (NEW, ACCEPTED, PARTIALLY_FILLED) or UNKNOWN, in submission order. */
    Collection<OrderState> openOrders();
}
