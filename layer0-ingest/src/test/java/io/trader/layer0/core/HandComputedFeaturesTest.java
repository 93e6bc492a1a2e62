package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.trader.core.signal.Feature.ATR;
import static io.trader.core.signal.Feature.CLOSE;
import static io.trader.core.signal.Feature.EMA_FAST;
import static io.trader.core.signal.Feature.EMA_SLOW;
import static io.trader.core.signal.Feature.LOG_RETURN;
import static io.trader.core.signal.Feature.RETURN;
import static io.trader.core.signal.Feature.RSI;
import static io.trader.core.signal.Feature.SMA_FAST;
import static io.trader.core.signal.Feature.SMA_SLOW;
import static io.trader.core.signal.Feature.VOLATILITY;
import static io.trader.core.signal.Feature.ZSCORE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tiny series whose features are worked out by hand (fractions in the comments). */
class HandComputedFeaturesTest {

    private static final double EPS = 1e-12;
    /** All periods 3, volatility window 2. */
    private static final FeatureConfig THREES = new FeatureConfig(3, 3, 3, 3, 2, 3, 3, 3);

    private static double[][] both(List<Bar> bars, FeatureConfig cfg, Feature f) {
        double[][] s = TestBars.stream(bars, cfg);
        double[] streamed = new double[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            streamed[i] = s[i][f.ordinal()];
        }
        return new double[][] {streamed, BatchFeatures.compute(bars, cfg)[f.ordinal()]};
    }

    private static void assertSeries(double[] expected, List<Bar> bars, FeatureConfig cfg, Feature f) {
        for (double[] got : both(bars, cfg, f)) {
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], got[i], EPS, f + " at bar " + (i + 1));
            }
        }
    }

    @Test
    void smaOfThreeIsTwoThreeTenThirds() {
        List<Bar> bars = TestBars.closes(1, 2, 3, 4, 3);
        double[] expected = {Double.NaN, Double.NaN, 2, 3, 10.0 / 3};
        assertSeries(expected, bars, THREES, SMA_FAST);
        assertSeries(expected, bars, THREES, SMA_SLOW);
    }

    @Test
    void emaIsSeededWithTheSmaThenHalvesTheGap() {
        // alpha = 2/(3+1) = 1/2: bar 3 = SMA(1,2,3) = 2; bar 4 = 2 + (4-2)/2 = 3; bar 5 = 3 + (3-3)/2 = 3;
        // bar 6 = 3 + (7-3)/2 = 5
        List<Bar> bars = TestBars.closes(1, 2, 3, 4, 3, 7);
        double[] expected = {Double.NaN, Double.NaN, 2, 3, 3, 5};
        assertSeries(expected, bars, THREES, EMA_FAST);
        assertSeries(expected, bars, THREES, EMA_SLOW);
    }

    @Test
    void rsiUsesWilderAfterASimpleFirstAverage() {
        // changes +1, -0.5, +1, -0.5, +1
        // bar 4: gain (1+0+1)/3 = 2/3, loss 0.5/3 = 1/6, RS 4, RSI 80
        // bar 5: gain (2/3*2+0)/3 = 4/9, loss (1/6*2+0.5)/3 = 5/18, RS 8/5, RSI 100-100/2.6
        // bar 6: gain (4/9*2+1)/3 = 17/27, loss (5/18*2)/3 = 5/27, RS 17/5, RSI 100-100/4.4
        List<Bar> bars = TestBars.closes(10, 11, 10.5, 11.5, 11, 12);
        double[] expected = {Double.NaN, Double.NaN, Double.NaN, 80, 100 - 100 / 2.6, 100 - 100 / 4.4};
        assertSeries(expected, bars, THREES, RSI);
    }

    @Test
    void rsiIsHundredWhenThereAreNoLosses() {
        assertSeries(new double[] {Double.NaN, Double.NaN, Double.NaN, 100, 100},
                TestBars.closes(1, 2, 3, 4, 4), THREES, RSI);
    }

    @Test
    void atrStartsFromBarTwoWithPreviousClose() {
        // TR bar 2 = max(1.1, |11.2-10|, |10.1-10|) = 1.2; bar 3 = max(0.8, 0, 0.8) = 0.8;
        // bar 4 = max(1.2, 1.1, 0.1) = 1.2 -> ATR (1.2+0.8+1.2)/3 = 3.2/3
        // bar 5 TR = max(0.7, 0.1, 0.6) = 0.7 -> (3.2/3*2 + 0.7)/3 = 8.5/9
        // bar 6 gap up: TR = max(0.5, |12.5-11|, |12-11|) = 1.5 -> (8.5/9*2 + 1.5)/3 = 30.5/27
        List<Bar> bars = TestBars.hlc(new double[] {10.5, 9.5, 10}, new double[] {11.2, 10.1, 11},
                new double[] {11.0, 10.2, 10.5}, new double[] {11.6, 10.4, 11.5},
                new double[] {11.6, 10.9, 11}, new double[] {12.5, 12.0, 12});
        double[] expected = {Double.NaN, Double.NaN, Double.NaN, 3.2 / 3, 8.5 / 9, 30.5 / 27};
        assertSeries(expected, bars, THREES, ATR);
    }

    @Test
    void zScoreOfTheLastCloseInItsWindow() {
        // bar 3: (1,2,3) mean 2 sd 1 -> 1; bar 4: (2,3,4) -> 1; bar 5: (3,4,3) mean 10/3, sd sqrt(1/3)
        List<Bar> bars = TestBars.closes(1, 2, 3, 4, 3);
        double[] expected = {Double.NaN, Double.NaN, 1, 1, (3 - 10.0 / 3) / Math.sqrt(1.0 / 3)};
        assertSeries(expected, bars, THREES, ZSCORE);
    }

    @Test
    void zScoreIsZeroOnAFlatWindow() {
        // after a move, three equal closes: the streaming window must see exactly zero spread.
        // bar 4 window (0.7, 0.3, 0.3): any (a, b, b) with b < a gives -1/sqrt(3)
        List<Bar> bars = TestBars.closes(0.1, 0.7, 0.3, 0.3, 0.3, 0.3);
        for (double[] got : both(bars, THREES, ZSCORE)) {
            assertEquals(-1 / Math.sqrt(3), got[3], EPS);
            assertEquals(0.0, got[4]);
            assertEquals(0.0, got[5]);
        }
    }

    @Test
    void returnsAndVolatility() {
        // closes 100, 110, 99: returns 0.1 and -0.1; vol(2) = |ln 1.1 - ln 0.9| / sqrt 2
        List<Bar> bars = TestBars.closes(100, 110, 99);
        assertSeries(new double[] {Double.NaN, 0.1, -0.1}, bars, THREES, RETURN);
        assertSeries(new double[] {Double.NaN, Math.log(1.1), Math.log(0.9)}, bars, THREES, LOG_RETURN);
        assertSeries(new double[] {Double.NaN, Double.NaN, (Math.log(1.1) - Math.log(0.9)) / Math.sqrt(2)},
                bars, THREES, VOLATILITY);
        assertSeries(new double[] {100, 110, 99}, bars, THREES, CLOSE);
    }

    @Test
    void everyFeatureIsNanExactlyUntilItsDeclaredFirstBar() {
        for (FeatureConfig cfg : new FeatureConfig[] {FeatureConfig.DEFAULT, THREES,
            new FeatureConfig(7, 250, 3, 210, 40, 30, 2, 5)}) {
            int bars = Math.max(cfg.warmupBars(), IncrementalFeatureEngine.FIXED_WARMUP_BARS) + 5;
            double[][] rows = new double[bars][];
            for (int i = 0; i < bars; i++) {
                double c = 100 + (i % 7) - (i % 3) * 0.5;
                rows[i] = new double[] {c + 0.25 + (i % 2) * 0.5, c - 0.5, c};
            }
            double[][] s = TestBars.stream(TestBars.hlc(rows), cfg);
            int latestConfigured = 0;
            int latestFixed = 0;
            for (Feature f : Feature.values()) {
                int first = IncrementalFeatureEngine.firstBar(f, cfg);
                if (f.ordinal() <= Feature.VOLUME.ordinal()) {
                    latestConfigured = Math.max(latestConfigured, first);
                } else if (first != Integer.MAX_VALUE) {
                    latestFixed = Math.max(latestFixed, first);
                }
                // auxiliary features (MAX_VALUE) have no source here: NaN on every bar
                for (int bar = 1; bar <= bars; bar++) {
                    assertEquals(bar < first, Double.isNaN(s[bar - 1][f.ordinal()]), f + " at bar " + bar + " " + cfg);
                }
            }
            assertEquals(cfg.warmupBars(), latestConfigured);
            assertEquals(cfg.warmupBars(), new IncrementalFeatureEngine(cfg).warmupBars());
            assertEquals(IncrementalFeatureEngine.FIXED_WARMUP_BARS, latestFixed);
            assertEquals(Math.max(cfg.warmupBars(), IncrementalFeatureEngine.FIXED_WARMUP_BARS),
                    IncrementalFeatureEngine.warmupBars(List.of(Feature.values()), cfg));
        }
        assertEquals(34, IncrementalFeatureEngine.warmupBars(List.of(Feature.MACD_SIGNAL, Feature.RSI_21,
                Feature.HOUR_SIN, Feature.FUNDING_RATE), FeatureConfig.DEFAULT));
    }

    @Test
    void stampsCloseTimeAndCountAndRejectsOutOfOrderBars() {
        IncrementalFeatureEngine engine = new IncrementalFeatureEngine(THREES);
        FeatureVector v = new FeatureVector(TestBars.SPEC);
        List<Bar> bars = TestBars.closes(1, 2);
        engine.onBar(bars.get(0), v);
        engine.onBar(bars.get(1), v);
        assertEquals(2 * TestBars.MINUTE, v.time());
        assertEquals(2, v.barCount());
        assertThrows(IllegalArgumentException.class, () -> engine.onBar(bars.get(1), v));
        engine.reset();
        engine.onBar(bars.get(1), v);
        assertEquals(1, v.barCount());
        assertTrue(Double.isNaN(v.get(RETURN)));
    }
}
