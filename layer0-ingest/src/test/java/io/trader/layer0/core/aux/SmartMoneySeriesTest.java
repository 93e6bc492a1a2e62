package io.trader.layer0.core.aux;

import io.trader.core.market.MarketContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmartMoneySeriesTest {

    @Test
    void aPointIsVisibleFromItsTimeAndUnknownOnceStale() {
        SmartMoneySeries s = new SmartMoneySeries("BTC", 60_000, 100);
        MarketContext c = new MarketContext();
        s.append(1_000, 0.5, 0.1, 0.9);
        s.append(31_000, -0.2, -0.3, 0.4);
        s.fill(999, c);
        assertTrue(Double.isNaN(c.smartMoneyBias()), "nothing known before the first point");
        s.fill(1_000, c);
        assertEquals(0.5, c.smartMoneyBias());
        assertEquals(1_000, c.smartMoneyTime());
        s.fill(30_999, c);
        assertEquals(0.5, c.smartMoneyBias(), "the later point is not visible before its time");
        s.fill(31_000, c);
        assertEquals(-0.2, c.smartMoneyBias());
        assertEquals(-0.3, c.smartMoneyDivergence());
        assertEquals(0.4, c.smartMoneyConfidence());
        s.fill(91_000, c);
        assertEquals(-0.2, c.smartMoneyBias(), "exactly at the age limit: still known");
        s.fill(91_001, c);
        assertTrue(Double.isNaN(c.smartMoneyBias()), "a stopped feed is unknown, not frozen");
        assertTrue(Double.isNaN(c.smartMoneyConfidence()));
    }

    @Test
    void lateOrOutOfRangePointsAreCountedAndDropped() {
        SmartMoneySeries s = new SmartMoneySeries("ETH", 60_000, 100);
        assertTrue(s.append(5_000, 0, 0, 0));
        assertFalse(s.append(5_000, 0.1, 0, 0.5), "same time");
        assertFalse(s.append(4_000, 0.1, 0, 0.5), "earlier");
        assertFalse(s.append(6_000, 1.5, 0, 0.5), "bias above 1");
        assertFalse(s.append(7_000, 0.1, 0, Double.NaN), "unknown confidence");
        assertEquals(1, s.size());
        assertEquals(4, s.rejected());
    }

    @Test
    void memoryIsBoundedAndTheNewestPointsAreKept() {
        SmartMoneySeries s = new SmartMoneySeries("SOL", 10, 100);
        for (int i = 1; i <= 1_000; i++) {
            s.append(i * 10L, (i % 200 - 100) / 100.0, 0, 1);
        }
        assertEquals(100, s.size());
        MarketContext c = new MarketContext();
        for (int i = 901; i <= 1_000; i++) {
            s.fill(i * 10L + 5, c);
            assertEquals((i % 200 - 100) / 100.0, c.smartMoneyBias(), "point " + i);
        }
        s.fill(900 * 10L, c);
        assertTrue(Double.isNaN(c.smartMoneyBias()), "dropped points are gone");
    }
}
