package io.trader.layer1.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReversionAlphasTest {

    private final AlphaOutput out = new AlphaOutput();

    @Test
    void richZScoreScoresShort() {
        new ZScoreReversionAlpha().evaluate(Fv.of().with(Feature.ZSCORE, 2.0).build(), out);
        assertEquals(-Math.tanh(1.0), out.score(), 1e-12);
        assertEquals(2.0 / 3.0, out.confidence(), 1e-12);
    }

    @Test
    void cheapZScoreScoresLongWithFullConfidence() {
        new ZScoreReversionAlpha().evaluate(Fv.of().with(Feature.ZSCORE, -4.0).build(), out);
        assertEquals(Math.tanh(2.0), out.score(), 1e-12);
        assertEquals(1.0, out.confidence());
    }

    @Test
    void zScoreNeutralInWarmup() {
        out.set(0.5, 0.5);
        new ZScoreReversionAlpha().evaluate(Fv.of().with(Feature.RSI, 80).build(), out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
    }

    @Test
    void rsiConfirmationHalvesConfidenceWhenRsiDisagrees() {
        ZScoreReversionAlpha alpha = new ZScoreReversionAlpha(2.0, 3.0, true, 0.5);
        alpha.evaluate(Fv.of().with(Feature.ZSCORE, 2.0).with(Feature.RSI, 65).build(), out);
        assertEquals(-Math.tanh(1.0), out.score(), 1e-12);
        assertEquals(2.0 / 3.0, out.confidence(), 1e-12);
        alpha.evaluate(Fv.of().with(Feature.ZSCORE, 2.0).with(Feature.RSI, 40).build(), out);
        assertEquals(-Math.tanh(1.0), out.score(), 1e-12);
        assertEquals(1.0 / 3.0, out.confidence(), 1e-12);
    }

    @Test
    void rsiConfirmationNeedsRsi() {
        ZScoreReversionAlpha alpha = new ZScoreReversionAlpha(2.0, 3.0, true, 0.5);
        out.set(0.5, 0.5);
        alpha.evaluate(Fv.of().with(Feature.ZSCORE, 2.0).build(), out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
    }

    @Test
    void overboughtRsiScoresShort() {
        new RsiReversionAlpha().evaluate(Fv.of().with(Feature.RSI, 80).build(), out);
        assertEquals(-10.0 / 30.0, out.score(), 1e-12);
        assertEquals(10.0 / 15.0, out.confidence(), 1e-12);
    }

    @Test
    void oversoldRsiScoresLong() {
        new RsiReversionAlpha().evaluate(Fv.of().with(Feature.RSI, 20).build(), out);
        assertEquals(10.0 / 30.0, out.score(), 1e-12);
        assertEquals(10.0 / 15.0, out.confidence(), 1e-12);
    }

    @Test
    void rsiExtremesScoreFullyAndInsideBandIsNeutral() {
        RsiReversionAlpha alpha = new RsiReversionAlpha();
        alpha.evaluate(Fv.of().with(Feature.RSI, 100).build(), out);
        assertEquals(-1.0, out.score(), 1e-12);
        alpha.evaluate(Fv.of().with(Feature.RSI, 0).build(), out);
        assertEquals(1.0, out.score(), 1e-12);
        assertEquals(1.0, out.confidence());
        alpha.evaluate(Fv.of().with(Feature.RSI, 50).build(), out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
        alpha.evaluate(Fv.of().with(Feature.RSI, 70).build(), out);
        assertEquals(0.0, out.score());
        out.set(0.5, 0.5);
        alpha.evaluate(Fv.of().build(), out);
        assertEquals(0.0, out.score());
        assertEquals(0.0, out.confidence());
    }
}
