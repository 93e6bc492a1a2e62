package io.trader.venue.hyperliquid.data;

import io.trader.core.market.Candle;

import io.trader.core.domain.InstrumentSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The info parsers against the recorded responses, value by value. */
class HlInfoParserTest {

    @Test
    void metaGivesAssetIdsSzDecimalsAndScales() {
        HlMeta meta = HlInfoParser.meta(Recorded.response("test_get_info.yaml", "meta"));

        assertEquals(28, meta.universe().size());
        HlAsset btc = meta.universe().get(0);
        assertEquals(new HlAsset(0, "BTC", 5, 50, false, false), btc);
        assertEquals(new InstrumentSpec("BTC", 1, 5), btc.instrument());
        assertEquals(new HlAsset(27, "APT", 2, 50, false, false), meta.universe().get(27));
        assertEquals(15, meta.asset("kPEPE").orElseThrow().assetId());
        assertEquals(new InstrumentSpec("kPEPE", 6, 0), meta.asset("kPEPE").orElseThrow().instrument());
        assertEquals(new InstrumentSpec("DYDX", 5, 1), HlInstruments.of(meta).require("DYDX"));
    }

    @Test
    void allMidsAreExactDecimals() {
        Map<String, BigDecimal> mids = HlInfoParser.allMids(Recorded.response("test_get_all_mids.yaml", "allMids"));

        assertEquals(28, mids.size());
        assertEquals(new BigDecimal("30135.0"), mids.get("BTC"));
        assertEquals(new BigDecimal("0.001565"), mids.get("kPEPE"));
        assertEquals(new BigDecimal("2.11305"), mids.get("DYDX"));
    }

    @Test
    void l2BookLevelsInTicksAndLots() {
        HlInstruments table = HlInstruments.of(HlInfoParser.meta(Recorded.response("test_get_l2_snapshot.yaml", "meta")));
        L2Snapshot s = HlInfoParser.l2Book(Recorded.response("test_get_l2_snapshot.yaml", "l2Book"), table);

        assertEquals("DYDX", s.coin());
        assertEquals(1689630203930L, s.time());
        assertEquals(20, s.bidCount());
        assertEquals(20, s.askCount());
        assertEquals(211_100, s.bidPrice(0));
        assertEquals(1_344, s.bidSize(0));
        assertEquals(1, s.bidOrders(0));
        assertEquals(210_520, s.bidPrice(5));
        assertEquals(28_009, s.bidSize(5));
        assertEquals(2, s.bidOrders(5));
        assertEquals(181_000, s.bidPrice(19));
        assertEquals(23_970, s.bidSize(19));
        assertEquals(211_240, s.askPrice(0));
        assertEquals(3_523, s.askSize(0));
        assertEquals(2, s.askOrders(0));
        assertEquals(215_180, s.askPrice(19));
        assertEquals(620, s.askSize(19));
        assertTrue(s.isConsistent());

        L2Book book = new L2Book(table.require("DYDX"));
        assertEquals(L2Book.Result.APPLIED, book.apply(s));
        assertEquals(new BigDecimal("2.11170"), book.mid());
        assertEquals(140, book.spreadTicks());
    }

    @Test
    void candleSnapshotRowsExact() {
        List<Candle> candles = HlInfoParser.candles(Recorded.response("test_get_candles_snapshot.yaml", "candleSnapshot"));

        assertEquals(24, candles.size());
        Candle first = candles.get(0);
        assertEquals(new Candle("kPEPE", "1h", 1684699200000L, 1684702799999L, new BigDecimal("0.001601"),
                new BigDecimal("0.001616"), new BigDecimal("0.001601"), new BigDecimal("0.001604"),
                new BigDecimal("520665683.0"), 709), first);
        for (int i = 1; i < candles.size(); i++) {
            assertEquals(candles.get(i - 1).openTime() + 3_600_000L, candles.get(i).openTime());
            assertEquals(candles.get(i).openTime() + 3_599_999L, candles.get(i).closeTime());
        }
    }

    @Test
    void fundingHistoryBothRecordings() {
        List<HlFunding> ranged = HlInfoParser.fundingHistory(
                Recorded.response("test_get_funding_history[1684811870000].yaml", "fundingHistory"));
        List<HlFunding> open = HlInfoParser.fundingHistory(
                Recorded.response("test_get_funding_history[None].yaml", "fundingHistory"));

        assertEquals(new HlFunding("BTC", new BigDecimal("-0.00061334"), new BigDecimal("-0.00091334"), 1683849600048L),
                ranged.get(0));
        assertEquals(ranged.get(0), open.get(0));
        assertEquals(ranged.size(), ranged.stream().mapToLong(HlFunding::time).distinct().count());
        assertTrue(open.size() > ranged.size());
        for (int i = 1; i < open.size(); i++) {
            assertTrue(open.get(i).time() > open.get(i - 1).time());
        }
    }

    @Test
    void userFillsAndFillsByTimeRecordings() {
        List<HlFill> all = HlUserMessages.fills(Recorded.response("test_get_user_fills.yaml", "userFills"));
        List<HlFill> byTime = HlUserMessages.fills(
                Recorded.response("test_get_user_fills_by_time.yaml", "userFillsByTime"));

        assertEquals(all, byTime);
        assertTrue(all.size() > 100);
        HlFill f = all.get(1);
        assertEquals("SUI", f.coin());
        assertEquals(new BigDecimal("-14.771454"), f.closedPnl());
        assertTrue(f.crossed());
        assertNull(f.feeToken(), "2023 recordings have no feeToken");
        assertEquals(0, f.tid(), "nor tid");
    }

    @Test
    void metaAndAssetCtxsLinesContextsUpByIndex() {
        String json = "[{\"universe\":[{\"name\":\"BTC\",\"szDecimals\":5,\"maxLeverage\":40},"
                + "{\"name\":\"ETH\",\"szDecimals\":4,\"maxLeverage\":25,\"onlyIsolated\":true}]},"
                + "[{\"dayNtlVlm\":\"1169046.29406\",\"funding\":\"0.0000125\",\"impactPxs\":[\"14.3047\",\"14.3444\"],"
                + "\"markPx\":\"14.3161\",\"midPx\":\"14.314\",\"openInterest\":\"688.11\",\"oraclePx\":\"14.32\","
                + "\"premium\":\"0.00031774\",\"prevDayPx\":\"15.322\"},"
                + "{\"dayNtlVlm\":\"0.0\",\"funding\":\"-0.00002\",\"markPx\":\"3000.5\",\"openInterest\":\"1.5\","
                + "\"oraclePx\":\"3001\",\"prevDayPx\":\"2990\"}]]";

        HlMetaAndCtxs m = HlInfoParser.metaAndAssetCtxs(json);

        assertEquals(new HlAssetCtx("BTC", 0, new BigDecimal("0.0000125"), new BigDecimal("688.11"),
                new BigDecimal("14.3161"), new BigDecimal("14.32"), new BigDecimal("14.314"), new BigDecimal("0.00031774"),
                new BigDecimal("15.322"), new BigDecimal("1169046.29406")), m.ctxs().get(0));
        HlAssetCtx eth = m.ctx("ETH").orElseThrow();
        assertEquals(1, eth.assetId());
        assertEquals(new BigDecimal("-0.00002"), eth.funding());
        assertNull(eth.midPx());
        assertTrue(m.meta().universe().get(1).onlyIsolated());
        assertFalse(m.meta().universe().get(0).onlyIsolated());
    }

    @Test
    void malformedBodiesNameTheirReason() {
        assertEquals(HlMalformed.MISSING_FIELD, reason(() -> HlInfoParser.meta("{\"nouniverse\":[]}")));
        assertEquals(HlMalformed.INVALID_JSON, reason(() -> HlInfoParser.meta("{\"universe\":[")));
        assertEquals(HlMalformed.BAD_NUMBER, reason(() -> HlInfoParser.fundingHistory(
                "[{\"coin\":\"BTC\",\"fundingRate\":\"abc\",\"premium\":\"0\",\"time\":1}]")));
        assertEquals(HlMalformed.BAD_VALUE, reason(() -> HlInfoParser.metaAndAssetCtxs("[{\"universe\":[]}]")));
        assertEquals(HlMalformed.UNKNOWN_COIN, reason(() -> HlInfoParser.l2Book(
                "{\"coin\":\"XYZ\",\"time\":1,\"levels\":[[],[]]}", HlInstruments.of())));
        assertEquals(HlMalformed.PRECISION, reason(() -> HlInfoParser.l2Book(
                "{\"coin\":\"BTC\",\"time\":1,\"levels\":[[{\"px\":\"30000.05\",\"sz\":\"1\",\"n\":1}],[]]}",
                HlInstruments.of(HlInstruments.perp("BTC", 5)))));
    }

    private static HlMalformed reason(Runnable r) {
        return assertThrows(HlMalformedException.class, r::run).reason();
    }
}
