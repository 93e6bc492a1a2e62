package io.trader.venue.hyperliquid.data;

import io.trader.layer0.core.candle.CandleCsv;
import io.trader.core.market.Candle;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResilienceMathTest {

    @Test
    void backoffDoublesUpToTheCapAndJitterOnlyShortens() {
        HlBackoff b = new HlBackoff(500, 30_000, 0.5);
        assertEquals(500, b.delay(0, 0));
        assertEquals(1_000, b.delay(1, 0));
        assertEquals(16_000, b.delay(5, 0));
        assertEquals(30_000, b.delay(6, 0));
        assertEquals(30_000, b.delay(10_000, 0));
        assertEquals(250, b.delay(0, 1.0));
        assertEquals(750, b.delay(1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new HlBackoff(0, 1, 0));
    }

    @Test
    void infoWeightsFollowTheRateLimitDoc() {
        assertEquals(2, HlInfoWeights.of("l2Book"));
        assertEquals(20, HlInfoWeights.of("candleSnapshot"));
        assertEquals(20, HlInfoWeights.of("metaAndAssetCtxs"));
        assertEquals(60, HlInfoWeights.of("userRole"));
        assertEquals(21, HlInfoWeights.candleSnapshot(1));
        assertEquals(21, HlInfoWeights.candleSnapshot(60));
        assertEquals(22, HlInfoWeights.candleSnapshot(61));
        assertEquals(29, HlInfoWeights.candleSnapshot(100_000), "a page holds at most 500 rows");
        assertEquals(21, HlInfoWeights.fundingHistory(0, 3_600_000L), "two hourly rows");
        assertEquals(22, HlInfoWeights.fundingHistory(0, 26 * 3_600_000L), "27 rows: 2 per-20 surcharges");
        assertEquals(45, HlInfoWeights.fundingHistory(0, Long.MAX_VALUE / 2), "a page holds at most 500 rows");
    }

    @Test
    void csvRowsInTheSharedDataLayout() {
        Candle c = HlInfoParser.candles(Recorded.response("test_get_candles_snapshot.yaml", "candleSnapshot")).get(0);
        assertEquals("2023-05-21T20:00:00.000Z,0.001601,0.001616,0.001601,0.001604,520665683", CandleCsv.row(c));
        assertEquals(1684699200000L, CandleCsv.openTimeOf(CandleCsv.row(c)));
        assertEquals(io.trader.layer0.core.DateText.INVALID, CandleCsv.openTimeOf(CandleCsv.HEADER));
    }
}
