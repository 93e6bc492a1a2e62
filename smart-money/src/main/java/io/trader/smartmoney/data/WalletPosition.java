package io.trader.smartmoney.data;

import java.math.BigDecimal;

/**
 * One open perp position of a wallet ({@code clearinghouseState.assetPositions[].position}), exact as sent.
 *
 * @param coin             the coin, e.g. {@code BTC}
 * @param size             signed size ({@code szi}): positive long, negative short, never zero here
 * @param entryPrice       average entry price
 * @param positionValue    |size| x mark, in USD
 * @param unrealizedPnl    unrealised P&amp;L in USD
 * @param leverage         leverage value
 * @param isolated         true for isolated margin, false for cross
 * @param liquidationPrice liquidation price, or null when the venue sends none
 */
public record WalletPosition(String coin, BigDecimal size, BigDecimal entryPrice, BigDecimal positionValue,
                             BigDecimal unrealizedPnl, int leverage, boolean isolated, BigDecimal liquidationPrice) {

    public WalletPosition {
        if (coin == null || coin.isBlank() || size == null || entryPrice == null || positionValue == null
                || unrealizedPnl == null) {
            throw new IllegalArgumentException("coin, size, entryPrice, positionValue and unrealizedPnl are required");
        }
        if (size.signum() == 0) {
            throw new IllegalArgumentException(coin + ": a zero size is flat, not a position");
        }
        if (positionValue.signum() < 0 || leverage < 0) {
            throw new IllegalArgumentException(coin + ": positionValue and leverage must not be negative");
        }
    }

    /** +1 long, -1 short. */
    public int direction() {
        return size.signum();
    }

    /** Signed notional: positionValue with the position's sign. */
    public BigDecimal signedNotional() {
        return size.signum() > 0 ? positionValue : positionValue.negate();
    }
}
