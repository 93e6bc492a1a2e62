package io.trader.venue.hyperliquid.exec;

import io.trader.core.domain.Side;

import java.math.BigDecimal;

/**
 * One of the account's fills as the venue reports it (websocket {@code userFills} / {@code userEvents} fills and
 * the info {@code userFills} rows). The app maps layer0's parsed fill to this record field by field and hands it to
 * the exchange adapter.
 *
 * @param coin    coin name
 * @param price   execution price
 * @param size    executed size (positive)
 * @param side    side of the account's order
 * @param time    fill time, epoch ms
 * @param oid     venue order id
 * @param tid     unique trade id, 0 when the venue did not send one
 * @param hash    L1 transaction hash, or {@code null}
 * @param crossed true when the account's order took liquidity
 * @param fee     fee paid in the quote token (negative for a rebate)
 * @param cloid   the order's client id ({@code 0x} + 32 hex), or {@code null}
 */
public record HyperliquidFill(String coin, BigDecimal price, BigDecimal size, Side side, long time, long oid, long tid,
                              String hash, boolean crossed, BigDecimal fee, String cloid) {

    public HyperliquidFill {
        if (coin == null || price == null || size == null || side == null) {
            throw new IllegalArgumentException("coin, price, size and side are required");
        }
        if (price.signum() <= 0 || size.signum() <= 0) {
            throw new IllegalArgumentException("fill price and size must be positive");
        }
        fee = fee == null ? BigDecimal.ZERO : fee;
    }

    /**
     * The key fills are deduplicated by: {@code tid:<tid>} when the venue sent a trade id, otherwise the hash with
     * the order, time, price and size (one transaction can fill one order against several makers).
     */
    public String dedupeKey() {
        if (tid > 0) {
            return "tid:" + tid;
        }
        return "hash:" + hash + ":" + oid + ":" + time + ":" + price.toPlainString() + ":" + size.toPlainString();
    }

    /** The platform fill id: {@code hl-<tid>}, or {@code hl-<hash>-<oid>-<time>} without a trade id. */
    public String fillId() {
        return tid > 0 ? "hl-" + tid : "hl-" + hash + "-" + oid + "-" + time;
    }
}
