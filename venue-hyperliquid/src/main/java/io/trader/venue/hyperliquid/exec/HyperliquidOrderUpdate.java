package io.trader.venue.hyperliquid.exec;

import io.trader.core.domain.Side;

import java.math.BigDecimal;

/**
 * One {@code orderUpdates} entry: an order of the account as it now stands and its status. The app maps layer0's
 * parsed update to this record field by field and hands it to the exchange adapter.
 *
 * @param coin            coin name
 * @param side            order side
 * @param limitPx         limit price
 * @param size            remaining (unfilled) size
 * @param oid             venue order id
 * @param timestamp       order creation time, epoch ms
 * @param origSize        original size, or {@code null} when the venue did not send it
 * @param cloid           client order id, or {@code null}
 * @param status          venue status: {@code open}, {@code filled}, {@code canceled}, {@code triggered},
 *                        {@code rejected}, {@code marginCanceled}, {@code scheduledCancel}, or one of the
 *                        {@code ...Rejected} / {@code ...Canceled} reasons
 * @param statusTimestamp time of the status, epoch ms
 */
public record HyperliquidOrderUpdate(String coin, Side side, BigDecimal limitPx, BigDecimal size, long oid,
                                     long timestamp, BigDecimal origSize, String cloid, String status,
                                     long statusTimestamp) {

    public HyperliquidOrderUpdate {
        if (coin == null || side == null || limitPx == null || size == null || status == null) {
            throw new IllegalArgumentException("coin, side, limitPx, size and status are required");
        }
    }

    /** Size filled so far ({@code origSize - size}), or {@code null} when the original size is unknown. */
    public BigDecimal filledSize() {
        return origSize == null ? null : origSize.subtract(size).max(BigDecimal.ZERO);
    }

    /** How the status reads for the platform. */
    public VenueOrderStatus kind() {
        return VenueOrderStatus.of(status);
    }
}
