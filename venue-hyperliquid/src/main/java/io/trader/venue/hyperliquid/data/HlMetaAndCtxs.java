package io.trader.venue.hyperliquid.data;

import java.util.List;
import java.util.Optional;

/**
 * {@code metaAndAssetCtxs}: the universe and, index by index, each asset's live context.
 *
 * @param meta the universe
 * @param ctxs one context per asset, same order
 */
public record HlMetaAndCtxs(HlMeta meta, List<HlAssetCtx> ctxs) {

    public HlMetaAndCtxs {
        ctxs = List.copyOf(ctxs);
        if (ctxs.size() != meta.universe().size()) {
            throw new IllegalArgumentException(ctxs.size() + " contexts for " + meta.universe().size() + " assets");
        }
    }

    /** Context of {@code coin}. */
    public Optional<HlAssetCtx> ctx(String coin) {
        return ctxs.stream().filter(c -> c.coin().equals(coin)).findFirst();
    }
}
