package io.trader.layer4.core.algo;

import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionMetricsTest {

    private static final long[] LOTS = {2, 2};
    private static final double[] PRICES = {100, 102};

    @Test
    void buyAboveArrivalIsAPositiveCost() {
        ExecutionMetrics m = ExecutionMetrics.of(Side.BUY, 100, 100.5, LOTS, PRICES, 40);
        assertEquals(101, m.averageFillPrice(), 1e-12);
        assertEquals(4, m.filledLots());
        assertEquals(100, m.shortfallBps(), 1e-9);
        assertEquals(0.5 / 100.5 * 1e4, m.vsTwapBps(), 1e-9);
        assertEquals(0.1, m.participation(), 1e-15);
    }

    @Test
    void sellAboveArrivalIsAGain() {
        ExecutionMetrics m = ExecutionMetrics.of(Side.SELL, 100, 101, LOTS, PRICES, 0);
        assertEquals(-100, m.shortfallBps(), 1e-9);
        assertEquals(0, m.vsTwapBps(), 1e-9);
        assertTrue(Double.isNaN(m.participation()), "unknown market volume");
    }

    @Test
    void weightsByLotsAndAcceptsTicks() {
        ExecutionMetrics.Accumulator acc = new ExecutionMetrics.Accumulator(Side.BUY, 10.0, Double.NaN);
        acc.fillTicks(3, 1000, 0.01);   // 10.00
        acc.fillTicks(1, 1040, 0.01);   // 10.40
        ExecutionMetrics m = acc.metrics(8);
        assertEquals(10.1, m.averageFillPrice(), 1e-12);
        assertEquals(100, m.shortfallBps(), 1e-9);
        assertTrue(Double.isNaN(m.vsTwapBps()));
        assertEquals(0.5, m.participation(), 1e-15);
    }

    @Test
    void twapBenchmarkIsTheMeanOfEvenlySampledPrices() {
        assertEquals(101, ExecutionMetrics.twapPrice(new double[] {100, 101, 102}), 1e-12);
        assertTrue(Double.isNaN(ExecutionMetrics.twapPrice(new double[0])));
        assertThrows(IllegalArgumentException.class, () -> ExecutionMetrics.twapPrice(new double[] {100, Double.NaN}));
    }

    @Test
    void noFillsGiveNaNAndBadInputIsRefused() {
        ExecutionMetrics m = ExecutionMetrics.of(Side.BUY, 100, 100, new long[0], new double[0], 10);
        assertTrue(Double.isNaN(m.averageFillPrice()) && Double.isNaN(m.shortfallBps()));
        assertEquals(0, m.participation());
        assertThrows(IllegalArgumentException.class, () -> new ExecutionMetrics.Accumulator(Side.BUY, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ExecutionMetrics.of(Side.BUY, 100, 100, new long[] {1}, new double[] {-1}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ExecutionMetrics.of(Side.BUY, 100, 100, new long[] {1}, new double[0], 1));
    }
}
