package io.trader.layer2.core.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CentredIcTest {

    /** Against full recomputation with explicit decay weights, every step; refits every 100 samples. */
    @ParameterizedTest
    @CsvSource({"1, 200, 1.0, 31", "4, 300, 0.5, 32", "12, 1000, 0.0, 33"})
    void matchesNaiveReferenceEveryStep(int horizon, double halfLife, double tMin, long seed) {
        double[] skill = {0.3, 0.0, -0.2, 0.15};
        Samples s = Samples.market(seed, 1200, skill, 2, 0.3, 0.002, 0.01);
        CentredIc fast = new CentredIc(4, 2, horizon, halfLife, tMin);
        NaiveCentredIc naive = new NaiveCentredIc(4, horizon, halfLife, tMin);
        double[] contrib = new double[6];
        int weighted = 0;
        for (int k = 0; k < s.size(); k++) {
            String at = "step " + k;
            assertEquals(naive.predict(s.x[k]), fast.predict(s.x[k]), 1e-9, at);
            fast.update(s.x[k], s.y[k], s.r[k]);
            naive.update(s.x[k], s.r[k]);
            for (int i = 0; i < 4; i++) {
                assertEquals(naive.ic[i], fast.ic(i), 1e-9, at + " ic " + i);
                assertEquals(naive.weights[i], fast.weight(i), 1e-9, at + " w " + i);
            }
            if (k % 100 == 99) {
                int from = Math.max(0, k + 1 - 300);
                double[][] wx = Arrays.copyOfRange(s.x, from, k + 1);
                int[] wy = Arrays.copyOfRange(s.y, from, k + 1);
                double[] wr = Arrays.copyOfRange(s.r, from, k + 1);
                fast.refit(wx, wy, wr, wx.length);
                naive.refit(wx, wy, wx.length, CentredIc.LINK_L2);
                assertEquals(naive.beta, fast.beta(), 1e-7 * (1 + naive.beta), at + " beta");
            }
            fast.contributions(s.x[k], contrib);
            for (int i = 0; i < 4; i++) {
                assertEquals(fast.beta() * naive.weights[i] * s.x[k][i], contrib[i], 1e-9, at);
            }
            assertEquals(0, contrib[4]);
            assertEquals(0, contrib[5]);
            weighted += fast.beta() > 0 ? 1 : 0;
        }
        assertTrue(weighted > 500, "the comparison must cover the skilled regime, " + weighted);
    }

    /**
     * A market drifting up: an always-long alpha (x = 1 every bar) has an uncentred IC of about
     * drift / rms(r) and would win weight in the old scheme; centred it has no skill and weight 0, while
     * an alpha with real skill gets all of the weight.
     */
    @Test
    void alwaysLongAlphaEarnsNothingFromDrift() {
        Random rnd = new Random(41);
        CentredIc ic = new CentredIc(2, 0, 1);
        int n = 3000;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] r = new double[n];
        double sxr = 0;
        double sxx = 0;
        double srr = 0;
        for (int k = 0; k < n; k++) {
            double noise = rnd.nextGaussian();
            double skilled = Math.tanh(rnd.nextGaussian());
            r[k] = 0.003 + 0.01 * (0.3 * skilled + noise);
            y[k] = r[k] > 0 ? 1 : 0;
            x[k] = new double[] {1.0, skilled};
            ic.update(x[k], y[k], r[k]);
            sxr += r[k];
            sxx += 1;
            srr += r[k] * r[k];
        }
        double uncentred = sxr / Math.sqrt(sxx * srr);
        assertTrue(uncentred > 0.2, "the always-long alpha looks skilled uncentred, IC " + uncentred);
        assertEquals(0.0, ic.ic(0), 0.0);
        assertEquals(0.0, ic.weight(0), 0.0);
        assertEquals(1.0, ic.weight(1), 1e-12);
        assertTrue(ic.ic(1) > 0.1, "real skill is seen, IC " + ic.ic(1));
        ic.refit(x, y, r, n);
        assertTrue(ic.beta() > 0);
        assertTrue(ic.predict(new double[] {1, 0.8}) > 0.55);
        assertEquals(0.5, ic.predict(new double[] {1, 0}), 1e-12, "long-only input alone carries no view");
    }

    /** The same skill passes the t-stat gate at H = 1 but not when the pairs overlap over 100 bars. */
    @Test
    void overlappingHorizonsAreNotIndependentEvidence() {
        Samples s = Samples.market(42, 2000, new double[] {0.15}, 0, 0, 0, 0.01);
        CentredIc h1 = new CentredIc(1, 0, 1, 500, 2.0);
        CentredIc h100 = new CentredIc(1, 0, 100, 500, 2.0);
        for (int k = 0; k < s.size(); k++) {
            h1.update(s.x[k], s.y[k], s.r[k]);
            h100.update(s.x[k], s.y[k], s.r[k]);
        }
        assertEquals(h1.ic(0), h100.ic(0), 1e-15);
        assertTrue(h1.ic(0) > 0.07 && h1.ic(0) < 0.3, "IC " + h1.ic(0));
        double g = Math.pow(2, -1 / 500.0);
        double w = (1 - Math.pow(g, 2000)) / (1 - g);
        double w2 = (1 - Math.pow(g, 4000)) / (1 - g * g);
        assertEquals(w * w / w2 / 100, h100.effectiveSamples(), 1e-9);
        assertEquals(1.0, h1.weight(0), 1e-15);
        assertEquals(0.0, h100.weight(0), 0.0);
    }

    @Test
    void noPositiveSkillMeansNoView() {
        Samples s = Samples.market(43, 1500, new double[] {-0.3, 0.0}, 1, 0, 0.001, 0.01);
        CentredIc ic = new CentredIc(2, 1, 1, 500, 3.0);
        for (int k = 0; k < s.size(); k++) {
            ic.update(s.x[k], s.y[k], s.r[k]);
        }
        ic.refit(s.x, s.y, s.r, s.size());
        assertEquals(0.0, ic.weight(0), 0.0);
        assertEquals(0.0, ic.beta(), 0.0);
        assertEquals(0.5, ic.predict(new double[] {-1, 1, 1}), 0.0);
        assertThrows(IllegalArgumentException.class, () -> ic.update(new double[] {0, 0}, 1, 0.0));
        assertThrows(IllegalArgumentException.class, () -> ic.update(new double[] {0, 0, 1}, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ic.refit(s.x, s.y, s.r, s.size() + 1));
    }
}
