package io.trader.venue.hyperliquid.exec;

import java.math.BigDecimal;
import java.util.List;

/**
 * The account's perp state from {@code clearinghouseState}.
 *
 * @param positions       open positions (non-zero {@code szi})
 * @param accountValue    account value in USD
 * @param totalMarginUsed margin in use, USD
 * @param withdrawable    withdrawable USD
 * @param time            venue time of the snapshot, epoch ms (0 when not sent)
 */
public record HyperliquidAccount(List<Position> positions, BigDecimal accountValue, BigDecimal totalMarginUsed,
                                 BigDecimal withdrawable, long time) {

    /**
     * One position.
     *
     * @param coin          coin name
     * @param szi           signed size (positive long)
     * @param entryPx       average entry price, or {@code null}
     * @param unrealizedPnl unrealised P&amp;L in USD
     * @param leverage      leverage value
     * @param cross         cross margin (false: isolated)
     */
    public record Position(String coin, BigDecimal szi, BigDecimal entryPx, BigDecimal unrealizedPnl, int leverage,
                           boolean cross) {
        public Position {
            if (coin == null || szi == null) {
                throw new IllegalArgumentException("coin and szi are required");
            }
        }
    }

    public HyperliquidAccount {
        positions = List.copyOf(positions);
        accountValue = accountValue == null ? BigDecimal.ZERO : accountValue;
        totalMarginUsed = totalMarginUsed == null ? BigDecimal.ZERO : totalMarginUsed;
        withdrawable = withdrawable == null ? BigDecimal.ZERO : withdrawable;
    }
}
