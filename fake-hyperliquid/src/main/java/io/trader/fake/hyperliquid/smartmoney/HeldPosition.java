package io.trader.fake.hyperliquid.smartmoney;

import java.math.BigDecimal;

/**
 * One wallet's position in one coin (a size of 0 is a flat row the venue still lists).
 *
 * @param coin           the coin
 * @param szi            signed size: positive long, negative short, 0 flat
 * @param entryPx        average entry price
 * @param leverage       leverage the position is held at
 * @param isolated       isolated margin (else cross)
 * @param fundingAllTime cumulative funding paid on the coin, USD
 */
public record HeldPosition(String coin, BigDecimal szi, BigDecimal entryPx, int leverage, boolean isolated,
                           BigDecimal fundingAllTime) {

    HeldPosition withSize(BigDecimal s, BigDecimal entry) {
        return new HeldPosition(coin, s, entry, leverage, isolated, fundingAllTime);
    }
}
