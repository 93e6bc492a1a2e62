package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.Side;

import java.math.BigDecimal;

/**
 * One of the user's fills ({@code WsFill}, also the {@code userFills} info row). Fields the venue added after 2023
 * are {@code null} (or 0 for {@code tid}) when absent.
 *
 * @param coin          coin name
 * @param price         execution price
 * @param size          executed size
 * @param side          side of the user's order
 * @param time          fill time, epoch ms
 * @param startPosition signed position before the fill
 * @param dir           display direction, e.g. {@code Open Long}
 * @param closedPnl     realised P&amp;L of the fill
 * @param hash          L1 transaction hash
 * @param oid           venue order id
 * @param crossed       true when the order was the taker
 * @param fee           fee paid (negative = rebate), includes {@code builderFee}
 * @param feeToken      token the fee was paid in, or {@code null}
 * @param tid           unique trade id, 0 when absent
 * @param cloid         client order id, or {@code null}
 * @param builderFee    builder fee, or {@code null}
 */
public record HlFill(String coin, BigDecimal price, BigDecimal size, Side side, long time, BigDecimal startPosition,
                     String dir, BigDecimal closedPnl, String hash, long oid, boolean crossed, BigDecimal fee,
                     String feeToken, long tid, String cloid, BigDecimal builderFee) {

    public HlFill {
        if (coin == null || price == null || size == null || side == null || fee == null) {
            throw new IllegalArgumentException("coin, price, size, side and fee are required");
        }
    }
}
