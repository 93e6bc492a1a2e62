package io.trader.smartmoney.data;

import java.math.BigDecimal;

/**
 * A trader's figures over one leaderboard window, exact as the venue sent them.
 *
 * @param pnl    profit and loss in USD
 * @param roi    return as a fraction (0.01 = 1%); the venue does not document its denominator
 * @param volume traded notional in USD ({@code vlm})
 */
public record WindowStats(BigDecimal pnl, BigDecimal roi, BigDecimal volume) {

    public WindowStats {
        if (pnl == null || roi == null || volume == null) {
            throw new IllegalArgumentException("pnl, roi and volume are required");
        }
        if (volume.signum() < 0) {
            throw new IllegalArgumentException("volume must not be negative: " + volume);
        }
    }
}
