package io.trader.app.store;

import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;

import java.math.BigDecimal;

/**
 * An order as stored, with exact decimal prices and quantities (for the HTTP API and reports).
 *
 * @param limitPrice   null for market orders
 * @param avgFillPrice null before the first fill
 * @param statusReason the venue's or canceller's reason of the last reject/cancel/unknown, else null
 */
public record OrderRow(String clientId, String session, String symbol, Side side, OrderType type,
                       BigDecimal quantity, BigDecimal limitPrice, TimeInForce timeInForce, boolean reduceOnly,
                       OrderStatus status, BigDecimal filledQuantity, BigDecimal avgFillPrice, long decisionTime,
                       long updatedTime, String reason, String statusReason, String venueOrderId, String parentId) {
}
