package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.InstrumentSpec;

/**
 * One asset of Hyperliquid's {@code meta} universe, the one description of an asset that market data and
 * execution share (its scales, its id in actions).
 *
 * @param assetId      the {@code a}/{@code asset} number in actions: the index in {@code meta.universe} for perps of
 *                     the first dex; {@code 10000 + spot index} for spot; {@code 100000 + ...} for builder dexes
 * @param name         coin name used by info requests, e.g. {@code BTC}
 * @param szDecimals   decimals allowed in sizes
 * @param maxLeverage  the venue's maximum leverage (1 for spot)
 * @param onlyIsolated the asset trades with isolated margin only
 * @param delisted     the venue delisted it (it keeps its index)
 */
public record HlAsset(int assetId, String name, int szDecimals, int maxLeverage, boolean onlyIsolated,
                      boolean delisted) {

    /** Price decimals of a perp are at most {@code 6 - szDecimals} (tick-and-lot-size rules). */
    public static final int PERP_MAX_DECIMALS = 6;
    /** Price decimals of a spot pair are at most {@code 8 - szDecimals}. */
    public static final int SPOT_MAX_DECIMALS = 8;
    /** Spot asset ids are {@code 10000 + index}; builder-deployed perps start at 100000. */
    public static final int SPOT_ID_OFFSET = 10_000;
    private static final int BUILDER_PERP_ID_OFFSET = 100_000;

    public HlAsset {
        if (assetId < 0) {
            throw new IllegalArgumentException("assetId must be >= 0: " + assetId);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (szDecimals < 0 || szDecimals > SPOT_MAX_DECIMALS) {
            throw new IllegalArgumentException("szDecimals out of range 0.." + SPOT_MAX_DECIMALS + ": " + szDecimals);
        }
        if (maxLeverage < 1) {
            throw new IllegalArgumentException("maxLeverage must be at least 1: " + maxLeverage);
        }
    }

    /** A listed asset with cross margin allowed. */
    public HlAsset(String name, int assetId, int szDecimals, int maxLeverage) {
        this(assetId, name, szDecimals, maxLeverage, false, false);
    }

    /** True for spot ids ({@code 10000 <= id < 100000}), where prices may carry 8 - szDecimals decimals. */
    public boolean isSpot() {
        return assetId >= SPOT_ID_OFFSET && assetId < BUILDER_PERP_ID_OFFSET;
    }

    /** Most decimals a price may have: {@code 6 - szDecimals} for perps, {@code 8 - szDecimals} for spot. */
    public int maxPriceDecimals() {
        return Math.max(0, (isSpot() ? SPOT_MAX_DECIMALS : PERP_MAX_DECIMALS) - szDecimals);
    }

    /** Scales: price ticks of {@code 10^-maxPriceDecimals}, size lots of {@code 10^-szDecimals}. */
    public InstrumentSpec instrument() {
        return new InstrumentSpec(name, maxPriceDecimals(), szDecimals);
    }
}
