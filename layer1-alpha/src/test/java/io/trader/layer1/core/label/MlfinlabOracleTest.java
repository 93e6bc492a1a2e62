package io.trader.layer1.core.label;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reproduces the numbers of mlfinlab's label and filter tests (shared/oracles/mlfinlab, README section 2). */
class MlfinlabOracleTest {

    private final PriceSeries bars = DollarBars.load();

    @Test
    void dailyVolatilityMatchesPandasBitForBit() {
        DailyVolatility.Series vol = DailyVolatility.compute(bars, 100);
        assertEquals(1000, bars.size());
        assertEquals(960, vol.length());
        assertEquals("2015-01-04 23:20:12.567", DollarBars.text(bars.times()[vol.firstIndex()]));
        assertTrue(Double.isNaN(vol.values()[0]));
        assertEquals(1, Arrays.stream(vol.values()).filter(Double::isNaN).count());
        assertEquals(0.008968238932170641, vol.values()[959], 0.0);
    }

    @Test
    void cusumEventsAtTwoPercent() {
        int[] ev = CusumFilter.events(bars.close(), 0.02);
        String[] expected = {"2015-01-05 15:40:45.114", "2015-01-08 01:48:57.964", "2015-01-12 14:56:49.380",
            "2015-01-13 18:53:58.129", "2015-01-16 00:15:15.421", "2015-01-16 20:51:57.294",
            "2015-01-22 13:42:25.117", "2015-01-27 15:32:38.987", "2015-01-28 20:35:26.283"};
        assertEquals(Arrays.asList(expected), Arrays.stream(ev).mapToObj(i -> DollarBars.text(bars.times()[i])).toList());
    }

    @Test
    void cusumEventCountsPerThreshold() {
        double[] h = {0.005, 0.007, 0.01, 0.015, 0.02, 0.03, 0.04};
        int[] counts = {100, 63, 37, 17, 9, 5, 2};
        for (int k = 0; k < h.length; k++) {
            assertEquals(counts[k], CusumFilter.events(bars.close(), h[k]).length, "threshold " + h[k]);
        }
    }
}
