package io.trader.venue.hyperliquid.data;

import java.math.BigDecimal;

/**
 * The live context of one perp from {@code metaAndAssetCtxs}. Optional fields are {@code null} when absent.
 *
 * @param coin         coin name (from the universe entry at the same index)
 * @param assetId      index in the universe
 * @param funding      current hourly funding rate (fraction)
 * @param openInterest open interest in base units
 * @param markPx       mark price
 * @param oraclePx     oracle price
 * @param midPx        book mid, or {@code null} when the book is empty
 * @param premium      premium, or {@code null}
 * @param prevDayPx    price 24 h ago
 * @param dayNtlVlm    24 h notional volume
 */
public record HlAssetCtx(String coin, int assetId, BigDecimal funding, BigDecimal openInterest, BigDecimal markPx,
                         BigDecimal oraclePx, BigDecimal midPx, BigDecimal premium, BigDecimal prevDayPx,
                         BigDecimal dayNtlVlm) {

    public HlAssetCtx {
        if (coin == null || funding == null || openInterest == null || markPx == null || oraclePx == null) {
            throw new IllegalArgumentException("coin, funding, openInterest, markPx and oraclePx are required");
        }
    }
}
