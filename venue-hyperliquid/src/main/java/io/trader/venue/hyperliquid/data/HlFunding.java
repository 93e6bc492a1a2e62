package io.trader.venue.hyperliquid.data;

import java.math.BigDecimal;

/**
 * One {@code fundingHistory} row.
 *
 * @param coin        coin name
 * @param fundingRate rate paid for the hour (fraction; positive: longs pay shorts)
 * @param premium     premium component
 * @param time        funding time, epoch ms
 */
public record HlFunding(String coin, BigDecimal fundingRate, BigDecimal premium, long time) {

    public HlFunding {
        if (coin == null || fundingRate == null || premium == null) {
            throw new IllegalArgumentException("coin, fundingRate and premium are required");
        }
    }
}
