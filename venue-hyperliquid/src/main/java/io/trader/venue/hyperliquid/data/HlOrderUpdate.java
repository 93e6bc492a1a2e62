package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.Side;

import java.math.BigDecimal;

/**
 * One {@code orderUpdates} entry ({@code WsOrder}): the order as it now stands and its status.
 *
 * @param coin            coin name
 * @param side            order side
 * @param limitPx         limit price
 * @param size            remaining size
 * @param oid             venue order id
 * @param timestamp       order creation time, epoch ms
 * @param origSize        original size
 * @param cloid           client order id ({@code 0x} + 32 hex), or {@code null}
 * @param status          venue status, e.g. {@code open}, {@code filled}, {@code canceled}, {@code rejected},
 *                        {@code marginCanceled}, or one of the {@code ...Rejected}/{@code ...Canceled} reasons
 * @param statusTimestamp time of the status, epoch ms
 */
public record HlOrderUpdate(String coin, Side side, BigDecimal limitPx, BigDecimal size, long oid, long timestamp,
                            BigDecimal origSize, String cloid, String status, long statusTimestamp) {

    public HlOrderUpdate {
        if (coin == null || side == null || limitPx == null || size == null || status == null) {
            throw new IllegalArgumentException("coin, side, limitPx, size and status are required");
        }
    }
}
