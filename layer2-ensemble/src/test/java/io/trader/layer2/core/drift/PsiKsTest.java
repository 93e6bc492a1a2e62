package io.trader.layer2.core.drift;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PSI and KS against hand-computed examples and known Kolmogorov p-values (scipy.special.kolmogorov). */
class PsiKsTest {

    private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void psiByHand() {
        // 2 bins from the reference median edge ref[5] = 6: reference 5 | 5, recent 3 | 7
        double[] recent = {1, 2, 3, 6, 7, 8, 9, 10, 10, 10};
        double expected = (0.3 - 0.5) * Math.log(0.3 / 0.5) + (0.7 - 0.5) * Math.log(0.7 / 0.5);
        assertEquals(expected, Psi.of(ONE_TO_TEN, recent, 2), 1e-12);
        assertEquals(0.2 * Math.log(7.0 / 3.0), Psi.of(ONE_TO_TEN, recent, 2), 1e-12);
    }

    @Test
    void psiIsZeroForTheSameDistributionAndUsesEpsilonForEmptyBins() {
        assertEquals(0.0, Psi.of(ONE_TO_TEN, ONE_TO_TEN.clone(), 5), 1e-15);
        double[] allLow = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        double eps = Psi.EPSILON;
        double expected = (1 - 0.5) * Math.log(1 / 0.5) + (eps - 0.5) * Math.log(eps / 0.5);
        assertEquals(expected, Psi.of(ONE_TO_TEN, allLow, 2), 1e-12);
    }

    @Test
    void psiQuantileBinsAndTies() {
        // 4 bins on 1..8: edges 3, 5, 7 -> {1,2} {3,4} {5,6} {7,8}; recent fractions 4/8, 1/8, 1/8, 2/8
        double[] ref = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] rec = {1, 1, 2, 2, 3, 5, 7, 8};
        double expected = (0.5 - 0.25) * Math.log(0.5 / 0.25) + 2 * (0.125 - 0.25) * Math.log(0.125 / 0.25);
        assertEquals(expected, Psi.of(ref, rec, 4), 1e-12);
        // a lumpy reference: edges 1, 1, 2, 4 -> bins (<2) (2..4) (>=4), no empty reference bin
        double[] lumpy = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
        assertEquals(0.0, Psi.of(lumpy, lumpy.clone(), 5), 1e-15);
        double[] rec2 = {1, 1, 1, 2, 2, 3, 4, 5, 5, 5};
        double e2 = (0.3 - 0.6) * Math.log(0.3 / 0.6) + (0.3 - 0.2) * Math.log(0.3 / 0.2) + (0.4 - 0.2) * Math.log(0.4 / 0.2);
        assertEquals(e2, Psi.of(lumpy, rec2, 5), 1e-12);
    }

    @Test
    void psiThresholdsSeparateNoiseFromAShift() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] ref = new double[2000];
        double[] same = new double[2000];
        double[] shifted = new double[2000];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = rnd.nextGaussian();
            same[i] = rnd.nextGaussian();
            shifted[i] = rnd.nextGaussian() + 0.5;
        }
        assertTrue(Psi.of(ref, same, 10) < Psi.WARN, "same distribution: " + Psi.of(ref, same, 10));
        // half a standard deviation: PSI ~ 0.25 (z^2 for a normal mean shift of z)
        double psi = Psi.of(ref, shifted, 10);
        assertTrue(psi > Psi.WARN && psi < 0.4, "shift 0.5 sd: " + psi);
    }

    @Test
    void ksStatisticByHand() {
        assertEquals(0.5, KsTest.statistic(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6}), 1e-15);
        assertEquals(1.0, KsTest.statistic(new double[] {0.1, 0.2, 0.3}, new double[] {0.4, 0.5}), 1e-15);
        assertEquals(1.0 / 3, KsTest.statistic(new double[] {1, 1, 2}, new double[] {1, 2, 2}), 1e-15);
        assertEquals(0.0, KsTest.statistic(ONE_TO_TEN, ONE_TO_TEN.clone()), 1e-15);
        assertEquals(0.5, KsTest.statistic(new double[] {1, 2, Double.NaN, 3, 4}, new double[] {3, 4, 5, 6}), 1e-15);
    }

    @Test
    void kolmogorovDistributionMatchesKnownValues() {
        double[][] known = { // t, P(K > t) from scipy.special.kolmogorov
                {0.5, 0.9639452436648751}, {0.8, 0.5441424115741981}, {1.0, 0.26999967167735456},
                {1.2238, 0.10002342783567782}, {1.3581, 0.0499996304316674}, {1.6276, 0.010001537333060776},
                {1.9495, 0.0009998019790258981}, {2.5, 7.453306344157342e-06}};
        for (double[] k : known) {
            assertEquals(k[1], KsTest.kolmogorovQ(k[0]), 1e-9 + 1e-9 * k[1], "Q(" + k[0] + ")");
        }
        assertEquals(1.0, KsTest.kolmogorovQ(0.0), 0.0);
    }

    @Test
    void twoSamplePValueUsesTheEffectiveSize() {
        // n1 = n2 = 1000 -> ne = 500; D chosen so that (sqrt(ne) + 0.12 + 0.11/sqrt(ne)) D = 1.3581 -> p = 0.05
        double sq = Math.sqrt(500);
        double d = 1.3581 / (sq + 0.12 + 0.11 / sq);
        assertEquals(0.05, KsTest.pValue(d, 1000, 1000), 1e-5);
        SplittableRandom rnd = new SplittableRandom(11);
        double[] a = new double[500];
        double[] b = new double[500];
        double[] c = new double[500];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextGaussian();
            b[i] = rnd.nextGaussian();
            c[i] = rnd.nextGaussian() + 0.5;
        }
        assertTrue(KsTest.pValue(a, b) > 0.01, "same distribution " + KsTest.pValue(a, b));
        assertTrue(KsTest.pValue(a, c) < 1e-6, "shifted by half a sd " + KsTest.pValue(a, c));
    }
}
