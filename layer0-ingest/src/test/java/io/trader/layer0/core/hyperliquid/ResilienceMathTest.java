package io.trader.layer0.core.hyperliquid;

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
    void weightBudgetQueuesReservationsAndRefillsWithTime() {
        HlWeightBudget budget = new HlWeightBudget(1200, 60_000);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, budget.reserve(20, 0), "burst of 1200");
        }
        assertEquals(1_000, budget.reserve(20, 0));
        assertEquals(2_000, budget.reserve(20, 0));
        assertEquals(0, budget.reserve(2, 120_000), "refilled, capped at capacity");
        assertEquals(1198.0, budget.available(120_000), 1e-9);
        assertEquals(2, HlWeightBudget.infoWeight("l2Book"));
        assertEquals(20, HlWeightBudget.infoWeight("candleSnapshot"));
        assertEquals(60, HlWeightBudget.infoWeight("userRole"));
    }

    @Test
    void csvRowsInTheSharedDataLayout() {
        HlCandle c = HlInfoParser.candles(Recorded.response("test_get_candles_snapshot.yaml", "candleSnapshot")).get(0);
        assertEquals("2023-05-21T20:00:00.000Z,0.001601,0.001616,0.001601,0.001604,520665683", HlCandleCsv.row(c));
        assertEquals(1684699200000L, HlCandleCsv.openTimeOf(HlCandleCsv.row(c)));
        assertEquals(io.trader.layer0.core.DateText.INVALID, HlCandleCsv.openTimeOf(HlCandleCsv.HEADER));
    }
}
