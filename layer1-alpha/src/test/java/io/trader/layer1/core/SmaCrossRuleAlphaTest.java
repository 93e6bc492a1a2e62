package io.trader.layer1.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SmaCrossRuleAlphaTest {

    /*
     * SMA(2) vs SMA(4) of the closes below:
     *  bar  3: 12.5 > 11.5  first ready bar, no previous bar -> no entry
     *  bar  6: 12.5 < 13.0  not long
     *  bar 11:  9.5 = 9.5
     *  bar 12: 10.5 > 9.75  previous fast <= slow -> ENTRY
     *  bar 16: 12.0 = 12.0  equal while long -> still long
     *  bar 17: 11.5 < 11.75 -> EXIT
     *  bar 22:  9.5 > 9.0   previous 8.5 < 9.0 -> ENTRY, long to the end
     */
    private static final double[] CLOSES = {
        10, 11, 12, 13, 14, 13, 12, 11, 10, 9, 9, 10, 11, 12, 12, 12, 12, 11, 10, 9, 8, 9, 10, 11};

    @Test
    void entersAndExitsExactlyOnTheCrossBars() {
        SmaCrossRuleAlpha rule = new SmaCrossRuleAlpha(2, 4);
        double[] scores = run(rule, CLOSES, 2, 4);

        List<Integer> longBars = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == 1.0) {
                longBars.add(i);
            } else {
                assertEquals(0.0, scores[i], "bar " + i);
            }
        }
        assertEquals(List.of(12, 13, 14, 15, 16, 22, 23), longBars);
        assertEquals(2, rule.entries());
        assertEquals(1, rule.exits());
    }

    @Test
    void noEntryWhenFastStartsAboveSlowAndNeverCrosses() {
        double[] rising = new double[20];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = 100 + i;
        }
        SmaCrossRuleAlpha rule = new SmaCrossRuleAlpha(2, 4);
        double[] scores = run(rule, rising, 2, 4);
        for (double s : scores) {
            assertEquals(0.0, s);
        }
        assertEquals(0, rule.entries());
        assertFalse(rule.isLong());
    }

    @Test
    void warmupLeavesStateUntouched() {
        SmaCrossRuleAlpha rule = new SmaCrossRuleAlpha(2, 4);
        AlphaOutput out = new AlphaOutput();
        FeatureVector fv = Fv.of().with(Feature.SMA_FAST, 10).build();
        rule.evaluate(fv, out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
        // the first bar with both SMAs is not an entry even if fast > slow
        rule.evaluate(Fv.of().with(Feature.SMA_FAST, 11).with(Feature.SMA_SLOW, 10).build(), out);
        assertEquals(0.0, out.score());
        rule.evaluate(Fv.of().with(Feature.SMA_FAST, 9).with(Feature.SMA_SLOW, 10).build(), out);
        rule.evaluate(Fv.of().with(Feature.SMA_FAST, 11).with(Feature.SMA_SLOW, 10).build(), out);
        assertEquals(1.0, out.score());
        assertEquals(1.0, out.confidence());
        assertEquals(1, rule.entries());
    }

    /** Feeds the closes with SMAs computed here (NaN until each window is full); returns the scores. */
    static double[] run(SmaCrossRuleAlpha rule, double[] closes, int fast, int slow) {
        AlphaOutput out = new AlphaOutput();
        double[] scores = new double[closes.length];
        for (int t = 0; t < closes.length; t++) {
            FeatureVector fv = Fv.of().with(Feature.CLOSE, closes[t])
                    .with(Feature.SMA_FAST, sma(closes, t, fast))
                    .with(Feature.SMA_SLOW, sma(closes, t, slow)).build();
            rule.evaluate(fv, out);
            scores[t] = out.score();
        }
        return scores;
    }

    private static double sma(double[] closes, int t, int period) {
        if (t < period - 1) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = t - period + 1; k <= t; k++) {
            sum += closes[k];
        }
        return sum / period;
    }
}
