package io.trader.correlation.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pearson and Spearman against values worked out by hand. */
class CorrelationsTest {

    private static final double NaN = Double.NaN;

    @Test
    void pearsonByHand() {
        // dx = -2..2, dy = -2,0,1,0,1: sum dxdy = 6, sum dx2 = 10, sum dy2 = 6 -> 6 / sqrt(60)
        Cell c = Correlations.correlate(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}, Method.PEARSON, 3);
        assertEquals(6 / Math.sqrt(60), c.value(), 1e-15);
        assertEquals(0.7745966692414834, c.value(), 1e-15);
        assertEquals(5, c.n());
    }

    @Test
    void spearmanAveragesTiedRanks() {
        // y = 2,4,5,4,5 ranks 1, 2.5, 4.5, 2.5, 4.5; x ranks 1..5: sum = 7, sum dy2 = 9, sum dx2 = 10 -> 7/sqrt(90)
        assertArrayEquals(new double[] {1, 2.5, 4.5, 2.5, 4.5}, Correlations.ranks(new double[] {2, 4, 5, 4, 5}));
        Cell c = Correlations.correlate(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}, Method.SPEARMAN,
                3);
        assertEquals(7 / Math.sqrt(90), c.value(), 1e-15);
        assertEquals(0.7378647873726218, c.value(), 1e-15);
        // monotone but not linear: Spearman 1, Pearson below 1
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1, 8, 27, 64, 125, 216};
        assertEquals(1.0, Correlations.correlate(x, y, Method.SPEARMAN, 3).value(), 1e-15);
        assertTrue(Correlations.correlate(x, y, Method.PEARSON, 3).value() < 0.99);
    }

    @Test
    void onlyPairwiseCompleteObservationsCount() {
        double[] x = {1, NaN, 2, 3, 4, 5, 7};
        double[] y = {2, 9, 4, 5, NaN, 4, 5};
        // complete: (1,2) (2,4) (3,5) (5,4) (7,5) -> same as hand values below
        Cell c = Correlations.correlate(x, y, Method.PEARSON, 3);
        assertEquals(5, c.n());
        double mx = 18 / 5.0;
        double my = 4;
        double[] a = {1, 2, 3, 5, 7};
        double[] b = {2, 4, 5, 4, 5};
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < 5; i++) {
            sab += (a[i] - mx) * (b[i] - my);
            saa += (a[i] - mx) * (a[i] - mx);
            sbb += (b[i] - my) * (b[i] - my);
        }
        assertEquals(sab / Math.sqrt(saa * sbb), c.value(), 1e-15);
    }

    @Test
    void constantSeriesIsUndefinedWithTheReason() {
        Cell c = Correlations.correlate(new double[] {3, 3, 3, 3}, new double[] {1, 2, 3, 4}, Method.PEARSON, 3);
        assertFalse(c.defined());
        assertNull(c.value());
        assertEquals(4, c.n());
        assertTrue(c.reason().contains("constant"), c.reason());
        assertTrue(Correlations.correlate(new double[] {1, 2, 3, 4}, new double[] {5, 5, 5, 5}, Method.SPEARMAN, 3)
                .reason().contains("second series is constant"));
    }

    @Test
    void tooFewObservationsIsUndefinedWithTheNumbers() {
        Cell c = Correlations.correlate(new double[] {1, 2, NaN, 4}, new double[] {1, 3, 2, NaN}, Method.PEARSON, 3);
        assertEquals(2, c.n());
        assertEquals("2 overlapping observations, fewer than the minimum 3", c.reason());
    }

    @Test
    void perfectAndOppositeSeries() {
        double[] x = {1, 2, 3, 4};
        assertEquals(1.0, Correlations.correlate(x, new double[] {2, 4, 6, 8}, Method.PEARSON, 3).value(), 1e-15);
        assertEquals(-1.0, Correlations.correlate(x, new double[] {8, 6, 4, 2}, Method.SPEARMAN, 3).value(), 1e-15);
    }
}
