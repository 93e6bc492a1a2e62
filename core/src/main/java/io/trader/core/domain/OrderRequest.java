package io.trader.core.domain;

/**
 * An order the platform wants to place. Quantities are positive lots; the side gives the direction.
 *
 * @param clientId     unique client order id; a retry with the same id never creates a second order
 * @param instrument   instrument and scales
 * @param side         buy or sell
 * @param type         market or limit
 * @param quantityLots positive quantity in lots
 * @param limitTicks   limit price in ticks for limit orders, 0 for market orders
 * @param timeInForce  GTC, IOC or POST_ONLY
 * @param reduceOnly   may only reduce an existing position
 * @param decisionTime time of the decision (epoch ms), the time stamp of the newest data it used
 * @param reason       why the order exists (strategy rebalance, kill-switch flatten, ...)
 * @param parentId     the parent order this child works ({@link io.trader.core.exec.ParentOrder}), "" for none
 */
public record OrderRequest(String clientId, InstrumentSpec instrument, Side side, OrderType type,
                           long quantityLots, long limitTicks, TimeInForce timeInForce,
                           boolean reduceOnly, long decisionTime, String reason, String parentId) {

    /** An order of no parent. */
    public OrderRequest(String clientId, InstrumentSpec instrument, Side side, OrderType type, long quantityLots,
                        long limitTicks, TimeInForce timeInForce, boolean reduceOnly, long decisionTime,
                        String reason) {
        this(clientId, instrument, side, type, quantityLots, limitTicks, timeInForce, reduceOnly, decisionTime,
                reason, "");
    }

    public OrderRequest {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (instrument == null || side == null || type == null || timeInForce == null) {
            throw new IllegalArgumentException("instrument, side, type and timeInForce are required");
        }
        if (quantityLots <= 0) {
            throw new IllegalArgumentException("quantityLots must be positive: " + quantityLots);
        }
        if (type == OrderType.LIMIT && limitTicks <= 0) {
            throw new IllegalArgumentException("limit order needs a positive limit price");
        }
        if (type == OrderType.MARKET && limitTicks != 0) {
            throw new IllegalArgumentException("market order must not carry a limit price");
        }
        if (reason == null) {
            reason = "";
        }
        if (parentId == null) {
            parentId = "";
        }
    }

    /** This order as a child of {@code parent}. */
    public OrderRequest childOf(String parent) {
        return new OrderRequest(clientId, instrument, side, type, quantityLots, limitTicks, timeInForce, reduceOnly,
                decisionTime, reason, parent);
    }

    /** True when the order works a parent order. */
    public boolean isChild() {
        return !parentId.isEmpty();
    }

    /** Signed quantity: positive for buys, negative for sells. */
    public long signedLots() {
        return side.sign() * quantityLots;
    }

    public static OrderRequest market(String clientId, InstrumentSpec instrument, Side side, long lots,
                                      boolean reduceOnly, long decisionTime, String reason) {
        return new OrderRequest(clientId, instrument, side, OrderType.MARKET, lots, 0, TimeInForce.IOC,
                reduceOnly, decisionTime, reason);
    }

    public static OrderRequest limit(String clientId, InstrumentSpec instrument, Side side, long lots,
                                     long limitTicks, TimeInForce tif, boolean reduceOnly, long decisionTime,
                                     String reason) {
        return new OrderRequest(clientId, instrument, side, OrderType.LIMIT, lots, limitTicks, tif,
                reduceOnly, decisionTime, reason);
    }
}
