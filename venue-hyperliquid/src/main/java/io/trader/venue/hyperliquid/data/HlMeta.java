package io.trader.venue.hyperliquid.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The perp universe of one dex, in asset-id order.
 *
 * @param universe assets in the venue's order; {@code universe.get(i).assetId() == offset + i} for one offset (0 for
 *                 the first perp dex, {@code 10000} for spot, {@code 100000 + ...} for a builder dex)
 */
public record HlMeta(List<HlAsset> universe) {

    public HlMeta {
        universe = List.copyOf(universe);
        int offset = universe.isEmpty() ? 0 : universe.get(0).assetId();
        for (int i = 0; i < universe.size(); i++) {
            if (universe.get(i).assetId() != offset + i) {
                throw new IllegalArgumentException("asset " + universe.get(i).name() + " has id "
                        + universe.get(i).assetId() + " at index " + i);
            }
        }
    }

    /** The asset called {@code coin}. */
    public Optional<HlAsset> asset(String coin) {
        for (HlAsset a : universe) {
            if (a.name().equals(coin)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Coin name to asset. */
    public Map<String, HlAsset> byName() {
        Map<String, HlAsset> out = new HashMap<>();
        universe.forEach(a -> out.put(a.name(), a));
        return out;
    }
}
