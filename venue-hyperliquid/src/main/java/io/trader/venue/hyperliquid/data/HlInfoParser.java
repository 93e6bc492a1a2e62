package io.trader.venue.hyperliquid.data;

import io.trader.core.market.Candle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pure parsers of {@code POST /info} response bodies. Each method returns the typed value or throws
 * {@link HlMalformedException} naming the first problem; none allocates more than the result needs, and none does
 * I/O.
 */
public final class HlInfoParser {

    private HlInfoParser() {
    }

    /** {@code meta}: the perp universe; an asset's index is its asset id. */
    public static HlMeta meta(String json) {
        try {
            return meta(HlJson.object(HlJson.read(json), "meta"));
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    static HlMeta meta(JsonNode root) {
        return meta(root, 0);
    }

    /**
     * A parsed {@code meta} reply with asset ids {@code idOffset + index} (0 for the first perp dex; a builder dex
     * uses {@code 100000 + dexIndex * 10000}). Delisted assets keep their index. Throws {@link HlMalformedException}
     * when it does not parse.
     */
    public static HlMeta meta(JsonNode root, int idOffset) {
        JsonNode universe = HlJson.array(HlJson.field(root, "universe"), "universe");
        List<HlAsset> assets = new ArrayList<>(universe.size());
        for (int i = 0; i < universe.size(); i++) {
            JsonNode a = HlJson.object(universe.get(i), "asset");
            int sz = HlJson.intOf(a, "szDecimals");
            if (sz < 0 || sz > HlAsset.PERP_MAX_DECIMALS) {
                throw HlMalformedException.of(HlMalformed.BAD_VALUE, "szDecimals " + sz);
            }
            assets.add(new HlAsset(idOffset + i, HlJson.text(a, "name"), sz, (int) HlJson.optLong(a, "maxLeverage", 1),
                    HlJson.optBool(a, "onlyIsolated"), HlJson.optBool(a, "isDelisted")));
        }
        return new HlMeta(assets);
    }

    /** {@code metaAndAssetCtxs}: {@code [meta, [ctx...]]}, contexts lined up with the universe by index. */
    public static HlMetaAndCtxs metaAndAssetCtxs(String json) {
        try {
            JsonNode root = HlJson.array(HlJson.read(json), "metaAndAssetCtxs");
            if (root.size() != 2) {
                throw HlMalformedException.of(HlMalformed.BAD_VALUE, "metaAndAssetCtxs needs 2 elements");
            }
            HlMeta meta = meta(HlJson.object(root.get(0), "meta"));
            JsonNode ctxs = HlJson.array(root.get(1), "assetCtxs");
            if (ctxs.size() != meta.universe().size()) {
                throw HlMalformedException.of(HlMalformed.BAD_VALUE, ctxs.size() + " contexts for "
                        + meta.universe().size() + " assets");
            }
            List<HlAssetCtx> out = new ArrayList<>(ctxs.size());
            for (int i = 0; i < ctxs.size(); i++) {
                JsonNode c = HlJson.object(ctxs.get(i), "assetCtx");
                out.add(new HlAssetCtx(meta.universe().get(i).name(), i, HlJson.decimal(c, "funding"),
                        HlJson.decimal(c, "openInterest"), HlJson.decimal(c, "markPx"), HlJson.decimal(c, "oraclePx"),
                        HlJson.optDecimal(c, "midPx"), HlJson.optDecimal(c, "premium"),
                        HlJson.optDecimal(c, "prevDayPx"), HlJson.optDecimal(c, "dayNtlVlm")));
            }
            return new HlMetaAndCtxs(meta, out);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** {@code allMids}: coin to mid price (spot pairs appear as {@code @index} or {@code PURR/USDC}). */
    public static Map<String, BigDecimal> allMids(String json) {
        try (JsonParser p = HlStreamingParser.FACTORY.createParser(json)) {
            p.nextToken();
            Map<String, BigDecimal> mids = HlStreamingParser.midsMap(p);
            end(p);
            return mids;
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** {@code l2Book}: a fresh snapshot scaled with {@code instruments}. */
    public static L2Snapshot l2Book(String json, HlInstruments instruments) {
        try (JsonParser p = HlStreamingParser.FACTORY.createParser(json)) {
            p.nextToken();
            L2Snapshot s = new L2Snapshot();
            new HlStreamingParser().book(p, instruments, s);
            end(p);
            return s;
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** {@code candleSnapshot}: candles in the order sent (oldest first). */
    public static List<Candle> candles(String json) {
        try {
            JsonNode root = HlJson.array(HlJson.read(json), "candleSnapshot");
            List<Candle> out = new ArrayList<>(root.size());
            for (JsonNode c : root) {
                out.add(candle(c));
            }
            return out;
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** One candle object {@code {t, T, s, i, o, c, h, l, v, n}}. */
    static Candle candle(JsonNode c) {
        HlJson.object(c, "candle");
        return HlChecks.candle(new Candle(HlJson.text(c, "s"), HlJson.text(c, "i"), HlJson.longOf(c, "t"),
                HlJson.longOf(c, "T"), HlJson.decimal(c, "o"), HlJson.decimal(c, "h"), HlJson.decimal(c, "l"),
                HlJson.decimal(c, "c"), HlJson.decimal(c, "v"), HlJson.optLong(c, "n", 0)));
    }

    /** {@code fundingHistory}: rows in the order sent (oldest first). */
    public static List<HlFunding> fundingHistory(String json) {
        try {
            JsonNode root = HlJson.array(HlJson.read(json), "fundingHistory");
            List<HlFunding> out = new ArrayList<>(root.size());
            for (JsonNode f : root) {
                HlJson.object(f, "funding");
                HlChecks.time(HlJson.longOf(f, "time"), "funding time");
                out.add(new HlFunding(HlJson.text(f, "coin"), HlJson.decimal(f, "fundingRate"),
                        HlJson.decimal(f, "premium"), HlJson.longOf(f, "time")));
            }
            return out;
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static void end(JsonParser p) throws Exception {
        if (p.nextToken() != null) {
            throw HlMalformedException.of(HlMalformed.INVALID_JSON, "trailing content");
        }
    }

    static HlMalformedException rethrow(Exception e) {
        if (e instanceof HlMalformedException m) {
            return m;
        }
        return new HlMalformedException(HlMalformedException.reasonOf(e), String.valueOf(e.getMessage()));
    }
}
