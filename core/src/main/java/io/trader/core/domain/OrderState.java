package io.trader.core.domain;

/**
 * Snapshot of an order's lifecycle as the platform knows it.
 *
 * @param request       the original request
 * @param status        lifecycle state
 * @param filledLots    cumulative filled quantity in lots
 * @param filledNotional cumulative filled notional in cash units (for the average price)
 * @param venueOrderId  the venue's id, or null before acceptance
 * @param updatedTime   time of the last change (epoch ms)
 */
public record OrderState(OrderRequest request, OrderStatus status, long filledLots, long filledNotional,
                         String venueOrderId, long updatedTime) {

    public OrderState {
        if (request == null || status == null) {
            throw new IllegalArgumentException("request and status are required");
        }
        if (filledLots < 0 || filledLots > request.quantityLots()) {
            throw new IllegalArgumentException("filledLots out of range: " + filledLots);
        }
    }

    public static OrderState created(OrderRequest request) {
        return new OrderState(request, OrderStatus.NEW, 0, 0, null, request.decisionTime());
    }

    public String clientId() {
        return request.clientId();
    }

    public long remainingLots() {
        return request.quantityLots() - filledLots;
    }

    public OrderState withStatus(OrderStatus newStatus, long time) {
        return new OrderState(request, newStatus, filledLots, filledNotional, venueOrderId, time);
    }

    public OrderState withVenueId(String id, long time) {
        return new OrderState(request, status, filledLots, filledNotional, id, time);
    }

    /** The state after a fill of {@code lots} at {@code ticks}. */
    public OrderState withFill(long lots, long ticks, long time) {
        long filled = filledLots + lots;
        OrderStatus next = filled == request.quantityLots() ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        return new OrderState(request, next, filled,
                filledNotional + Money.notional(request.instrument(), ticks, lots), venueOrderId, time);
    }
}
