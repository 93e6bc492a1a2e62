package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.InstrumentSpec;

/**
 * One perpetual from {@code meta.universe}. Its position in the universe is its asset id (the {@code a} field of
 * orders); its coin name is what info and websocket requests use.
 *
 * @param assetId     index in {@code meta.universe}
 * @param name        coin name, e.g. {@code BTC}
 * @param szDecimals  decimals of one size lot
 * @param maxLeverage maximum leverage
 * @param onlyIsolated true when only isolated margin is allowed
 * @param delisted    true when {@code isDelisted} is set
 */
public record HlAsset(int assetId, String name, int szDecimals, int maxLeverage, boolean onlyIsolated,
                      boolean delisted) {

    /** Price decimals of a perp are at most {@code 6 - szDecimals} (tick-and-lot-size rules). */
    public static final int PERP_MAX_DECIMALS = 6;

    public HlAsset {
        if (assetId < 0) {
            throw new IllegalArgumentException("assetId must be >= 0");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (szDecimals < 0 || szDecimals > PERP_MAX_DECIMALS) {
            throw new IllegalArgumentException("szDecimals out of range 0.." + PERP_MAX_DECIMALS + ": " + szDecimals);
        }
    }

    /** Scales of this perp: price ticks of {@code 10^-(6 - szDecimals)}, size lots of {@code 10^-szDecimals}. */
    public InstrumentSpec instrument() {
        return new InstrumentSpec(name, PERP_MAX_DECIMALS - szDecimals, szDecimals);
    }
}
