package io.trader.venue.hyperliquid.exec;

import io.trader.core.domain.Side;

import java.math.BigDecimal;

/**
 * An order of the account as {@code frontendOpenOrders} (and the {@code order} of {@code orderStatus}) reports it.
 * Fields only {@code frontendOpenOrders} has are {@code false}/{@code null} when read from {@code openOrders}.
 *
 * @param coin       coin name
 * @param side       side
 * @param limitPx    limit price
 * @param size       remaining size
 * @param origSize   original size ({@code size} when not sent)
 * @param oid        venue order id
 * @param cloid      client order id, or {@code null}
 * @param timestamp  creation time, epoch ms
 * @param reduceOnly reduce-only flag
 * @param tif        {@code Gtc}, {@code Alo}, {@code Ioc}, or {@code null} (triggers)
 * @param isTrigger  a trigger (tp/sl) order
 * @param triggerPx  trigger price, or {@code null}
 */
public record HyperliquidOpenOrder(String coin, Side side, BigDecimal limitPx, BigDecimal size, BigDecimal origSize,
                                   long oid, String cloid, long timestamp, boolean reduceOnly, String tif,
                                   boolean isTrigger, BigDecimal triggerPx) {

    public HyperliquidOpenOrder {
        if (coin == null || side == null || limitPx == null || size == null) {
            throw new IllegalArgumentException("coin, side, limitPx and size are required");
        }
        origSize = origSize == null ? size : origSize;
    }

    /** Size filled so far. */
    public BigDecimal filledSize() {
        return origSize.subtract(size).max(BigDecimal.ZERO);
    }
}
