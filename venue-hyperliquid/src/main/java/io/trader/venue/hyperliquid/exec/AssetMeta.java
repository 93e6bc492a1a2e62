package io.trader.venue.hyperliquid.exec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One tradable Hyperliquid asset as the signing layer needs it.
 *
 * @param name        coin name used by info requests, e.g. {@code BTC}
 * @param assetId     the {@code a}/{@code asset} number in actions: the index in {@code meta.universe} for
 *                    perps of the first dex; {@code 10000 + spot index} for spot
 * @param szDecimals  decimals allowed in sizes (from {@code meta})
 * @param maxLeverage the venue's maximum leverage (1 for spot)
 */
public record AssetMeta(String name, int assetId, int szDecimals, int maxLeverage) {

    /** Spot asset ids are {@code 10000 + index}; builder-deployed perps start at 100000. */
    public static final int SPOT_ID_OFFSET = 10_000;
    private static final int BUILDER_PERP_ID_OFFSET = 100_000;

    public AssetMeta {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (assetId < 0) {
            throw new IllegalArgumentException("assetId must not be negative: " + assetId);
        }
        if (szDecimals < 0 || szDecimals > 8) {
            throw new IllegalArgumentException("szDecimals out of range 0..8: " + szDecimals);
        }
        if (maxLeverage < 1) {
            throw new IllegalArgumentException("maxLeverage must be at least 1: " + maxLeverage);
        }
    }

    /** True for spot ids ({@code 10000 ≤ id < 100000}), where prices may carry 8 − szDecimals decimals. */
    public boolean isSpot() {
        return assetId >= SPOT_ID_OFFSET && assetId < BUILDER_PERP_ID_OFFSET;
    }

    /** Most decimals a price may have: {@code 6 − szDecimals} for perps, {@code 8 − szDecimals} for spot. */
    public int maxPriceDecimals() {
        return Math.max(0, (isSpot() ? 8 : 6) - szDecimals);
    }

    /** Perp assets of a {@code meta} reply of the first perp dex: the id is the position in {@code universe}. */
    public static List<AssetMeta> fromMeta(JsonNode meta) {
        return fromMeta(meta, 0);
    }

    /**
     * Perp assets of a {@code meta} reply, with ids {@code idOffset + index} (0 for the first dex; a
     * builder-deployed dex uses {@code 100000 + dexIndex * 10000}). Delisted assets keep their index.
     */
    public static List<AssetMeta> fromMeta(JsonNode meta, int idOffset) {
        JsonNode universe = meta.path("universe");
        if (!universe.isArray()) {
            throw new IllegalArgumentException("meta reply has no universe array");
        }
        List<AssetMeta> out = new ArrayList<>(universe.size());
        for (int i = 0; i < universe.size(); i++) {
            JsonNode a = universe.get(i);
            out.add(new AssetMeta(a.path("name").asText(), idOffset + i, a.path("szDecimals").asInt(-1),
                    a.path("maxLeverage").asInt(1)));
        }
        return List.copyOf(out);
    }
}
