package io.trader.layer2.core.regime;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegimeDetectorTest {

    private static final RegimeConfig SMALL = new RegimeConfig(3, "kmeans", 600, 100, 300, 7);

    /** Synthetic regime features: volatility switching between calm and wild spells, a trend, daily F&G. */
    private static void bar(FeatureVector fv, int t, SplittableRandom rnd, double volScale) {
        boolean wild = (t / 250) % 3 == 2;
        fv.stamp(t * 3_600_000L, t + 1);
        fv.set(Feature.REALIZED_VOL_24, volScale * (wild ? 0.05 : 0.01) * Math.exp(0.2 * rnd.nextGaussian()));
        fv.set(Feature.CLOSE, 100 * Math.exp(0.1 * Math.sin(t / 100.0)));
        fv.set(Feature.SMA_200, t < 200 ? Double.NaN : 100.0);
        fv.set(Feature.FEAR_GREED, t < 500 ? Double.NaN : 50 + 20 * Math.sin(t / 24 / 7.0));
    }

    /** Regimes of bars 0..n-1; bars after {@code alterAfter} are replaced by different data. */
    private static int[] regimes(RegimeConfig cfg, int n, int alterAfter) {
        RegimeDetector d = new RegimeDetector(cfg);
        FeatureVector fv = new FeatureVector(null);
        SplittableRandom rnd = new SplittableRandom(1);
        SplittableRandom other = new SplittableRandom(99);
        int[] out = new int[n];
        for (int t = 0; t < n; t++) {
            if (t > alterAfter) {
                bar(fv, t, other, 7.0);
            } else {
                bar(fv, t, rnd, 1.0);
            }
            out[t] = d.regime(fv);
        }
        return out;
    }

    @Test
    void minusOneUntilTheFirstFitThenWalkForward() {
        RegimeDetector d = new RegimeDetector(SMALL);
        FeatureVector fv = new FeatureVector(null);
        SplittableRandom rnd = new SplittableRandom(1);
        for (int t = 0; t < 1000; t++) {
            bar(fv, t, rnd, 1.0);
            int r = d.regime(fv);
            if (t < SMALL.minRows()) {
                assertEquals(-1, r, "bar " + t + " has only " + t + " past rows");
                assertEquals(0, d.fits());
            } else {
                assertTrue(r >= 0 && r < 3, "bar " + t + ": " + r);
            }
        }
        assertEquals(1 + (1000 - 1 - SMALL.minRows()) / SMALL.refitEvery(), d.fits());
        assertEquals(-1, d.regime(new FeatureVector(null)), "no finite regime feature");
    }

    @Test
    void regimeAtBarTIsIdenticalWhenLaterBarsAreAltered() {
        for (String model : new String[] {"kmeans", "gmm"}) {
            RegimeConfig cfg = new RegimeConfig(3, model, 600, 100, 300, 7);
            int[] base = regimes(cfg, 2000, Integer.MAX_VALUE);
            for (int t : new int[] {300, 400, 401, 777, 1500}) {
                int[] altered = regimes(cfg, 2000, t);
                assertArrayEquals(java.util.Arrays.copyOf(base, t + 1), java.util.Arrays.copyOf(altered, t + 1),
                        model + ": bars up to " + t + " must not see later bars");
                assertTrue(!java.util.Arrays.equals(base, altered), "the alteration changes later regimes");
            }
        }
    }

    @Test
    void aRefitBarIsNotPartOfItsOwnFit() {
        // find the bar of the second fit, then make that bar's own row extreme: the model must not move
        double[] probe = {Math.log(0.02), 0.05, 50, Double.NaN};
        RegimeModel[] models = new RegimeModel[2];
        int refitBar = -1;
        for (int variant = 0; variant < 2; variant++) {
            RegimeDetector d = new RegimeDetector(SMALL);
            FeatureVector fv = new FeatureVector(null);
            SplittableRandom rnd = new SplittableRandom(1);
            for (int t = 0; variant == 0 ? d.fits() < 2 : t <= refitBar; t++) {
                bar(fv, t, rnd, variant == 1 && t == refitBar ? 1000.0 : 1.0);
                d.regime(fv);
                if (variant == 0 && d.fits() == 2) {
                    refitBar = t;
                }
            }
            assertEquals(2, d.fits());
            models[variant] = d.model();
        }
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(((KMeans) models[0]).center(j), ((KMeans) models[1]).center(j), 0.0, "centre " + j);
        }
        for (double v = -6; v <= 0; v += 0.25) {
            probe[0] = v;
            assertEquals(models[0].assign(probe), models[1].assign(probe), "probe " + v);
        }
        assertEquals(SMALL.minRows() + SMALL.refitEvery(), refitBar, "first fit at bar minRows, then every refitEvery");
    }

    @Test
    void configNamesTheParameterAndItsRange() {
        assertEquals("k must be in 2..8, was 9",
                assertThrows(IllegalArgumentException.class, () -> new RegimeConfig(9, "kmeans", 600, 100, 300, 1))
                        .getMessage());
        assertEquals("model must be kmeans or gmm, was hmm",
                assertThrows(IllegalArgumentException.class, () -> new RegimeConfig(3, "hmm", 600, 100, 300, 1))
                        .getMessage());
        assertEquals("minRows must be in 30..600 (10 k .. window), was 601",
                assertThrows(IllegalArgumentException.class, () -> new RegimeConfig(3, "gmm", 600, 100, 601, 1))
                        .getMessage());
        assertEquals("window must be in 50..1000000, was 10",
                assertThrows(IllegalArgumentException.class, () -> new RegimeConfig(2, "gmm", 10, 100, 20, 1))
                        .getMessage());
    }
}
