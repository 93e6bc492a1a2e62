package io.trader.layer1.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MovingAverageCrossAlphaTest {

    private final AlphaOutput out = new AlphaOutput();

    @Test
    void gapStdForOneAndTwoBarSmasIsHalfAnIncrement() {
        // SMA1 - SMA2 = P_t - (P_t + P_t-1)/2 = dP/2, so its std is 0.5 per unit increment
        assertEquals(0.5, MovingAverageCrossAlpha.gapStdUnits(1, 2), 1e-15);
    }

    @Test
    void gapStdMatchesSimulatedRandomWalk() {
        int m = 10;
        int n = 30;
        Random rnd = new Random(42);
        int bars = 400_000;
        double[] p = new double[bars];
        for (int i = 1; i < bars; i++) {
            p[i] = p[i - 1] + rnd.nextGaussian();
        }
        double sum2 = 0;
        int count = 0;
        for (int t = n - 1; t < bars; t++) {
            double fast = 0;
            double slow = 0;
            for (int k = 0; k < n; k++) {
                slow += p[t - k];
                if (k < m) {
                    fast += p[t - k];
                }
            }
            double gap = fast / m - slow / n;
            sum2 += gap * gap;
            count++;
        }
        double simulated = Math.sqrt(sum2 / count);
        assertEquals(MovingAverageCrossAlpha.gapStdUnits(m, n), simulated, 0.02 * simulated);
    }

    @Test
    void scoresTanhOfGapInVolatilityUnits() {
        MovingAverageCrossAlpha alpha = new MovingAverageCrossAlpha(1, 2, 0.5, 3.0);
        // z = (101 - 100) / (100 * 0.01 * 0.5) = 2
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 100).with(Feature.SMA_FAST, 101).with(Feature.SMA_SLOW, 100)
                .with(Feature.VOLATILITY, 0.01).build(), out);
        assertEquals(Math.tanh(1.0), out.score(), 1e-12);
        assertEquals(2.0 / 3.0, out.confidence(), 1e-12);
    }

    @Test
    void downTrendScoresShortAndConfidenceSaturates() {
        MovingAverageCrossAlpha alpha = new MovingAverageCrossAlpha(1, 2, 0.5, 3.0);
        // z = -4
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 100).with(Feature.SMA_FAST, 98).with(Feature.SMA_SLOW, 100)
                .with(Feature.VOLATILITY, 0.01).build(), out);
        assertEquals(-Math.tanh(2.0), out.score(), 1e-12);
        assertEquals(1.0, out.confidence());
    }

    @Test
    void equalAveragesHaveNoOpinion() {
        MovingAverageCrossAlpha alpha = new MovingAverageCrossAlpha(FeatureConfig.DEFAULT);
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 100).with(Feature.SMA_FAST, 100).with(Feature.SMA_SLOW, 100)
                .with(Feature.VOLATILITY, 0.01).build(), out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
    }

    @Test
    void neutralWhileAnyNeededFeatureIsWarmingUpOrVolatilityIsZero() {
        MovingAverageCrossAlpha alpha = new MovingAverageCrossAlpha(FeatureConfig.DEFAULT);
        out.set(0.3, 0.3);
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 100).with(Feature.SMA_FAST, 101).with(Feature.VOLATILITY, 0.01)
                .build(), out);
        assertNeutral();
        out.set(0.3, 0.3);
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 100).with(Feature.SMA_FAST, 101).with(Feature.SMA_SLOW, 100)
                .build(), out);
        assertNeutral();
        out.set(0.3, 0.3);
        alpha.evaluate(Fv.of().with(Feature.CLOSE, 100).with(Feature.SMA_FAST, 101).with(Feature.SMA_SLOW, 100)
                .with(Feature.VOLATILITY, 0.0).build(), out);
        assertNeutral();
    }

    @Test
    void rejectsFastNotShorterThanSlow() {
        assertThrows(IllegalArgumentException.class, () -> new MovingAverageCrossAlpha(30, 30, 0.5, 3));
    }

    @Test
    void versionNamesTheParameters() {
        assertEquals("1.0;fast=10;slow=30;gain=0.5;fullZ=3.0",
                new MovingAverageCrossAlpha(FeatureConfig.DEFAULT).version());
        assertTrue(new MovingAverageCrossAlpha(5, 30, 0.5, 3).version().contains("fast=5"));
    }

    private void assertNeutral() {
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
    }
}
